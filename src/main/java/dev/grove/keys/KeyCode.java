// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.keys;

/** What a key is. {@link #CHAR} keys carry their code point; {@link #UNKNOWN} keys only their raw bytes. */
public enum KeyCode {
    CHAR, ENTER, TAB, BACKSPACE, ESCAPE,
    UP, DOWN, LEFT, RIGHT, HOME, END, INSERT, DELETE, PAGE_UP, PAGE_DOWN,
    F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12,
    UNKNOWN
}
