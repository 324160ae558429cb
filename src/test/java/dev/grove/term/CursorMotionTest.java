// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import org.junit.jupiter.api.Test;

/** Golden screens for cursor motion: CUP/HVP, CUU/CUD/CUF/CUB, CNL/CPL, CHA/HPA/VPA, HPR/VPR, BS, CR, LF. */
class CursorMotionTest {
    @Test
    void cupIsOneBasedAndClampedToTheScreen() {
        Term.of(10, 4).feed("\033[2;3HA\033[HB\033[99;99HC\033[0;0fD").expect("""
                D
                  A

                         C
                """, 0, 1);
    }

    @Test
    void relativeMovesStopAtTheEdgesAndZeroMeansOne() {
        Term.of(10, 4).feed("\033[3;5H\033[0AA\033[9BB\033[20CC\033[99DD\033[eE\033[3aF").expect("""

                    A

                DE   F   C
                """, 3, 6);
    }

    @Test
    void nextAndPreviousLineGoToColumnZero() {
        Term.of(10, 4).feed("\033[2;5H\033[EA\033[2FB").expect("""
                B

                A
                """, 0, 1);
    }

    @Test
    void absoluteColumnAndRow() {
        Term.of(10, 4).feed("\033[7GA\033[3`B\033[3dC\033[dD").expect("""
                  B D A

                   C
                """, 0, 5);
    }

    @Test
    void backspaceCarriageReturnAndBareLineFeed() {
        Term.of(10, 4).feed("abc\bX\rY\nZ").expect("""
                YbX
                 Z
                """, 1, 2);
    }

    @Test
    void cursorUpAndDownStopAtTheMarginsUnlessStartingBeyondThem() {
        Term.of(10, 6).feed("\033[2;4r\033[3;1H\033[9AA\033[9BB\033[6;1H\033[9AC\033[1;3H\033[9BD").expect("""

                C
                  
                 BD
                """, 3, 3);
    }
}
