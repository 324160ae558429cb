// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.protocol;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/**
 * Writes whole frames to a blocking channel. Thread-safe: frames from concurrent callers never
 * interleave.
 */
public final class FrameWriter {
    private final WritableByteChannel channel;

    public FrameWriter(WritableByteChannel channel) {
        this.channel = channel;
    }

    public void write(Message message) throws IOException {
        write(FrameCodec.encode(message));
    }

    /** Writes a frame produced by {@link FrameCodec#encode}. */
    public synchronized void write(ByteBuffer frame) throws IOException {
        while (frame.hasRemaining()) {
            channel.write(frame);
        }
    }
}
