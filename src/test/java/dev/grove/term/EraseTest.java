// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grove.term.screen.Colors;
import org.junit.jupiter.api.Test;

/** Golden screens for erasing: ED 0-3, EL 0-2, ECH, DECSED/DECSEL with DECSCA, and BCE. */
class EraseTest {
    private static final String FILLED = "abcdefgh\r\nijklmnop\r\nqrstuvwx\r\nyz012345";

    @Test
    void eraseBelowIncludesTheCursorCell() {
        Term.of(8, 4).feed(FILLED + "\033[2;3H\033[J").expect("""
                abcdefgh
                ij
                """, 1, 2);
    }

    @Test
    void eraseAboveIncludesTheCursorCell() {
        Term.of(8, 4).feed(FILLED + "\033[3;3H\033[1J").expect("""


                   tuvwx
                yz012345
                """, 2, 2);
    }

    @Test
    void eraseScreenKeepsTheCursor() {
        Term.of(8, 4).feed(FILLED + "\033[2;3H\033[2J").expect("", 1, 2);
    }

    @Test
    void eraseInLineThreeWays() {
        Term.of(8, 4).feed(FILLED + "\033[1;4H\033[K\033[2;4H\033[1K\033[3;4H\033[2K").expect("""
                abc
                    mnop

                yz012345
                """, 2, 3);
    }

    @Test
    void eraseCharsStaysOnTheLine() {
        Term.of(8, 4).feed(FILLED + "\033[1;3H\033[3X\033[2;7H\033[9X").expect("""
                ab   fgh
                ijklmn
                qrstuvwx
                yz012345
                """, 1, 6);
    }

    @Test
    void eraseAtTheLastColumnCancelsThePendingWrap() {
        Term.of(8, 2).feed("abcdefgh\033[KX").expect("abcdefgX", 0, 7);
    }

    @Test
    void selectiveEraseKeepsProtectedCells() {
        Term.of(10, 3).feed("A\033[1\"qB\033[2\"qC\033[?2J\r\nA\033[1\"qB\033[0\"qC\033[?2K\r\nab\033[1\"qcd\033[0\"qef\033[?1K").expect("""
                 B
                 B
                  cd
                """, 2, 6);
    }

    @Test
    void plainEraseIgnoresProtection() {
        Term.of(10, 2).feed("\033[1\"qprotected\033[2K").expect("", 0, 9);
    }

    @Test
    void erasedCellsTakeTheBackgroundColour() {
        Term t = Term.of(8, 2).feed("\033[44m\033[2J\033[m");
        assertEquals(Colors.indexed(4), t.screen().bg(1, 5));
        assertEquals(0, t.screen().codePoint(1, 5));
    }

    @Test
    void eraseThreeClearsOnlyTheScrollback() {
        Term.withScrollback(8, 2, 10).feed("one\r\ntwo\r\nthree\033[3J").expect("""
                two
                three
                """, 1, 5).expectHistory();
    }

    @Test
    void erasingHalfAWideCharacterErasesAllOfIt() {
        Term.of(8, 2).feed("a中b\033[1;3H\033[X").expect("a  b", 0, 2);
    }
}
