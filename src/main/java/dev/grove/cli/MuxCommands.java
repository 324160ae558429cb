// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.client.AttachClient;
import dev.grove.client.CommandClient;
import dev.grove.client.ServerLauncher;
import dev.grove.common.UserError;
import dev.grove.config.SocketDirs;
import dev.grove.config.StateDirs;
import dev.grove.protocol.Message;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The multiplexer's subcommands: attach, detach, ls, kill-server, new, send. Each talks to a server. */
final class MuxCommands {
    private MuxCommands() {}

    @Command(name = "attach", description = "Attach this terminal to a running server.")
    static final class Attach extends ServerSubcommand {
        @Option(names = "--read-only", description = "Watch only: see everything, type nothing (the detach key still works).")
        boolean readOnly;

        @Override
        public Integer call() {
            return attach(socket().dirs(), readOnly, err());
        }

        /**
         * {@code grove [-S PATH] attach [--read-only]} recognised without picocli, whose start-up
         * would be a good part of an attach's (see {@link PlainAttach}); empty for any other form.
         */
        static Optional<Integer> runWithoutPicocli(String[] args, PrintWriter err) {
            List<String> words = List.of(args);
            int at = words.indexOf("attach");
            boolean socketFirst = at == 2 && (words.get(0).equals("-S") || words.get(0).equals("--socket"));
            boolean readOnly = words.size() == at + 2 && words.get(at + 1).equals("--read-only");
            if ((at != 0 && !socketFirst) || (words.size() != at + 1 && !readOnly)) {
                return Optional.empty();
            }
            Path socket = socketFirst ? Path.of(words.get(1)) : null;
            return Optional.of(attach(StateDirs.resolve(socket, SocketOption.cwd(), System.getenv()), readOnly, err));
        }

        private static int attach(StateDirs dirs, boolean readOnly, PrintWriter err) {
            if (!ServerLauncher.isRunning(dirs.socket())) {
                return SocketOption.noServer(dirs, err);
            }
            return new AttachClient(dirs.socket(), System.err).run(
                    readOnly ? Message.Purpose.ATTACH_READ_ONLY : Message.Purpose.ATTACH,
                    SocketOption.cwd(), System.getenv(), null);
        }
    }

    @Command(name = "detach", description = "Detach every client attached to the server.")
    static final class Detach extends ServerSubcommand {

        @Override
        public Integer call() {
            return socket().runInServer(List.of("detach"), out(), err());
        }
    }

    @Command(name = "kill-server", description = "Stop the server and every process in its panes.")
    static final class KillServer extends ServerSubcommand {

        @Override
        public Integer call() {
            try {
                return socket().runInServer(List.of("kill-server"), out(), err());
            } catch (UserError refused) {
                // A server of another protocol version refuses every command, this one included.
                Path sock = socket().dirs().socket();
                ProcessHandle server = ServerLauncher.findProcess(sock).orElseThrow(() -> refused);
                server.destroy();
                server.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(t -> server).join();
                if (server.isAlive()) {
                    throw new UserError("the grove server on " + sock + " (pid " + server.pid()
                            + ") did not stop within 10 s", "kill -9 " + server.pid());
                }
                out().println("stopped the grove server on " + sock + " (pid " + server.pid() + "): "
                        + refused.getMessage());
                return 0;
            }
        }
    }

    @Command(name = "send", description = "Type TEXT (then Enter) into a pane, or into every running agent with --all.")
    static final class Send extends ServerSubcommand {
        @Option(names = "--all", description = "Send to every running agent (every running pane on a server without agents).")
        boolean all;
        @Option(names = "--no-enter", description = "Do not press Enter after the text.")
        boolean noEnter;
        @Parameters(arity = "1..*", paramLabel = "NAME TEXT", description = "Pane name (unless --all), then the text.")
        List<String> words = new ArrayList<>();

        @Override
        public Integer call() {
            List<String> argv = new ArrayList<>(List.of("send"));
            if (all) {
                argv.add("--all");
            }
            if (noEnter) {
                argv.add("--no-enter");
            }
            argv.addAll(words);
            return socket().runInServer(argv, out(), err());
        }
    }

    @Command(name = "ls", description = "List servers with their panes and attached clients.")
    static final class Ls extends ServerSubcommand {
        @Option(names = "--json", description = "Print JSON (an array with one object per server).")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = out();
            List<Path> sockets = socket().socket != null ? List.of(socket().dirs().socket()) : allSockets();
            List<String> parts = new ArrayList<>();
            for (Path s : sockets) {
                Optional<Message.CommandResult> r = CommandClient.run(s, json ? List.of("ls", "--json") : List.of("ls"),
                        SocketOption.cwd(), System.getenv());
                r.ifPresent(result -> parts.add(result.out().strip()));
            }
            if (json) {
                out.println("[" + String.join(",\n", parts) + "]");
            } else if (parts.isEmpty()) {
                out.println("no grove servers running");
            } else {
                parts.forEach(out::println);
            }
            out.flush();
            return 0;
        }

        private static List<Path> allSockets() {
            Path dir = SocketDirs.privateDir(System.getenv());
            try (Stream<Path> files = Files.list(dir)) {
                return files.sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        }
    }

}
