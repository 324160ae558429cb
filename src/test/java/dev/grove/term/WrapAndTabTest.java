// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Golden screens for xterm's pending wrap, DECAWM, and tab stops (HT, HTS, TBC, CHT, CBT). */
class WrapAndTabTest {
    @Test
    void theCursorWaitsOnTheLastColumnUntilTheNextCharacter() {
        Term t = Term.of(4, 3).feed("abcd");
        t.expect("abcd", 0, 3);
        t.feed("e").expect("abcd\ne", 1, 1);
        assertTrue(t.screen().wrapped(0));
        assertFalse(t.screen().wrapped(1));
    }

    @Test
    void movingTheCursorCancelsThePendingWrap() {
        Term.of(4, 3).feed("abcd\033[DX\r\nabcd\rY").expect("abXd\nYbcd", 1, 1);
    }

    @Test
    void lineFeedCancelsThePendingWrapButKeepsTheColumn() {
        Term.of(4, 3).feed("abcd\nX").expect("abcd\n   X", 1, 3);
    }

    @Test
    void withoutAutowrapTheLastColumnIsOverwritten() {
        Term.of(4, 2).feed("\033[?7labcdefg\033[?7h").expect("abcg", 0, 3);
    }

    @Test
    void aWrapLeftPendingWithoutAutowrapHappensOnceAutowrapIsBack() {
        // xterm keeps the wrap pending at the last column even without autowrap.
        Term.of(5, 2).feed("\033[?7lota y$z psi\033[?7h^").expect("ota i\n^", 1, 1);
    }

    @Test
    void savedCursorKeepsThePendingWrap() {
        Term.of(4, 3).feed("abcd\0337\033[H\0338X").expect("abcd\nX", 1, 1);
    }

    @Test
    void tabStopsEveryEightColumnsAndTheLastColumn() {
        Term.of(20, 2).feed("a\tb\tc\td").expect("a       b       c  d", 0, 19);
    }

    @Test
    void tabKeepsAPendingWrapPending() {
        Term.of(8, 2).feed("abcdefgh\tX").expect("abcdefgh\nX", 1, 1);
    }

    @Test
    void setAndClearTabStops() {
        Term.of(20, 3).feed("\033[3g\033[4G\033H\033[11G\033H\r\ta\tb\r\n\033[11G\033[g\r\ta\tc").expect("""
                   a      b
                   a               c
                """, 1, 20 - 1);
    }

    @Test
    void forwardAndBackwardTabulation() {
        Term.of(30, 2).feed("\033[3Ia\033[2Zb\033[Zc").expect(" ".repeat(16) + "c       a", 0, 17);
    }

    @Test
    void backTabKeepsAPendingWrapPending() {
        Term.of(10, 2).feed("abcdefghij\033[ZY").expect("abcdefghij\nY", 1, 1);
    }
}
