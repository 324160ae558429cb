// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import org.junit.jupiter.api.Test;

/** Golden screens for IND, RI, NEL, SU, SD, DECSTBM, origin mode, and where scrolled lines go. */
class ScrollTest {
    private static final String FIVE = "1\r\n2\r\n3\r\n4\r\n5";

    @Test
    void lineFeedAtTheBottomScrollsIntoTheScrollback() {
        Term.withScrollback(4, 3, 10).feed(FIVE).expect("""
                3
                4
                5
                """, 2, 1).expectHistory("1", "2");
    }

    @Test
    void indexAndNextLineInsideARegion() {
        Term.withScrollback(4, 5, 10).feed(FIVE + "\033[2;4r\033[4;2H\033DX\033EY").expect("""
                1
                4
                 X
                Y
                5
                """, 3, 1).expectHistory();
    }

    @Test
    void reverseIndexAtTheTopMarginScrollsTheRegionDown() {
        Term.of(4, 5).feed(FIVE + "\033[2;4r\033[2;1H\033MA\033[1;1H\033MB").expect("""
                B
                A
                2
                3
                5
                """, 0, 1);
    }

    @Test
    void scrollUpAndDownMoveOnlyTheRegion() {
        Term.of(4, 5).feed(FIVE + "\033[2;4r\033[S").expect("""
                1
                3
                4

                5
                """, 0, 0);
        Term.of(4, 5).feed(FIVE + "\033[2;4r\033[2T").expect("""
                1


                2
                5
                """, 0, 0);
    }

    @Test
    void regionAtTheTopSendsLinesToTheScrollback() {
        Term.withScrollback(4, 4, 10).feed("1\r\n2\r\n3\r\n4\033[1;2r\033[2;1H\nA\nB").expect("""
                A
                 B
                3
                4
                """, 1, 2).expectHistory("1", "2");
    }

    @Test
    void regionBelowTheTopKeepsTheScrollbackUntouched() {
        Term.withScrollback(4, 4, 10).feed("1\r\n2\r\n3\r\n4\033[2;4r\033[4;1H\n\nA").expect("""
                1
                4

                A
                """, 3, 1).expectHistory();
    }

    @Test
    void originModeMakesPositionsRelativeToTheRegion() {
        Term.of(6, 5).feed("\033[2;4r\033[?6h\033[HA\033[9;9HB\033[?6l\033[HC").expect("""
                C
                A

                     B
                """, 0, 1);
    }

    @Test
    void invalidRegionIsIgnored() {
        Term.of(4, 4).feed("\033[3;3r" + "1\r\n2\r\n3\r\n4\r\n5").expect("""
                2
                3
                4
                5
                """, 3, 1);
    }

    @Test
    void scrollUpBeyondTheHeightClearsTheRegion() {
        Term.of(4, 3).feed("1\r\n2\r\n3\033[99S").expect("", 2, 1);
    }
}
