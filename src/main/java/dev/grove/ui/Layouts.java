// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import java.util.ArrayList;
import java.util.List;

/** Pane rectangles and the status area for a model at a size; used for pty sizes and mouse hits. */
public final class Layouts {
    private Layouts() {}

    /** Rectangles of the pane contents (inside borders), one per pane, same order as panes. */
    public static List<Rect> paneContents(UiModel model, int cols, int rows) {
        int n = model.panes().size();
        List<Rect> out = new ArrayList<>();
        int area = Math.max(0, rows - 2);
        for (int i = 0; i < n; i++) {
            int c0 = cols * i / n;
            int c1 = cols * (i + 1) / n;
            out.add(new Rect(c0, 1, Math.max(0, c1 - c0 - (i + 1 < n ? 1 : 0)), Math.max(0, area - 1)));
        }
        return out;
    }

    /** Index of the pane whose border or content contains (row, col), or -1. */
    public static int paneAt(UiModel model, int cols, int rows, int row, int col) {
        List<Rect> rects = paneContents(model, cols, rows);
        for (int i = 0; i < rects.size(); i++) {
            Rect r = rects.get(i);
            if (new Rect(r.col(), r.row() - 1, r.cols() + 1, r.rows() + 1).contains(row, col)) {
                return i;
            }
        }
        return -1;
    }
}
