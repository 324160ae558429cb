// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.client.CommandClient;
import dev.grove.config.RepoDirs;
import dev.grove.config.StateDirs;
import dev.grove.protocol.Message;
import dev.grove.server.InProcessCommands;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The caller's side of {@link InServerCommands}: {@code grove new} in a repository whose server
 * runs is handed to that server, which creates the worktree in its warm JVM, so this process
 * needs neither the command-line parser nor the git libraries. Anything it cannot hand over (no
 * server, another socket, a plain pane, options with their own flow, a command that needs this
 * terminal) runs here as usual.
 */
final class NewViaServer {
    /** Options before {@code --} that keep the command in this process. */
    private static final Set<String> RUN_HERE = Set.of("-S", "--socket", "--cwd", "--best-of", "--after", "-h",
            "--help", "-V", "--version");

    private NewViaServer() {}

    /** The command's exit code when the server ran it; empty when it is to run here. */
    static OptionalInt tryRun(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length == 0 || !InServerCommands.RUNS.contains(args[0]) || mustRunHere(args)) {
            return OptionalInt.empty();
        }
        Path cwd = Path.of("").toAbsolutePath();
        Optional<RepoDirs> repo = RepoDirs.find(cwd);
        if (repo.isEmpty()) {
            return OptionalInt.empty();
        }
        Map<String, String> env = System.getenv();
        List<String> argv = new ArrayList<>(List.of(InProcessCommands.COMMAND));
        argv.addAll(List.of(args));
        Optional<Message.CommandResult> result = CommandClient.run(StateDirs.forRepository(repo.get(), env).socket(),
                argv, cwd, env);
        if (result.isEmpty() || result.get().exitCode() == InProcessCommands.RUN_IN_CALLER) {
            return OptionalInt.empty();
        }
        err.print(result.get().err()); // progress lines came first
        err.flush();
        out.print(result.get().out());
        out.flush();
        return OptionalInt.of(result.get().exitCode());
    }

    private static boolean mustRunHere(String[] args) {
        for (String a : args) {
            if (a.equals("--")) {
                return false;
            }
            String option = a.startsWith("--") && a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (RUN_HERE.contains(option) || a.startsWith("-S")) {
                return true;
            }
        }
        return false;
    }
}
