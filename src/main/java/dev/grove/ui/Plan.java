// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * Where everything goes for one model at one size: the pane area with each pane's outer
 * rectangle (header row plus content) and content rectangle, the status table (or its summary
 * line) and the key hints line at the bottom. Immutable.
 */
final class Plan {
    /** Terminal rows below which the table shows only its summary line. */
    static final int MIN_ROWS_FOR_TABLE = 10;

    final int cols;
    final int rows;
    final Rect paneArea;
    /** The status table (header and rows) or the summary line; empty when there is no room or nothing to show. */
    final Rect table;
    /** True when {@link #table} is one summary line. */
    final boolean summaryOnly;
    /** The key hints / message line; empty on tiny terminals. */
    final Rect hints;
    final List<Rect> outer;
    final List<Rect> content;

    private Plan(int cols, int rows, Rect paneArea, Rect table, boolean summaryOnly, Rect hints, List<Rect> outer) {
        this.cols = cols;
        this.rows = rows;
        this.paneArea = paneArea;
        this.table = table;
        this.summaryOnly = summaryOnly;
        this.hints = hints;
        this.outer = outer;
        List<Rect> inner = new ArrayList<>(outer.size());
        for (Rect r : outer) {
            inner.add(r.isEmpty() || r.rows() < 2 ? Rect.EMPTY : new Rect(r.col(), r.row() + 1, r.cols(), r.rows() - 1));
        }
        this.content = inner;
    }

    static Plan of(UiModel model, int cols, int rows) {
        cols = Math.max(0, cols);
        rows = Math.max(0, rows);
        int hintRows = rows >= 3 ? 1 : 0;
        boolean hasTable = !model.table().isEmpty() || model.summary() != null;
        int tableRows = 0;
        boolean summaryOnly = true;
        if (hasTable && rows >= 4) {
            summaryOnly = model.tableCollapsed() || rows < MIN_ROWS_FOR_TABLE || model.table().isEmpty();
            tableRows = summaryOnly ? 1 : 1 + Math.min(model.table().size(), Math.max(1, rows / 4 - 1));
        }
        int paneRows = rows - hintRows - tableRows;
        Rect area = new Rect(0, 0, cols, paneRows);
        Rect table = new Rect(0, paneRows, cols, tableRows);
        Rect hints = new Rect(0, rows - hintRows, cols, hintRows);
        List<Rect> outer = PaneGrid.place(model.layout(), model.panes().size(), model.focused(), area);
        return new Plan(cols, rows, area, table, summaryOnly, hints, outer);
    }

    /** True when pane i has a neighbour to its right (a separator column at its right edge). */
    boolean hasSeparatorRight(int i) {
        Rect r = outer.get(i);
        return !r.isEmpty() && r.endCol() < paneArea.endCol();
    }
}
