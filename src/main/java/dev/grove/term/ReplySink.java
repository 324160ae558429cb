// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

/**
 * Where the emulator sends the bytes a real terminal would answer with (device attributes,
 * cursor position reports, mode reports, colour replies). In a pane this is the pty's input.
 * Called synchronously from {@code Emulator.feed}; must not call back into the emulator.
 */
@FunctionalInterface
public interface ReplySink {
    void reply(byte[] bytes);

    /** A sink that drops every reply, for replaying recordings. */
    ReplySink NONE = bytes -> { };
}
