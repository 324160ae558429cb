// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grove.term.screen.ScreenView;
import org.junit.jupiter.api.Test;

/** Golden screens for wide characters (CJK, emoji) and combining marks, xterm's way. */
class WideCharTest {
    @Test
    void wideCharactersTakeTwoCells() {
        Term t = Term.of(10, 2).feed("a中b😀c");
        t.expect("a中b😀c", 0, 7);
        assertEquals('中', t.screen().codePoint(0, 1));
        assertEquals(ScreenView.WIDE_SPACER, t.screen().codePoint(0, 2));
        assertEquals(ScreenView.WIDE_SPACER, t.screen().codePoint(0, 5));
    }

    @Test
    void aWideCharacterThatDoesNotFitWrapsWhole() {
        Term.of(4, 2).feed("abc中").expect("abc\n中", 1, 2);
    }

    @Test
    void withoutAutowrapAWideCharacterThatDoesNotFitIsDropped() {
        Term.of(4, 2).feed("\033[?7labc中d").expect("abcd", 0, 3);
    }

    @Test
    void withoutAutowrapAWideCharacterThatDoesNotFitTakesThePlaceOfTheWideOneJustPrinted() {
        Term.of(10, 2).feed("\033[?7l\033[1;8H中文\r\n\033[2;7H中文字").expect("       文\n      中字", 1, 9);
        // Only within one run of text, as in xterm: any sequence in between ends the run.
        Term.of(10, 1).feed("\033[?7l\033[1;8H中\033[1m文").expect("       中", 0, 9);
    }

    @Test
    void overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        Term.of(6, 2).feed("中中\033[1;2Hx\033[2;1H中中\033[2;3Hy").expect(" x中\n中y", 1, 3);
    }

    @Test
    void combiningMarksJoinTheirBase() {
        Term t = Term.of(10, 2).feed("q\u0308\u0301b中\u0301");
        t.expect("q\u0308\u0301b中\u0301", 0, 4);
        assertEquals("\u0308\u0301", t.screen().combining(0, 0));
    }

    @Test
    void aMarkWithAPrecomposedFormIsComposedLikeXterm() {
        Term t = Term.of(10, 1).feed("e\u0301");
        t.expect("é", 0, 1);
        assertEquals(null, t.screen().combining(0, 0));
    }

    @Test
    void atMostTwoMarksPerCell() {
        Term.of(10, 1).feed("q\u0301\u0302\u0303").expect("q\u0301\u0302", 0, 1);
    }

    @Test
    void aMarkAfterACursorMoveJoinsTheCellUnderTheCursor() {
        Term.of(10, 1).feed("ab\033[2G\u0301\033[5G\u0302").expect("ab\u0301", 0, 4);
    }

    @Test
    void aMarkJoinsABlankCellToo() {
        Term t = Term.of(6, 1).feed("ab\033[1;5Hx\033[1;3H\u0308");
        t.expect("ab \u0308 x", 0, 2);
        assertEquals("\u0308", t.screen().combining(0, 2));
    }

    @Test
    void aMarkWaitingToWrapJoinsTheLastColumn() {
        Term.of(4, 2).feed("abcd\u0301").expect("abcd\u0301", 0, 3);
    }

    @Test
    void zeroWidthFormatCharactersAreDropped() {
        Term.of(10, 1).feed("a\u200bb\u200dc\ufeffd").expect("abcd", 0, 4);
    }

    @Test
    void otherZeroWidthFormatCharactersStayOnTheCellBeforeThemLikeXterm() {
        // An Arabic letter mark, and the tag characters of a subdivision flag (two kept per cell).
        String flag = "\uD83C\uDFF4" + new String(Character.toChars(0xE0067)) + new String(Character.toChars(0xE0062));
        Term.of(10, 1).feed("a\u061cb " + flag + new String(Character.toChars(0xE0073)) + "x")
                .expect("a\u061cb " + flag + "x", 0, 6);
    }

    @Test
    void invalidUtf8ShowsReplacementCharacters() {
        Term.of(10, 1).feedBytes('a', 0xe4, 0xb8, 'b', 0x80, 'c', 0xff).expect("a\ufffdb\ufffdc\ufffd", 0, 6);
    }
}
