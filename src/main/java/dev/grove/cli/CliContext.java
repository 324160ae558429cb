// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.coord.worktree.AgentWorktrees;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the commands run against: the directory they run in, the worktree library's options,
 * how panes are opened, the user's input and whether it is a terminal, the server socket when
 * known, the caller's environment, and whether the command runs inside the server for a client
 * that only waits for the whole answer. Tests build their own; {@link #system()} is the real one.
 *
 * @param socket the server socket path for GROVE_SOCKET, or null
 * @param inServer true when run by the server for a client (see {@link InServerCommands}): a step
 *     that needs the caller's terminal throws {@link RunInCaller} before anything is done
 */
public record CliContext(Path cwd, AgentWorktrees.Options worktrees, PaneOpener panes, BufferedReader input,
        boolean interactive, String socket, Map<String, String> env, boolean inServer) {

    public CliContext {
        env = Map.copyOf(env);
    }

    /** A context in the process's own environment, not run by the server. */
    public CliContext(Path cwd, AgentWorktrees.Options worktrees, PaneOpener panes, BufferedReader input,
            boolean interactive, String socket) {
        this(cwd, worktrees, panes, input, interactive, socket, System.getenv(), false);
    }

    /** The process's directory, system git, the user's approvals, a terminal if there is one. */
    public static CliContext system() {
        return new CliContext(Path.of("").toAbsolutePath(),
                AgentWorktrees.Options.defaults(),
                new ServerPaneOpener(System.getenv()),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                System.console() != null, System.getenv("GROVE_SOCKET"));
    }

    /** A command the server runs for a client in directory {@code cwd} with environment {@code env}. */
    static CliContext inServer(Path cwd, Map<String, String> env) {
        return new CliContext(cwd, AgentWorktrees.Options.defaults(), new ServerPaneOpener(env),
                new BufferedReader(Reader.nullReader()), false, env.get("GROVE_SOCKET"), env, true);
    }

    /** Opens the repository around {@link #cwd()}. */
    AgentWorktrees open() {
        return AgentWorktrees.open(cwd, worktrees);
    }
}
