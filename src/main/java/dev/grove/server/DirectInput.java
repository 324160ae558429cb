// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import java.util.function.Predicate;

/**
 * Keystrokes a client's connection thread may write straight to the client's focused pane,
 * skipping the hand-off to the session loop (which costs every echo a tenth of a millisecond or
 * more). The loop publishes one after each batch while such bytes would reach only that pane,
 * unchanged (see {@link KeyRouter#directInput}), and withdraws it before it handles any other
 * input of the client, so keys never overtake a prefix key, a prompt or a held-back escape.
 * Immutable; used from the connection thread.
 *
 * @param pane writes to the pane's process (thread-safe); false when it takes no input
 * @param passable for each 7-bit byte, whether it goes to the pane as it is
 */
record DirectInput(Predicate<byte[]> pane, boolean[] passable) {
    /** Writes {@code bytes} when every one of them passes as it is; false when they must go through the loop. */
    boolean offer(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0 || !passable[b]) {
                return false;
            }
        }
        return pane.test(bytes);
    }
}
