// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.session.Pane;
import dev.grove.ui.TableRow;
import java.util.List;

/**
 * Supplies the rows of the status table; called on the session thread for every frame, so it
 * must be cheap (read prepared state, do no I/O). Set with {@link Mux#setTableSource}.
 */
@FunctionalInterface
public interface TableSource {
    List<TableRow> rows(List<Pane> panes);
}
