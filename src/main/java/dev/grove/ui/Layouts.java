// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import java.util.List;

/**
 * Pane rectangles and the status area for a model at a size, the same the renderer uses; for
 * pty sizes and mouse hits. Stateless.
 */
public final class Layouts {
    private Layouts() {}

    /**
     * Rectangles of the pane contents (inside borders), one per pane, same order as panes. A
     * pane not shown (zoom, no room) gets an empty rectangle ({@link Rect#isEmpty()}); keep its
     * pty at its previous size then.
     */
    public static List<Rect> paneContents(UiModel model, int cols, int rows) {
        return Plan.of(model, cols, rows).content;
    }

    /** Index of the pane whose border or content contains (row, col), or -1. */
    public static int paneAt(UiModel model, int cols, int rows, int row, int col) {
        Plan plan = Plan.of(model, cols, rows);
        for (int i = 0; i < plan.outer.size(); i++) {
            Rect r = plan.outer.get(i);
            if (r.contains(row, col) || (plan.hasSeparatorRight(i) && col == r.endCol() && row >= r.row() && row < r.endRow())) {
                return i;
            }
        }
        return -1;
    }
}
