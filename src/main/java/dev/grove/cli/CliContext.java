// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.coord.worktree.AgentWorktrees;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * What the commands run against: the directory they run in, the worktree library's options,
 * how panes are opened, the user's input and whether it is a terminal, and the server socket
 * when known. Tests build their own; {@link #system()} is the real one.
 *
 * @param socket the server socket path for GROVE_SOCKET, or null
 */
public record CliContext(Path cwd, AgentWorktrees.Options worktrees, PaneOpener panes, BufferedReader input,
        boolean interactive, String socket) {

    /** The process's directory, system git, the user's approvals, a terminal if there is one. */
    public static CliContext system() {
        return new CliContext(Path.of("").toAbsolutePath(),
                AgentWorktrees.Options.defaults(),
                new ServerPaneOpener(),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                System.console() != null, System.getenv("GROVE_SOCKET"));
    }

    /** Opens the repository around {@link #cwd()}. */
    AgentWorktrees open() {
        return AgentWorktrees.open(cwd, worktrees);
    }
}
