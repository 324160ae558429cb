// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.client.CommandClient;
import dev.grove.common.UserError;
import dev.grove.config.StateDirs;
import dev.grove.coord.worktree.AgentLaunch;
import dev.grove.protocol.Message;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Opens an agent's pane in the repository's server, starting the server in the background when
 * none runs. The pane inherits the caller's environment plus the agent's {@code GROVE_*} and
 * leased variables.
 */
final class ServerPaneOpener implements PaneOpener {
    private final Map<String, String> callerEnv;

    /** Panes get {@code callerEnv}, the environment of whoever asked for them. */
    ServerPaneOpener(Map<String, String> callerEnv) {
        this.callerEnv = Map.copyOf(callerEnv);
    }

    @Override
    public boolean resumeLost(Path dir, String name) {
        return ServerPanes.ofRepository(dir, callerEnv).resumeIfLost(name);
    }

    @Override
    public void open(AgentLaunch launch, boolean focus) {
        Map<String, String> env = new HashMap<>(callerEnv);
        env.putAll(launch.env());
        StateDirs dirs = StateDirs.resolve(null, launch.worktree(), env);
        ServerStart.ensureRunning(dirs, List.of("--empty"), 80, 24);
        List<String> argv = new ArrayList<>(List.of("new", launch.name()));
        if (!focus) {
            argv.add("--no-focus");
        }
        argv.addAll(List.of("--cwd", launch.worktree().toString(), "--"));
        argv.addAll(launch.command());
        Optional<Message.CommandResult> result = CommandClient.run(dirs.socket(), argv, launch.worktree(), env);
        if (result.isEmpty()) {
            throw new UserError("the grove server for " + launch.worktree() + " did not answer",
                    "the worktree is ready; open it later with 'grove restore' or check the server log");
        }
        if (result.get().exitCode() != 0) {
            throw new UserError("the server could not open the pane of " + launch.name() + ": "
                    + result.get().err().strip(), "the worktree is ready in " + launch.worktree());
        }
    }
}
