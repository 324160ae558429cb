// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.e2e;

import dev.grove.client.CommandClient;
import dev.grove.client.ServerLauncher;
import dev.grove.config.RepoDirs;
import dev.grove.config.StateDirs;
import dev.grove.protocol.Message;
import dev.grove.testing.GitRepos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private world for end-to-end tests: HOME, XDG dirs, socket dir and one server socket under a
 * temporary directory, and the environment every grove process of the test gets. Runs CLI
 * commands and starts attached clients in pseudo-terminals ({@link GroveTerminal}). Closing it
 * stops the server and every client it started.
 */
final class GroveEnv implements AutoCloseable {
    /** The prompt of the panes' shell, so tests can wait for it. */
    static final String PROMPT = "grove-test$ ";

    private final Path root;
    private Path socket;
    private final Map<String, String> env = new HashMap<>();
    private final List<GroveTerminal> terminals = new ArrayList<>();
    private final List<Process> servers = new ArrayList<>();

    GroveEnv(Path root) {
        this.root = root;
        this.socket = root.resolve("s.sock");
        try {
            Path run = Files.createDirectories(root.resolve("run"));
            Files.setPosixFilePermissions(run, PosixFilePermissions.fromString("rwx------"));
            Files.createDirectories(root.resolve("home"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("HOME", root.resolve("home").toString());
        env.put("XDG_CONFIG_HOME", root.resolve("config").toString());
        env.put("XDG_STATE_HOME", root.resolve("state").toString());
        env.put("XDG_RUNTIME_DIR", root.resolve("run").toString());
        env.put("GROVE_SOCKET_DIR", root.resolve("sockets").toString());
        env.put("LANG", "C.UTF-8");
        env.put("SHELL", "/bin/sh");
        env.put("PS1", PROMPT);
        env.put("TERM", "xterm-256color");
    }

    /**
     * An environment around a new git repository {@code root/repo} (see {@link GitRepos#init}),
     * with git's identity set and the repository's own server socket in use.
     */
    static GroveEnv inRepository(Path root) {
        GroveEnv env = new GroveEnv(root);
        env.env.putAll(GitRepos.gitEnvironment());
        Path repo = GitRepos.init(root.resolve("repo"));
        env.useSocket(StateDirs.forRepository(RepoDirs.find(repo).orElseThrow(), env.env).socket());
        return env;
    }

    /** The repository of {@link #inRepository}. */
    Path repo() {
        return root.resolve("repo");
    }

    Path root() {
        return root;
    }

    Path socket() {
        return socket;
    }

    /** Uses {@code path} as the server socket from now on (instead of one in the test directory). */
    void useSocket(Path path) {
        socket = path;
    }

    Map<String, String> env() {
        return env;
    }

    /** The java command line that runs grove with {@code args}. */
    List<String> groveCommand(List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "dev.grove.Main"));
        cmd.addAll(args);
        return cmd;
    }

    /**
     * A grove home for the agents of a test, set as their {@code GROVE_HOME}: the real
     * {@code scripts/demo-agent}, and a {@code scripts/grove} that runs this test's classes. The
     * real launcher would build its jar first when the sources are newer (a fresh clone, a
     * checkout), and the demo agent's reports would then land half a minute late.
     */
    Path groveHome() {
        Path home = root.resolve("grove-home");
        Path scripts = home.resolve("scripts");
        try {
            if (!Files.isDirectory(scripts)) {
                Files.createDirectories(scripts);
                Files.createSymbolicLink(scripts.resolve("demo-agent"), Path.of("scripts/demo-agent").toAbsolutePath());
                StringBuilder launcher = new StringBuilder("#!/bin/sh\nexec");
                for (String word : groveCommand(List.of())) {
                    launcher.append(" '").append(word.replace("'", "'\\''")).append('\'');
                }
                Path grove = Files.writeString(scripts.resolve("grove"), launcher.append(" \"$@\"\n").toString());
                Files.setPosixFilePermissions(grove, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up a grove home in " + home, e);
        }
        return home;
    }

    /** Starts an attached client in a pty of the given size: {@code grove -S SOCKET args...}. */
    GroveTerminal attach(int cols, int rows, String... args) {
        List<String> argv = new ArrayList<>(List.of("-S", socket.toString()));
        argv.addAll(List.of(args));
        GroveTerminal t = GroveTerminal.start(this, cols, rows, groveCommand(argv));
        terminals.add(t);
        return t;
    }

    /** The result of a CLI command run without a terminal. */
    record Run(int exitCode, String out, String err) {}

    /** Runs {@code grove -S SOCKET args...} to completion. */
    Run run(String... args) {
        List<String> argv = new ArrayList<>(List.of("-S", socket.toString()));
        argv.addAll(List.of(args));
        return runRaw(argv);
    }

    /** Runs {@code grove args...} to completion, without adding the socket option. */
    Run runRaw(List<String> args) {
        // Run from the private root, never from a repository the tests happen to run in.
        return runIn(root, args);
    }

    /** Runs {@code grove args...} to completion in directory {@code cwd} (a test's repository, say). */
    Run runIn(Path cwd, List<String> args) {
        try {
            ProcessBuilder pb = new ProcessBuilder(groveCommand(args)).directory(cwd.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().clear();
            pb.environment().putAll(env);
            Path out = Files.createTempFile(root, "out", ".txt");
            Path err = Files.createTempFile(root, "err", ".txt");
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("grove " + args + " did not finish within 60 s");
            }
            return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The state directory a server on {@link #socket} uses (as the CLI computes it). */
    Path stateDir() {
        return StateDirs.forSocket(socket, env).stateDir();
    }

    /**
     * Starts a server on {@link #socket} directly (no client, not detached), with this
     * environment, and waits until it accepts connections. The process is returned so tests can
     * kill it; {@link #close} stops it.
     */
    Process startServer(String... serverArgs) {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "dev.grove.server.ServerMain", "--socket", socket.toString(), "--state-dir", stateDir().toString(),
                "--size", "100x30"));
        cmd.addAll(List.of(serverArgs));
        try {
            Files.createDirectories(stateDir());
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(stateDir().resolve("server.log").toFile()))
                    .redirectErrorStream(true);
            pb.environment().clear();
            pb.environment().putAll(env);
            Process p = pb.start();
            servers.add(p);
            Poll.until("the server to accept connections", 30, () -> !p.isAlive() || ServerLauncher.isRunning(socket),
                    this::serverLog);
            if (!p.isAlive()) {
                throw new AssertionError("the server exited at start with status " + p.exitValue() + "\n" + serverLog());
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a server command from this process (faster than {@link #run}, which starts a JVM). */
    Message.CommandResult command(String... argv) {
        return CommandClient.run(socket, List.of(argv), root, env)
                .orElseThrow(() -> new AssertionError("no server on " + socket + "\n" + serverLog()));
    }

    /** The server's log (empty when it has none yet). */
    String serverLog() {
        try (Stream<Path> files = Files.walk(root.resolve("state"))) {
            StringBuilder sb = new StringBuilder();
            for (Path p : files.filter(f -> f.getFileName().toString().equals("server.log")).toList()) {
                sb.append(Files.readString(p, StandardCharsets.UTF_8));
            }
            return sb.toString();
        } catch (IOException e) {
            return "(no server log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        for (GroveTerminal t : terminals) {
            t.close();
        }
        if (ServerLauncher.isRunning(socket)) {
            // A server the command line started in the background: wait until it is gone, so it
            // writes nothing more into the test's directory while that is being deleted.
            Optional<ProcessHandle> background = ServerLauncher.findProcess(socket);
            CommandClient.run(socket, List.of("kill-server"), root, env);
            background.ifPresent(p -> p.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(t -> p).join());
        }
        for (Process p : servers) {
            try {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }
}
