// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.config.SavedPane;
import dev.grove.session.Pane;
import dev.grove.session.Session;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts panes again: a pane restored after a server stop ({@link Pane#interrupted()}) with the
 * {@link ResumeCommands} applied to its saved record, any other exited pane with its own command.
 * Keeps the saved record of each restored pane until it runs again. Confined to the session thread.
 */
final class Resumer {
    private final Map<String, SavedPane> saved = new HashMap<>();
    private ResumeCommands commands = ResumeCommands.ORIGINAL;

    void setCommands(ResumeCommands commands) {
        this.commands = commands;
    }

    /** Remembers the record {@code pane} was restored from. */
    void remember(Pane pane, SavedPane record) {
        saved.put(pane.id(), record);
    }

    void forget(Pane pane) {
        saved.remove(pane.id());
    }

    /**
     * Starts {@code pane} again.
     *
     * @throws dev.grove.common.UserError when it is running or its directory is gone
     */
    void restart(Session session, Pane pane) {
        SavedPane record = pane.interrupted() ? saved.get(pane.id()) : null;
        List<String> command = record == null ? pane.command() : commands.resumeCommand(record);
        session.restart(pane, command);
        saved.remove(pane.id());
    }
}
