// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Places panes in the pane area. Each pane gets an outer rectangle: its header row (the border
 * carrying name, status and title) over its content. Panes side by side are separated by one
 * column; the header row of a lower pane separates it from the pane above. A pane that does not
 * fit (zoom, a stack too long for the screen, a tiny terminal) gets {@link Rect#EMPTY}.
 * Stateless.
 */
final class PaneGrid {
    /** Columns below which a pane counts as too narrow for an agent's output. */
    private static final int COMFORTABLE_COLS = 60;
    /** Content rows below which a pane counts as too short. */
    private static final int COMFORTABLE_ROWS = 8;
    /** Preferred width/height of a pane in cells, with cells about twice as tall as wide. */
    private static final double PREFERRED_ASPECT = 1.3;

    private PaneGrid() {}

    static List<Rect> place(LayoutMode mode, int count, int focused, Rect area) {
        List<Rect> out = new ArrayList<>(Collections.nCopies(count, Rect.EMPTY));
        if (count == 0 || area.rows() < 2 || area.cols() < 1) {
            return out;
        }
        int main = focused >= 0 && focused < count ? focused : 0;
        if (mode == LayoutMode.ZOOM || count == 1) {
            out.set(main, area);
        } else if (mode == LayoutMode.MAIN_STACK) {
            mainAndStack(out, main, area);
        } else {
            tiled(out, main, area);
        }
        return out;
    }

    private static void tiled(List<Rect> out, int focused, Rect area) {
        int n = out.size();
        int bestCols = 0;
        double best = Double.MAX_VALUE;
        for (int c = 1; c <= n; c++) {
            int r = (n + c - 1) / c;
            int w = (area.cols() - (c - 1)) / c;
            int h = area.rows() / r - 1;
            if (w < 1 || h < 1) {
                continue;
            }
            double score = Math.abs(Math.log(w / (2.0 * h) / PREFERRED_ASPECT)) + 0.35 * (c * r - n)
                    + 2.0 * Math.max(0, COMFORTABLE_COLS - w) / COMFORTABLE_COLS
                    + Math.max(0, COMFORTABLE_ROWS - h) / (double) COMFORTABLE_ROWS;
            if (score < best) {
                best = score;
                bestCols = c;
            }
        }
        if (bestCols == 0) {
            out.set(focused, area);
            return;
        }
        int gridRows = (n + bestCols - 1) / bestCols;
        int next = 0;
        int top = area.row();
        for (int r = 0; r < gridRows; r++) {
            int inRow = n / gridRows + (r < n % gridRows ? 1 : 0);
            int height = share(area.rows(), gridRows, r);
            placeRow(out, next, inRow, new Rect(area.col(), top, area.cols(), height));
            next += inRow;
            top += height;
        }
    }

    /** Panes first..first+count side by side in {@code band}, one separator column between them. */
    private static void placeRow(List<Rect> out, int first, int count, Rect band) {
        int usable = band.cols() - (count - 1);
        int col = band.col();
        for (int i = 0; i < count; i++) {
            int w = share(usable, count, i);
            out.set(first + i, new Rect(col, band.row(), w, band.rows()));
            col += w + 1;
        }
    }

    private static void mainAndStack(List<Rect> out, int main, Rect area) {
        List<Integer> stack = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (i != main) {
                stack.add(i);
            }
        }
        boolean side = area.cols() >= 2.5 * area.rows();
        if (side) {
            int mainCols = (area.cols() - 1) * 3 / 5;
            int stackCols = area.cols() - 1 - mainCols;
            int shown = Math.min(stack.size(), area.rows() / 2);
            if (mainCols < 1 || stackCols < 1 || shown < 1) {
                out.set(main, area);
                return;
            }
            out.set(main, new Rect(area.col(), area.row(), mainCols, area.rows()));
            int top = area.row();
            for (int i = 0; i < shown; i++) {
                int h = share(area.rows(), shown, i);
                out.set(stack.get(i), new Rect(area.col() + mainCols + 1, top, stackCols, h));
                top += h;
            }
        } else {
            int mainRows = Math.max(2, area.rows() * 3 / 5);
            int stackRows = area.rows() - mainRows;
            int shown = Math.min(stack.size(), (area.cols() + 1) / 2);
            if (stackRows < 2) {
                out.set(main, area);
                return;
            }
            out.set(main, new Rect(area.col(), area.row(), area.cols(), mainRows));
            int usable = area.cols() - (shown - 1);
            int col = area.col();
            for (int i = 0; i < shown; i++) {
                int w = share(usable, shown, i);
                out.set(stack.get(i), new Rect(col, area.row() + mainRows, w, stackRows));
                col += w + 1;
            }
        }
    }

    /** Part {@code i} of {@code total} split into {@code parts} near-equal parts, larger ones first. */
    private static int share(int total, int parts, int i) {
        return total / parts + (i < total % parts ? 1 : 0);
    }
}
