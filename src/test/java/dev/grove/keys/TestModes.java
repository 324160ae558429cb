// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.keys;

import dev.grove.term.TermModes;

/** Terminal modes for tests: plain defaults, changed through fluent setters. */
final class TestModes implements TermModes {
    boolean appCursor;
    boolean appKeypad;
    boolean paste;
    MouseTracking tracking = MouseTracking.OFF;
    MouseEncoding encoding = MouseEncoding.DEFAULT;
    boolean focus;
    boolean altScroll;
    boolean altScreen;
    boolean newline;
    int kitty;
    int modifyOtherKeys;

    TestModes appCursor() {
        appCursor = true;
        return this;
    }

    TestModes appKeypad() {
        appKeypad = true;
        return this;
    }

    TestModes paste() {
        paste = true;
        return this;
    }

    TestModes mouse(MouseTracking t, MouseEncoding e) {
        tracking = t;
        encoding = e;
        return this;
    }

    TestModes focus() {
        focus = true;
        return this;
    }

    TestModes alternateScrollOnAltScreen() {
        altScroll = true;
        altScreen = true;
        return this;
    }

    TestModes newline() {
        newline = true;
        return this;
    }

    TestModes kitty(int flags) {
        kitty = flags;
        return this;
    }

    TestModes modifyOtherKeys(int level) {
        modifyOtherKeys = level;
        return this;
    }

    @Override public boolean applicationCursorKeys() { return appCursor; }
    @Override public boolean applicationKeypad() { return appKeypad; }
    @Override public boolean bracketedPaste() { return paste; }
    @Override public MouseTracking mouseTracking() { return tracking; }
    @Override public MouseEncoding mouseEncoding() { return encoding; }
    @Override public boolean focusEvents() { return focus; }
    @Override public boolean alternateScroll() { return altScroll; }
    @Override public boolean synchronizedOutput() { return false; }
    @Override public boolean cursorVisible() { return true; }
    @Override public int cursorShape() { return 0; }
    @Override public boolean alternateScreen() { return altScreen; }
    @Override public boolean newlineMode() { return newline; }
    @Override public int kittyKeyboardFlags() { return kitty; }
    @Override public int modifyOtherKeys() { return modifyOtherKeys; }
}
