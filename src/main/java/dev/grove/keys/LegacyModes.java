// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.keys;

import dev.grove.term.TermModes;

/** The modes of a terminal whose program changed nothing: plain xterm key forms, no mouse, no paste brackets. */
final class LegacyModes implements TermModes {
    static final LegacyModes INSTANCE = new LegacyModes();

    private LegacyModes() {}

    @Override public boolean applicationCursorKeys() { return false; }
    @Override public boolean applicationKeypad() { return false; }
    @Override public boolean bracketedPaste() { return false; }
    @Override public MouseTracking mouseTracking() { return MouseTracking.OFF; }
    @Override public MouseEncoding mouseEncoding() { return MouseEncoding.DEFAULT; }
    @Override public boolean focusEvents() { return false; }
    @Override public boolean alternateScroll() { return false; }
    @Override public boolean synchronizedOutput() { return false; }
    @Override public boolean cursorVisible() { return true; }
    @Override public int cursorShape() { return 0; }
    @Override public boolean alternateScreen() { return false; }
    @Override public boolean newlineMode() { return false; }
    @Override public int kittyKeyboardFlags() { return 0; }
    @Override public int modifyOtherKeys() { return 0; }
}
