// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import java.time.Instant;

/**
 * Whether an agent's process has not started, runs, exited (with its code and when), or was
 * interrupted: lost when the grove server stopped, so neither its code nor its end is known.
 */
public record ProcessState(Kind kind, int exitCode, Instant at) {

    /** The three phases of a process. */
    public enum Kind {
        NOT_STARTED,
        RUNNING,
        EXITED,
        INTERRUPTED
    }

    public static ProcessState notStarted() {
        return new ProcessState(Kind.NOT_STARTED, 0, Instant.EPOCH);
    }

    public static ProcessState running(Instant since) {
        return new ProcessState(Kind.RUNNING, 0, since);
    }

    public static ProcessState exited(int code, Instant at) {
        return new ProcessState(Kind.EXITED, code, at);
    }

    /** Lost with a server that stopped at or before {@code at} (seen gone then). */
    public static ProcessState interrupted(Instant at) {
        return new ProcessState(Kind.INTERRUPTED, 0, at);
    }

    public boolean isInterrupted() {
        return kind == Kind.INTERRUPTED;
    }

    public boolean isRunning() {
        return kind == Kind.RUNNING;
    }

    public boolean isExited() {
        return kind == Kind.EXITED;
    }

    public boolean failed() {
        return kind == Kind.EXITED && exitCode != 0;
    }
}
