// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Rows copied into the scrollback keep every cell; rows cleared for reuse keep none. */
class StoredLineTest {
    private static final int COLS = 40;
    private static final long RED_ON_BLUE = CellStyle.of(1, 4, 0);
    private static final long BLUE_BACKGROUND = CellStyle.of(0, 4, 0);

    private static void assertSameCells(Line line, StoredLine stored) {
        for (int c = 0; c < COLS; c++) {
            assertEquals(line.codePoints[c], stored.codePoint(c), "code point at " + c);
            assertEquals(line.styles[c], stored.style(c), "style at " + c);
            assertEquals(line.underlineAt(c), stored.underline(c), "underline at " + c);
            assertEquals(line.linkAt(c), stored.link(c), "link at " + c);
            assertEquals(line.combiningAt(c), stored.combining(c), "marks at " + c);
        }
    }

    @Test
    void aStoredRowKeepsTextStylesWideCharactersExtrasAndAnErasedTail() {
        Line line = new Line(COLS);
        for (int c = 0; c < 10; c++) {
            line.set(c, 'a' + c, c < 5 ? CellStyle.DEFAULT : RED_ON_BLUE, 0, null);
        }
        line.set(10, 0x65e5, CellStyle.DEFAULT, 0, null);
        line.set(11, ScreenView.WIDE_SPACER, CellStyle.DEFAULT, 0, null);
        line.set(12, 'x', CellStyle.DEFAULT, 3, "https://example.com");
        line.set(13, 'e', CellStyle.DEFAULT, 0, null);
        line.addCombining(13, 0x301);
        line.erase(20, COLS, BLUE_BACKGROUND, false);

        StoredLine stored = StoredLine.of(line);

        assertEquals(COLS, stored.length(), "an erased tail with a background colour is kept");
        assertSameCells(line, stored);
    }

    @Test
    void aStoredRowEndsAtItsLastUsedCell() {
        Line line = new Line(COLS);
        for (int c = 0; c < 7; c++) {
            line.set(c, 'a', CellStyle.DEFAULT, 0, null);
        }
        line.erase(3, COLS, CellStyle.DEFAULT, false);

        StoredLine stored = StoredLine.of(line);

        assertEquals(3, stored.length());
        assertSameCells(line, stored);
    }

    @Test
    void clearingARowEmptiesEveryCellItEverUsed() {
        Line line = new Line(COLS);
        line.fill(0, COLS, 'z', RED_ON_BLUE);
        line.move(0, 5, 10);

        line.clear(CellStyle.DEFAULT);

        assertEquals(0, line.usedLength());
        for (int c = 0; c < COLS; c++) {
            assertEquals(0, line.codePoints[c], "code point at " + c);
            assertEquals(CellStyle.DEFAULT, line.styles[c], "style at " + c);
        }
    }

    @Test
    void clearingWithABackgroundColourFillsTheWholeRowAndItIsKept() {
        Line line = new Line(COLS);
        line.set(2, 'q', CellStyle.DEFAULT, 0, null);

        line.clear(BLUE_BACKGROUND);
        StoredLine stored = StoredLine.of(line);

        assertEquals(COLS, line.usedLength());
        assertSameCells(line, stored);
        line.clear(CellStyle.DEFAULT);
        assertEquals(0, line.usedLength());
        assertEquals(CellStyle.DEFAULT, line.styles[COLS - 1]);
    }
}
