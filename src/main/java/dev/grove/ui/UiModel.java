// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import java.util.List;

/**
 * Everything one client frame shows.
 *
 * @param panes the panes, in their order (pane 1 is index 0)
 * @param focused index of the focused pane, or -1 when there are no panes
 * @param table the coordination table, one row per agent
 * @param tableCollapsed true to show one summary line instead of the table
 * @param summary the summary line, or null to derive one from the table
 * @param keyHints the key hints line, or null for none
 * @param overlay what is drawn over the panes, or null
 * @param message a one-line message shown in place of the key hints (errors, results), or null
 * @param extraColumns headers of the table's extra columns ({@link TableRow#extra()})
 */
public record UiModel(List<PaneModel> panes, int focused, LayoutMode layout,
                      List<TableRow> table, boolean tableCollapsed, String summary,
                      String keyHints, Overlay overlay, String message, List<String> extraColumns) {
    public UiModel {
        panes = List.copyOf(panes);
        table = table == null ? List.of() : List.copyOf(table);
        extraColumns = extraColumns == null ? List.of() : List.copyOf(extraColumns);
        layout = layout == null ? LayoutMode.TILED : layout;
    }

    /** A model without extra table columns. */
    public UiModel(List<PaneModel> panes, int focused, LayoutMode layout,
                   List<TableRow> table, boolean tableCollapsed, String summary,
                   String keyHints, Overlay overlay, String message) {
        this(panes, focused, layout, table, tableCollapsed, summary, keyHints, overlay, message, List.of());
    }
}
