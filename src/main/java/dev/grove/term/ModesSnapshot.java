// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

/** An immutable copy of {@link TermModes} at one moment. */
record ModesSnapshot(
        boolean applicationCursorKeys,
        boolean applicationKeypad,
        boolean bracketedPaste,
        MouseTracking mouseTracking,
        MouseEncoding mouseEncoding,
        boolean focusEvents,
        boolean alternateScroll,
        boolean synchronizedOutput,
        boolean cursorVisible,
        int cursorShape,
        boolean alternateScreen,
        boolean newlineMode,
        int kittyKeyboardFlags,
        int modifyOtherKeys) implements TermModes {

    static ModesSnapshot of(TermModes m) {
        return new ModesSnapshot(m.applicationCursorKeys(), m.applicationKeypad(), m.bracketedPaste(),
                m.mouseTracking(), m.mouseEncoding(), m.focusEvents(), m.alternateScroll(),
                m.synchronizedOutput(), m.cursorVisible(), m.cursorShape(), m.alternateScreen(),
                m.newlineMode(), m.kittyKeyboardFlags(), m.modifyOtherKeys());
    }
}
