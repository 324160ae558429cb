// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

/**
 * The policy that keeps a slow client from slowing anything else down (tmux's approach). A new
 * frame is rendered for a client only when nothing is waiting in its queue, so frames never pile
 * up behind a slow link; output produced meanwhile is coalesced into the next frame. If queued
 * bytes would still pass {@code maxQueuedBytes}, every unsent frame is dropped and the client gets
 * one full redraw once it has caught up. A client whose queue has not moved for
 * {@code stuckNanos} is disconnected. Pure; no I/O.
 */
final class FlowControl {
    private final long maxQueuedBytes;
    private final long stuckNanos;

    FlowControl(long maxQueuedBytes, long stuckNanos) {
        this.maxQueuedBytes = maxQueuedBytes;
        this.stuckNanos = stuckNanos;
    }

    /** The policy grove uses: 1 MiB of queued output, 30 s without progress. */
    static FlowControl standard() {
        return withTimeout(30_000);
    }

    /** 1 MiB of queued output, {@code stuckMillis} without progress. */
    static FlowControl withTimeout(long stuckMillis) {
        return new FlowControl(1 << 20, stuckMillis * 1_000_000L);
    }

    /** How long a client may take nothing before it counts as stuck, in milliseconds. */
    long stuckMillis() {
        return stuckNanos / 1_000_000L;
    }

    /** Whether a new frame may be rendered for a client with {@code queuedFrames} unsent frames. */
    boolean mayRender(int queuedFrames) {
        return queuedFrames == 0;
    }

    /** Whether adding a frame of {@code frameBytes} to {@code queuedBytes} means dropping the queue instead. */
    boolean mustDrop(long queuedBytes, long frameBytes) {
        return queuedBytes + frameBytes > maxQueuedBytes;
    }

    /**
     * Whether a client is stuck: output has waited since {@code waitingSinceNanos} (-1 when
     * nothing waits) without the socket taking any of it.
     */
    boolean isStuck(long waitingSinceNanos, long nowNanos) {
        return waitingSinceNanos >= 0 && nowNanos - waitingSinceNanos > stuckNanos;
    }
}
