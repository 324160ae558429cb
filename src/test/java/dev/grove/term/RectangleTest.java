// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import org.junit.jupiter.api.Test;

/** Golden screens for the rectangular area operations DECFRA, DECERA, DECSERA and DECCRA (checked against xterm). */
class RectangleTest {
    @Test
    void fillWritesOneCharacterIntoEveryCellOfTheRectangle() {
        Term.of(8, 3).feed("abcdef\r\n123456\033[65;1;1;2;3$x").expect("AAAdef\nAAA456", 1, 6);
        Term.of(4, 2).feed("\033[35$x").expect("####\n####", 0, 0);
    }

    @Test
    void fillIgnoresControlsAndWideCharacters() {
        Term.of(8, 2).feed("abc\033[10;1;1;1;3$x\033[150;1;1;1;3$x\033[20013;1;1;1;3$x").expect("abc", 0, 3);
    }

    @Test
    void eraseEmptiesTheRectangleAndAWideCharacterItCuts() {
        Term.of(8, 3).feed("中文字\r\nabcdef\033[1;2;2;3$z").expect("    字\na  def", 1, 6);
    }

    @Test
    void selectiveEraseKeepsProtectedCells() {
        Term.of(8, 1).feed("ab\033[1\"qcd\033[0\"qef\033[1;1;1;8${").expect("  cd", 0, 6);
    }

    @Test
    void copyMovesTheRectangleAsIfAtOnceEvenWhenItOverlaps() {
        Term.of(8, 3).feed("abcdef\r\n123456\033[1;1;1;3;1;2;4;1$v").expect("abcdef\n123abc", 1, 6);
        Term.of(8, 3).feed("abcdef\r\n123456\033[1;1;2;8;1;1;3$v").expect("ababcdef\n12123456", 1, 6);
    }

    @Test
    void aNearEdgeOffTheScreenLeavesNothingAFarOneIsClipped() {
        Term.of(5, 3).feed("\033[65;3;5;17;0$x").expect("\n\n    A", 0, 0);
        Term.of(5, 3).feed("\033[65;3;5;17;0$x\033[0;18;0;25$z").expect("\n\n    A", 0, 0);
    }

    @Test
    void inOriginModeACopyStopsAtTheBottomMargin() {
        Term.of(3, 6).feed("\033[65;1;1;6;1$x\033[2;4r\033[?6h\033[1;1;3;1;1;2;3;1$v")
                .expect("A\nA\nA A\nA A\nA\nA", 1, 0);
    }

    @Test
    void inOriginModeTheRectangleIsRelativeToTheMargins() {
        Term.of(4, 4).feed("\033[2;3r\033[?6h\033[66;1;1;1;2$x").expect("\nBB", 1, 0);
        // xterm counts the top margin twice when the top edge is left out.
        Term.of(4, 6).feed("\033#8\033[2;5r\033[?6h\033[0;1;0;2$z").expect("EEEE\nEEEE\n  EE\n  EE\n  EE\nEEEE", 1, 0);
    }
}
