// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the status area: the coordination table (Agent, Task, Status, Last Update, and the
 * extra columns when the terminal is wide enough) or its one-line summary, and the key hints
 * line (replaced by the message when there is one). Stateless.
 */
final class StatusPainter {
    private static final int GAP = 2;
    private static final int MIN_TASK = 10;
    /** Task column width kept when adding extra columns. */
    private static final int TASK_WITH_EXTRAS = 30;

    private StatusPainter() {}

    static void draw(Frame f, Plan plan, UiModel model, Looks looks) {
        if (!plan.table.isEmpty()) {
            if (plan.summaryOnly) {
                summary(f, plan.table.row(), model, looks);
            } else {
                table(f, plan.table, model, looks);
            }
        }
        if (!plan.hints.isEmpty()) {
            hints(f, plan.hints.row(), model, looks);
        }
    }

    /** Everything {@link #draw} reads from its arguments (and the frame's width): equal inputs draw the same cells. */
    static List<Object> inputs(Plan plan, UiModel model, int cols) {
        return Arrays.asList(plan.table, plan.summaryOnly, plan.hints, cols, model.table(), model.summary(),
                model.keyHints(), model.message(), model.layout(), model.extraColumns(), focusedName(model));
    }

    /** The table's header and as many rows as fit, scrolled so the focused agent's row shows. */
    private static void table(Frame f, Rect area, UiModel model, Looks looks) {
        List<TableRow> all = model.table();
        int shown = Math.min(all.size(), area.rows() - 1);
        String focusedName = focusedName(model);
        int first = Math.max(0, indexOfAgent(all, focusedName) - shown + 1);
        List<TableRow> rows = all.subList(first, first + shown);
        TableColumns cols = TableColumns.fit(f.cols, model, rows);
        int row = area.row();
        f.fill(row, 0, 1, f.cols, ' ', looks.statusHeader);
        List<String> headers = new ArrayList<>(List.of("Agent", "Task", "Status", cols.updateHeader()));
        headers.addAll(model.extraColumns());
        cols.draw(f, row, headers, looks.statusHeader, null);
        if (shown < all.size()) {
            String more = " +" + (all.size() - shown) + " more ";
            f.text(row, f.cols - TextWidth.of(more), more, f.cols, looks.statusHeader);
        }
        for (int i = 0; i < shown; i++) {
            TableRow t = rows.get(i);
            boolean focused = focusedName != null && focusedName.equals(t.agent());
            Look base = focused ? looks.statusFocused : looks.statusBar;
            f.fill(row + 1 + i, 0, 1, f.cols, ' ', base);
            Look attention = looks.borderAttention.over(base);
            f.text(row + 1 + i, 0, t.attention() ? "!" : focused ? "▸" : " ", 1, t.attention() ? attention : base);
            List<String> cells = new ArrayList<>(List.of(nz(t.agent()), nz(t.task()), nz(t.status()), nz(t.lastUpdate())));
            cells.addAll(t.extra());
            Look[] looksPerCell = {t.attention() ? attention : base, base, looks.status(t.status(), base).over(base), base};
            cols.draw(f, row + 1 + i, cells, base, looksPerCell);
        }
    }

    private static void summary(Frame f, int row, UiModel model, Looks looks) {
        f.fill(row, 0, 1, f.cols, ' ', looks.statusBar);
        if (model.summary() != null) {
            f.text(row, 1, HeaderText.clean(model.summary()), f.cols, looks.statusBar);
            return;
        }
        List<TableRow> rows = model.table();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (TableRow t : rows) {
            counts.merge(nz(t.status()).isEmpty() ? "no status" : t.status(), 1, Integer::sum);
        }
        int col = f.text(row, 1, rows.size() + (rows.size() == 1 ? " agent" : " agents"), f.cols, looks.statusBar);
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            col = f.text(row, col, " · ", f.cols, looks.statusBar);
            col = f.text(row, col, e.getValue() + " " + HeaderText.clean(e.getKey()), f.cols,
                    looks.status(e.getKey(), looks.statusBar).over(looks.statusBar));
        }
        for (TableRow t : rows) {
            if (t.attention()) {
                col = f.text(row, col, " · ", f.cols, looks.statusBar);
                col = f.text(row, col, "! " + HeaderText.clean(nz(t.agent())), f.cols, looks.borderAttention.over(looks.statusBar));
            }
        }
    }

    private static void hints(Frame f, int row, UiModel model, Looks looks) {
        if (model.message() != null) {
            f.fill(row, 0, 1, f.cols, ' ', looks.message);
            f.text(row, 1, HeaderText.clean(model.message()), f.cols, looks.message);
            return;
        }
        f.fill(row, 0, 1, f.cols, ' ', looks.keyHints);
        int end = f.cols;
        String layout = " " + layoutName(model.layout()) + " ";
        String hints = model.keyHints() == null ? "" : HeaderText.clean(model.keyHints());
        if (TextWidth.of(hints) + TextWidth.of(layout) + 2 <= f.cols) {
            end = f.cols - TextWidth.of(layout);
            f.text(row, end, layout, f.cols, looks.keyHints);
        }
        f.text(row, 1, TextWidth.fit(hints, end - 1), end, looks.keyHints);
    }

    private static String layoutName(LayoutMode mode) {
        switch (mode) {
            case MAIN_STACK: return "main+stack";
            case ZOOM: return "zoom";
            default: return "tiled";
        }
    }

    /** Index of the row of {@code agent}, or -1. */
    private static int indexOfAgent(List<TableRow> rows, String agent) {
        for (int i = 0; agent != null && i < rows.size(); i++) {
            if (agent.equals(rows.get(i).agent())) {
                return i;
            }
        }
        return -1;
    }

    private static String focusedName(UiModel model) {
        int i = model.focused();
        return i >= 0 && i < model.panes().size() ? model.panes().get(i).name() : null;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Column widths of the table at one terminal width. */
    private static final class TableColumns {
        private final int[] widths;

        private TableColumns(int[] widths) {
            this.widths = widths;
        }

        static TableColumns fit(int cols, UiModel model, List<TableRow> rows) {
            int extras = model.extraColumns().size();
            int[] w = new int[4 + extras];
            w[0] = Math.min(20, Math.max(5, maxWidth(rows, 0)));
            w[2] = Math.min(22, Math.max(6, maxWidth(rows, 2)));
            w[3] = Math.min(16, Math.max(cols >= 100 ? 11 : 7, maxWidth(rows, 3)));
            int avail = cols - 1;
            int fixed = w[0] + w[2] + w[3] + 3 * GAP;
            if (avail - fixed < MIN_TASK) {
                w[3] = 0;
                fixed = w[0] + w[2] + 2 * GAP;
            }
            if (avail - fixed < MIN_TASK) {
                w[0] = Math.min(w[0], Math.max(1, avail / 3));
                w[2] = Math.min(w[2], Math.max(1, avail / 3));
                fixed = w[0] + w[2] + 2 * GAP;
            }
            for (int e = 0; e < extras && w[3] > 0; e++) {
                int ew = Math.min(24, Math.max(TextWidth.of(model.extraColumns().get(e)), maxWidth(rows, 4 + e)));
                if (avail - fixed - ew - GAP < TASK_WITH_EXTRAS) {
                    break;
                }
                w[4 + e] = ew;
                fixed += ew + GAP;
            }
            w[1] = Math.max(0, avail - fixed);
            return new TableColumns(w);
        }

        String updateHeader() {
            return widths[3] >= 11 ? "Last Update" : "Updated";
        }

        /** Draws cells in column order (Agent, Task, Status, Last Update, extras), skipping columns without room. */
        void draw(Frame f, int row, List<String> cells, Look base, Look[] cellLooks) {
            int col = 1;
            for (int c = 0; c < widths.length && c < cells.size(); c++) {
                if (widths[c] <= 0) {
                    continue;
                }
                Look look = cellLooks != null && c < cellLooks.length ? cellLooks[c] : base;
                String text = TextWidth.fit(HeaderText.clean(nz(cells.get(c))), widths[c]);
                f.text(row, col, text, col + widths[c], look);
                col += widths[c] + GAP;
            }
        }

        private static int maxWidth(List<TableRow> rows, int column) {
            int max = 0;
            for (TableRow t : rows) {
                String s = column == 0 ? t.agent() : column == 2 ? t.status() : column == 3 ? t.lastUpdate()
                        : column - 4 < t.extra().size() ? t.extra().get(column - 4) : null;
                max = Math.max(max, s == null ? 0 : TextWidth.of(s));
            }
            return max;
        }
    }
}
