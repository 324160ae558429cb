// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.coord.status.StatusEdit;
import dev.grove.coord.status.StatusLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code grove status set --agent NAME [--status TEXT] [--task TEXT] [--note TEXT]}: edits one
 * row of the coordination table under its file lock; safe from any worktree, from several
 * processes at once, with or without a running server (the server notices the change).
 */
@Command(name = "set", mixinStandardHelpOptions = true,
        description = "Set an agent's Status, Task or Note in the coordination table (and its Last Update time).")
public final class StatusSetCommand implements Callable<Integer> {
    @Option(names = "--agent", paramLabel = "NAME", defaultValue = "${env:GROVE_AGENT}",
            description = "The agent's row to edit (default: $GROVE_AGENT).")
    String agent;

    @Option(names = "--status", paramLabel = "TEXT",
            description = "New status, e.g. \"In progress\", \"Blocked\", \"Complete\".")
    String status;

    @Option(names = "--task", paramLabel = "TEXT", description = "New task description.")
    String task;

    @Option(names = "--note", paramLabel = "TEXT", description = "A short progress note (Note column).")
    String note;

    @Option(names = "--file", paramLabel = "PATH",
            description = "The status file (default: $GROVE_STATUS_FILE, "
                    + "else coordination/status.md in the main worktree).")
    Path file;

    @Override
    public Integer call() {
        StatusEdit edit = new StatusEdit(agent, task, status, note);
        StatusLocation location = StatusCommand.locate(file);
        location.ensureExcluded();
        location.open(Clock.systemDefaultZone()).set(edit);
        return 0;
    }
}
