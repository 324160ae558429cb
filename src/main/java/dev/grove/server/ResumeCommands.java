// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.config.SavedPane;
import java.util.List;

/**
 * How a pane whose process was lost when the server stopped is started again ({@code prefix r}
 * on it, {@code grove resume}). The composition root may plug in a smarter one, e.g. an agent
 * profile's resume command that continues the agent's conversation.
 */
@FunctionalInterface
public interface ResumeCommands {
    /** Starts the pane's original command again. */
    ResumeCommands ORIGINAL = SavedPane::command;

    /** The program and arguments that resume the pane saved as {@code pane}. */
    List<String> resumeCommand(SavedPane pane);
}
