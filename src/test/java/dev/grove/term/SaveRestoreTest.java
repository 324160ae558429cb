// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.term.screen.Attrs;
import org.junit.jupiter.api.Test;

/** Golden screens for DECSC/DECRC, SCOSC/SCORC and the alternate screens 47, 1047 and 1049. */
class SaveRestoreTest {
    @Test
    void restoreBringsBackPositionAttributesAndCharset() {
        Term t = Term.of(10, 3).feed("\033[2;3H\033[1m\033(0\0337\033[m\033(B\033[HAq\0338Bq");
        t.expect("Aq\n  B─", 1, 4);
        assertEquals(Attrs.BOLD, t.screen().attrs(1, 2) & Attrs.BOLD);
        assertEquals(0, t.screen().attrs(0, 0) & Attrs.BOLD);
    }

    @Test
    void restoreWithoutSaveGoesHome() {
        Term.of(10, 3).feed("\033[2;3H\0338X").expect("X", 0, 1);
    }

    @Test
    void restoreInOriginModeKeepsTheRowAboveABottomMarginSetSince() {
        Term.of(5, 8).feed("\033[?6h\033[8;2H\0337\033[4;6r\0338X").expect("\n\n\n\n\n X", 5, 2);
        Term.of(5, 8).feed("\033[?6h\033[2;2H\0337\033[4;6r\0338X").expect("\n X", 1, 2);
    }

    @Test
    void ansiSaveAndRestoreAreTheSame() {
        Term.of(10, 3).feed("\033[2;3H\033[s\033[H\033[uX").expect("\n  X", 1, 3);
    }

    @Test
    void alternateScreen1049SavesClearsAndRestores() {
        Term t = Term.of(10, 3).feed("main\033[?1049h");
        assertTrue(t.emulator.modes().alternateScreen());
        t.expect("", 0, 4);
        t.feed("\033[Halt\033[?1049l");
        assertFalse(t.emulator.modes().alternateScreen());
        t.expect("main", 0, 4);
        t.feed("\033[?1049h").expect("", 0, 4);
    }

    @Test
    void alternateScreen47KeepsItsContentAndTheCursor() {
        Term t = Term.of(10, 3).feed("main\033[?47halt\033[?47l");
        t.expect("main", 0, 7);
        t.feed("\033[?47h").expect("    alt", 0, 7);
    }

    @Test
    void alternateScreen1047ClearsWhenLeaving() {
        Term t = Term.of(10, 3).feed("main\033[?1047halt\033[?1047l");
        t.expect("main", 0, 7);
        t.feed("\033[?1047h").expect("", 0, 7);
    }

    @Test
    void theAlternateScreenHasNoScrollback() {
        Term t = Term.withScrollback(4, 2, 10).feed("\033[?1049h1\r\n2\r\n3\r\n4");
        assertEquals(0, t.screen().historySize());
        t.feed("\033[?1049l");
        assertEquals(0, t.screen().historySize());
    }

    @Test
    void eachScreenHasItsOwnSavedCursor() {
        Term.of(10, 3).feed("\033[2;2H\0337\033[?47h\033[3;3H\0337\033[?47l\0338X").expect("\n X", 1, 2);
    }
}
