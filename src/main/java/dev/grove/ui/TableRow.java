// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import java.util.List;

/**
 * One row of the coordination table.
 *
 * @param extra values of the extra columns ({@link UiModel#extraColumns()}), shown when the
 *     terminal is wide enough; may be empty
 * @param attention true when the agent needs the user
 */
public record TableRow(String agent, String task, String status, String lastUpdate,
                       List<String> extra, boolean attention) {
    public TableRow {
        extra = extra == null ? List.of() : List.copyOf(extra);
    }
}
