// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.screen;

/**
 * The VT420 rectangular area operations on a grid: fill (DECFRA), erase (DECERA, DECSERA) and copy
 * (DECCRA). Rectangles are 0-based, inclusive and already inside the grid; a wide character cut
 * by a rectangle's left or right edge is erased whole, as xterm does. Stateless.
 */
final class Rectangles {
    private Rectangles() {}

    static void fill(Grid grid, int top, int left, int bottom, int right, int codePoint, long style) {
        for (int r = top; r <= bottom; r++) {
            Line line = openEdges(grid, r, left, right);
            line.fill(left, right + 1, codePoint, style);
            grid.touch(r);
        }
    }

    static void erase(Grid grid, int top, int left, int bottom, int right, long style, boolean selective) {
        for (int r = top; r <= bottom; r++) {
            grid.line(r).erase(left, right + 1, style, selective);
            grid.touch(r);
        }
    }

    /**
     * Copies the rectangle so that its top left corner lands on {@code (toRow, toCol)}, clipped to
     * the grid's width and to row {@code lastRow}.
     */
    static void copy(Grid grid, int top, int left, int bottom, int right, int toRow, int toCol, int lastRow) {
        int height = Math.min(bottom - top, lastRow - toRow) + 1;
        int width = Math.min(right - left, grid.cols() - 1 - toCol) + 1;
        if (height <= 0 || width <= 0) {
            return;
        }
        // Every source row is read before any is written, so overlapping rectangles copy as if at once.
        StoredLine[] source = new StoredLine[height];
        for (int i = 0; i < height; i++) {
            source[i] = StoredLine.of(grid.line(top + i));
        }
        for (int i = 0; i < height; i++) {
            int last = toCol + width - 1;
            Line line = openEdges(grid, toRow + i, toCol, last);
            source[i].copyTo(left, line, toCol, width);
            // A wide character cut by the source's edges arrives as half of one: blank that half.
            if (line.codePoints[toCol] == ScreenView.WIDE_SPACER) {
                line.fill(toCol, toCol + 1, 0, CellStyle.DEFAULT);
            }
            if (line.codePoints[last] > 0 && CharWidth.of(line.codePoints[last]) == 2
                    && (last + 1 >= line.cols() || line.codePoints[last + 1] != ScreenView.WIDE_SPACER)) {
                line.fill(last, last + 1, 0, CellStyle.DEFAULT);
            }
            grid.touch(toRow + i);
        }
    }

    /** The row, with any wide character that straddles column {@code left} or {@code right} erased. */
    private static Line openEdges(Grid grid, int row, int left, int right) {
        Line line = grid.line(row);
        line.splitWideAt(left, CellStyle.DEFAULT);
        line.splitWideAt(right + 1, CellStyle.DEFAULT);
        return line;
    }
}
