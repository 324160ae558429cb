// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.client.CommandClient;
import dev.grove.common.UserError;
import dev.grove.config.Json;
import dev.grove.config.RepoDirs;
import dev.grove.config.StateDirs;
import dev.grove.protocol.Message;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The panes of a repository's server, by name, through its commands: what {@code ls --json}
 * says about one, opening one, starting again one whose process was lost when the server
 * stopped. Every call is one connection; safe from any thread.
 */
final class ServerPanes {
    /** What {@code ls --json} says about one pane. */
    record PaneState(String name, String status, boolean interrupted) {
        boolean running() {
            return status.equals("Running");
        }
    }

    private final StateDirs dirs;
    private final Path cwd;
    private final Map<String, String> env;

    private ServerPanes(StateDirs dirs, Path cwd, Map<String, String> env) {
        this.dirs = dirs;
        this.cwd = cwd;
        this.env = env;
    }

    /** The server of the repository around {@code dir}, asked with environment {@code env}. */
    static ServerPanes ofRepository(Path dir, Map<String, String> env) {
        RepoDirs repo = RepoDirs.find(dir).orElseThrow(() -> new UserError(dir + " is not in a git repository"));
        return new ServerPanes(StateDirs.forRepository(repo, env), dir, env);
    }

    StateDirs dirs() {
        return dirs;
    }

    /** Starts the server when none runs. */
    void ensureServer() {
        ServerStart.ensureRunning(dirs, List.of("--empty"), 80, 24);
    }

    /** The pane called {@code name}; empty when there is none or no server runs. */
    Optional<PaneState> pane(String name) {
        Optional<Message.CommandResult> ls = CommandClient.run(dirs.socket(), List.of("ls", "--json"), cwd, env);
        if (ls.isEmpty() || ls.get().exitCode() != 0) {
            return Optional.empty();
        }
        Map<?, ?> info = Json.parse(ls.get().out(), "grove ls --json", Map.class);
        for (Object o : (List<?>) info.get("panes")) {
            Map<?, ?> p = (Map<?, ?>) o;
            if (name.equals(p.get("name"))) {
                return Optional.of(new PaneState(name, String.valueOf(p.get("status")),
                        Boolean.TRUE.equals(p.get("interrupted"))));
            }
        }
        return Optional.empty();
    }

    /** Opens pane {@code name} running {@code command} in {@code dir}, focused. */
    void open(String name, Path dir, List<String> command) {
        List<String> argv = new ArrayList<>(List.of("new", name, "--cwd", dir.toString(), "--"));
        argv.addAll(command);
        run(argv);
    }

    /** Starts pane {@code name}'s command again (its process ended or was lost with a server). */
    void restart(String name) {
        run(List.of("restart", name));
    }

    /** Starts pane {@code name} again when its process was lost when the server stopped; false when it was not. */
    boolean resumeIfLost(String name) {
        if (pane(name).map(PaneState::interrupted).orElse(false)) {
            restart(name);
            return true;
        }
        return false;
    }

    private void run(List<String> argv) {
        Message.CommandResult r = CommandClient.run(dirs.socket(), argv, cwd, env)
                .orElseThrow(() -> new UserError("the grove server of " + cwd + " did not answer",
                        "see its log: " + dirs.serverLog()));
        if (r.exitCode() != 0) {
            throw new UserError("the grove server refused '" + String.join(" ", argv.subList(0, 2)) + "': "
                    + r.err().strip());
        }
    }
}
