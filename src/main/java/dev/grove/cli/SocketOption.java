// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.client.CommandClient;
import dev.grove.config.StateDirs;
import dev.grove.protocol.Message;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code -S/--socket} option every multiplexer command shares, and how a command finds its
 * server: the given socket, else the repository's server, else the default plain server.
 */
final class SocketOption {
    /** Exit code when no server runs. */
    static final int NO_SERVER = 3;

    @Option(names = {"-S", "--socket"}, paramLabel = "PATH",
            description = "Socket of the server to use (default: the repository's server, else the default one).")
    Path socket;

    /** This option, or {@code parent}'s when this one was not given ({@code grove -S PATH ls}). */
    SocketOption orParent(SocketOption parent) {
        return socket != null || parent == null ? this : parent;
    }

    /** Where the server for this invocation lives. */
    StateDirs dirs() {
        return StateDirs.resolve(socket, cwd(), System.getenv());
    }

    static Path cwd() {
        return Path.of("").toAbsolutePath();
    }

    /**
     * Runs a command in the server and prints its output.
     *
     * @return the command's exit code, or {@link #NO_SERVER}
     */
    int runInServer(List<String> argv, PrintWriter out, PrintWriter err) {
        StateDirs dirs = dirs();
        Map<String, String> env = System.getenv();
        Optional<Message.CommandResult> result = CommandClient.run(dirs.socket(), argv, cwd(), env);
        if (result.isEmpty()) {
            return noServer(dirs, err);
        }
        out.print(result.get().out());
        out.flush();
        err.print(result.get().err().isEmpty() || result.get().err().endsWith("\n")
                ? result.get().err() : result.get().err() + "\n");
        err.flush();
        return result.get().exitCode();
    }

    /** Prints that no server runs for {@code dirs} and returns {@link #NO_SERVER}. */
    static int noServer(StateDirs dirs, PrintWriter err) {
        err.println("error: no grove server running on " + dirs.socket());
        err.println("hint: start one with 'grove'");
        err.flush();
        return NO_SERVER;
    }
}
