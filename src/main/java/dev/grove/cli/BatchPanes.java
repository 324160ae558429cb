// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.common.UserError;
import dev.grove.coord.flow.PaneStarter;
import dev.grove.coord.worktree.AgentLaunch;

/**
 * Opens a batch's agents through the context's {@link PaneOpener} (panes of the repository's
 * server, for a person to attach to), and starts again those whose process was lost when that
 * server stopped.
 */
final class BatchPanes implements PaneStarter {
    private final CliContext context;

    BatchPanes(CliContext context) {
        this.context = context;
    }

    @Override
    public void open(AgentLaunch launch) {
        context.panes().open(launch, false);
    }

    @Override
    public boolean resumeLost(String name) {
        try {
            return context.panes().resumeLost(context.cwd(), name);
        } catch (UserError e) {
            return false;
        }
    }
}
