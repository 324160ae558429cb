// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Golden screens for DECALN, REP, DECSTR and RIS. */
class ResetTest {
    @Test
    void alignmentPatternFillsTheScreenResetsMarginsAndHomes() {
        Term.of(4, 3).feed("\033[2;3r\033[3;3H\033#8X").expect("XEEE\nEEEE\nEEEE", 0, 1);
    }

    @Test
    void alignmentPatternLeavesOriginModeToo() {
        Term.of(3, 4).feed("\033[?6h\033#8\033[3;4rX").expect("XEE\nEEE\nEEE\nEEE", 0, 1);
    }

    @Test
    void repeatRepeatsTheLastPrintedCharacter() {
        Term.of(10, 2).feed("ab\033[3b").expect("abbbb", 0, 5);
    }

    @Test
    void repeatNeedsTheCharacterRightBeforeIt() {
        Term.of(10, 3).feed("a\033[1mb\033[m\033[2b\r\nc\r\033[2b").expect("ab\nc", 1, 0);
    }

    @Test
    void repeatSkipsCombiningMarksButNotFormatCharacters() {
        Term.of(10, 2).feed("q\u0308\033[2b\r\na\u200b\033[2b").expect("q\u0308qq\na", 1, 1);
    }

    @Test
    void repeatWrapsLikeText() {
        Term.of(4, 3).feed("x\033[6b").expect("xxxx\nxxx", 1, 3);
    }

    @Test
    void softResetKeepsTextAndCursorButResetsModes() {
        Term t = Term.of(6, 3).feed("abc\033[?7l\033[4h\033[?25l\033[2;3r\033[?1h\033[!p");
        t.expect("abc", 0, 0);
        assertTrue(t.emulator.modes().cursorVisible());
        assertFalse(t.emulator.modes().applicationCursorKeys());
        t.feed("defghij").expect("defghi\nj", 1, 1);
    }

    @Test
    void fullResetClearsEverything() {
        Term t = Term.withScrollback(6, 2, 10).feed("1\r\n2\r\n3\033]2;title\007\033[?1049h\033[?2004hxyz\033c");
        t.expect("", 0, 0).expectHistory();
        assertFalse(t.emulator.modes().alternateScreen());
        assertFalse(t.emulator.modes().bracketedPaste());
        assertEquals("", t.emulator.title());
    }
}
