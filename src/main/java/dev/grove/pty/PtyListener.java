// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.pty;

/**
 * Receives what a pty child produces. Both methods are called on the pane's reader thread, never
 * concurrently; {@link #output} may block to slow the child down (back-pressure).
 */
public interface PtyListener {
    /** A chunk of raw output; the array is owned by the callee. */
    void output(byte[] chunk);

    /** The child exited (its output was read to the end); {@code exitCode} as from waitpid, 128+N for signal N. */
    void exited(int exitCode);
}
