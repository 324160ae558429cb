// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import org.junit.jupiter.api.Test;

/** Golden screens for character sets: G0-G3 designation, SI/SO, single shifts and DEC line drawing. */
class CharsetTest {
    @Test
    void decSpecialGraphicsDrawBoxes() {
        Term.of(10, 3).feed("\033(0lqqk\r\nx  x\r\nmqqj\033(B").expect("""
                ┌──┐
                │  │
                └──┘
                """, 2, 4);
    }

    @Test
    void everyDecGraphicGlyph() {
        Term.of(40, 1).feed("\033(0_`abcdefghijklmnopqrstuvwxyz{|}~\033(B")
                .expect(" ◆▒␉␌␍␊°±␤␋┘┐┌└┼⎺⎻─⎼⎽├┤┴┬│≤≥π≠£·", 0, 32);
    }

    @Test
    void shiftOutUsesG1AndShiftInGoesBack() {
        Term.of(10, 1).feed("\033)0a\016q\017q").expect("a─q", 0, 3);
    }

    @Test
    void singleShiftAppliesToOneCharacter() {
        Term.of(10, 1).feed("\033*0\033Nqq").expect("─q", 0, 2);
    }

    @Test
    void latinOneSetAsXtermShowsIt() {
        Term.of(10, 1).feed("\033(A#x\033(B#").expect("£ø#", 0, 3);
    }

    @Test
    void onlyAsciiIsTranslated() {
        Term.of(10, 1).feed("\033(0é中q\033(B").expect("é中─", 0, 4);
    }
}
