// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The modes other parts of grove read through {@link TermModes}, and synchronized output's timeout. */
class ModesTest {
    @Test
    void keyboardModes() {
        TermModes m = Term.of(10, 2).feed("\033[?1h\033=\033[20h").emulator.modes();
        assertTrue(m.applicationCursorKeys());
        assertTrue(m.applicationKeypad());
        assertTrue(m.newlineMode());
        Term t = Term.of(10, 2).feed("\033[?1h\033=\033[?1l\033>");
        assertFalse(t.emulator.modes().applicationCursorKeys());
        assertFalse(t.emulator.modes().applicationKeypad());
    }

    @Test
    void mouseTrackingAndEncoding() {
        Term t = Term.of(10, 2).feed("\033[?1000h\033[?1006h");
        assertEquals(TermModes.MouseTracking.NORMAL, t.emulator.modes().mouseTracking());
        assertEquals(TermModes.MouseEncoding.SGR, t.emulator.modes().mouseEncoding());
        t.feed("\033[?1003h\033[?1015h");
        assertEquals(TermModes.MouseTracking.ANY_EVENT, t.emulator.modes().mouseTracking());
        assertEquals(TermModes.MouseEncoding.URXVT, t.emulator.modes().mouseEncoding());
        t.feed("\033[?1000l\033[?1006l");
        assertEquals(TermModes.MouseTracking.ANY_EVENT, t.emulator.modes().mouseTracking());
        t.feed("\033[?1003l\033[?1015l");
        assertEquals(TermModes.MouseTracking.OFF, t.emulator.modes().mouseTracking());
        assertEquals(TermModes.MouseEncoding.DEFAULT, t.emulator.modes().mouseEncoding());
        t.feed("\033[?9h\033[?1002h\033[?1005h");
        assertEquals(TermModes.MouseTracking.BUTTON_EVENT, t.emulator.modes().mouseTracking());
        assertEquals(TermModes.MouseEncoding.UTF8, t.emulator.modes().mouseEncoding());
    }

    @Test
    void pasteFocusScrollCursorAndSync() {
        TermModes m = Term.of(10, 2).feed("\033[?2004h\033[?1004h\033[?1007h\033[?25l\033[4 q\033[?2026h").emulator.modes();
        assertTrue(m.bracketedPaste());
        assertTrue(m.focusEvents());
        assertTrue(m.alternateScroll());
        assertFalse(m.cursorVisible());
        assertEquals(4, m.cursorShape());
        assertTrue(m.synchronizedOutput());
    }

    @Test
    void severalModesInOneSequence() {
        TermModes m = Term.of(10, 2).feed("\033[?1049;2004;1006h").emulator.modes();
        assertTrue(m.alternateScreen());
        assertTrue(m.bracketedPaste());
        assertEquals(TermModes.MouseEncoding.SGR, m.mouseEncoding());
    }

    @Test
    void xtsaveAndXtrestoreBringBackPrivateModes() {
        Term t = Term.of(4, 3).feed("\033[?2004h\033[?1;2004;7;9999s\033[?1h\033[?2004l\033[?7l");
        t.feed("\033[?1;2004;7;9999r");
        assertFalse(t.emulator.modes().applicationCursorKeys());
        assertTrue(t.emulator.modes().bracketedPaste());
        t.feed("abcde").expect("abcd\ne", 1, 1);
        t.feed("\033[?25r\033[?2004l\033[?2004r");
        assertTrue(t.emulator.modes().cursorVisible(), "a mode never saved is left alone");
        assertTrue(t.emulator.modes().bracketedPaste());
    }

    @Test
    void linefeedModeReturnsTheCarriage() {
        Term.of(10, 3).feed("\033[20hab\ncd").expect("ab\ncd", 1, 2);
    }

    @Test
    void synchronizedOutputTimesOut() {
        Emulator e = Term.of(10, 2).feed("\033[?2026h").emulator;
        long start = 5_000_000_000L;
        assertTrue(e.synchronizedUpdatePending(start));
        assertTrue(e.synchronizedUpdatePending(start + Emulator.SYNC_TIMEOUT_NANOS));
        assertFalse(e.synchronizedUpdatePending(start + Emulator.SYNC_TIMEOUT_NANOS + 1));
        assertFalse(e.modes().synchronizedOutput());
    }

    @Test
    void synchronizedOutputEndsNormally() {
        Term t = Term.of(10, 2).feed("\033[?2026h");
        assertTrue(t.emulator.synchronizedUpdatePending(0));
        t.feed("\033[?2026l");
        assertFalse(t.emulator.synchronizedUpdatePending(1));
    }
}
