// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import org.junit.jupiter.api.Test;

/** Golden screens for ICH, DCH, IL, DL and insert mode (IRM). */
class EditTest {
    @Test
    void insertCharsPushesTheRestRightAndDropsOverflow() {
        Term.of(8, 2).feed("abcdefgh\033[1;3H\033[2@XY").expect("abXYcdef", 0, 4);
    }

    @Test
    void deleteCharsPullsTheRestLeft() {
        Term.of(8, 2).feed("abcdefgh\033[1;3H\033[2P").expect("abefgh", 0, 2);
    }

    @Test
    void insertLinesWithinTheRegionAndHomeTheColumn() {
        Term.of(4, 5).feed("1\r\n2\r\n3\r\n4\r\n5\033[1;4r\033[2;3H\033[2L").expect("""
                1


                2
                5
                """, 1, 0);
    }

    @Test
    void deleteLinesWithinTheRegion() {
        Term.of(4, 5).feed("1\r\n2\r\n3\r\n4\r\n5\033[1;4r\033[2;3H\033[M").expect("""
                1
                3
                4

                5
                """, 1, 0);
    }

    @Test
    void insertAndDeleteLinesOutsideTheRegionDoNothing() {
        Term.of(4, 5).feed("1\r\n2\r\n3\r\n4\r\n5\033[2;3r\033[5;2H\033[L\033[M").expect("""
                1
                2
                3
                4
                5
                """, 4, 1);
    }

    @Test
    void insertModeShiftsText() {
        Term.of(8, 2).feed("abcdef\r\033[4hXY\033[4lZ").expect("XYZbcdef", 0, 3);
    }

    @Test
    void deleteLinesAtTheTopKeepThemInTheScrollback() {
        Term.withScrollback(4, 3, 10).feed("1\r\n2\r\n3\033[H\033[2M").expect("3", 0, 0).expectHistory("1", "2");
    }
}
