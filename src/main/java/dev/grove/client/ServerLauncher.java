// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.client;

import dev.grove.common.UserError;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Starts a detached server from the same Java runtime and class path as this process: in a new
 * session ({@code setsid}), stdin from /dev/null, stdout and stderr appended to the server log,
 * with the caller's environment. Then waits until the server accepts connections.
 */
public final class ServerLauncher {
    /** The server's entry point (a class name, so the client does not load server code). */
    private static final String SERVER_MAIN = "dev.grove.server.ServerMain";
    private static final long START_TIMEOUT_MILLIS = 15_000;
    /**
     * JVM options for the server unless GROVE_SERVER_JAVA_OPTS says otherwise: a small serial heap
     * with a small young generation (fresh memory is expensive to touch, and RSS stays low), and
     * C1 only (a new server must handle a flood at once; C2 would spend more CPU compiling it than
     * its faster code saves). Compile thresholds stay the JVM's; the compile commands file (see
     * {@link #JIT_COMMANDS_PROPERTY}) lowers them for a keystroke's path only.
     */
    private static final String DEFAULT_JAVA_OPTS = "-XX:+UseSerialGC -Xms16m -Xmn8m -XX:MaxHeapFreeRatio=20"
            + " -XX:MinHeapFreeRatio=5 -Xss512k -XX:TieredStopAtLevel=1 -XX:-UsePerfData";
    /** System property: a file of JIT compile commands for the server JVM (the launcher script names its own). */
    static final String JIT_COMMANDS_PROPERTY = "grove.jitCommands";
    /** System property: a class-data-sharing archive for the server JVM (the launcher script records one per build). */
    static final String ARCHIVE_PROPERTY = "grove.serverArchive";
    /** System property: "true" to make the server started now write that archive at exit instead of using it. */
    static final String RECORD_ARCHIVE_PROPERTY = "grove.recordServerArchive";

    private ServerLauncher() {}

    /** True when a server accepts connections on {@code socket}. */
    public static boolean isRunning(Path socket) {
        Optional<SocketChannel> ch = ServerConnection.connect(socket);
        ch.ifPresent(ServerLauncher::close);
        return ch.isPresent();
    }

    /**
     * The process of this user's server on {@code socket}, found by its command line: for a server
     * that cannot be asked to stop because it speaks another protocol version.
     */
    public static Optional<ProcessHandle> findProcess(Path socket) {
        String user = System.getProperty("user.name");
        return ProcessHandle.allProcesses().filter(p -> p.info().user().map(user::equals).orElse(false))
                .filter(p -> servesOn(p.info().arguments().orElse(new String[0]), socket.toString()))
                .findFirst();
    }

    private static boolean servesOn(String[] args, String socket) {
        List<String> words = List.of(args);
        int at = words.indexOf("--socket");
        return words.contains(SERVER_MAIN) && at >= 0 && at + 1 < words.size() && words.get(at + 1).equals(socket);
    }

    /**
     * Starts a server listening on {@code socket} with {@code serverArgs} and waits until it accepts.
     *
     * @throws UserError when it exits or does not come up in time (the log's tail is in the message)
     */
    public static void start(Path socket, Path log, List<String> serverArgs) {
        awaitAccepting(socket, log, spawn(log, serverArgs, false));
    }

    /**
     * Starts a server that is told the terminal's size later ({@link SizeLater#tell}), after its
     * arguments: {@code --size -}. A new JVM takes a while to start, and finding the size takes
     * the client a while too; this way both happen at once.
     */
    public static SizeLater startTellingSizeLater(Path socket, Path log, List<String> serverArgs) {
        List<String> args = new ArrayList<>(serverArgs);
        int end = args.indexOf("--");
        args.addAll(end < 0 ? args.size() : end, List.of("--size", "-"));
        return new SizeLater(socket, log, spawn(log, args, true));
    }

    /** A server started by {@link #startTellingSizeLater}, waiting for the terminal's size on its input. */
    public static final class SizeLater {
        private final Path socket;
        private final Path log;
        private final Process process;

        private SizeLater(Path socket, Path log, Process process) {
            this.socket = socket;
            this.log = log;
            this.process = process;
        }

        /**
         * Gives the server the size and waits until it accepts connections.
         *
         * @throws UserError when it exits or does not come up in time
         */
        public void tell(int cols, int rows) {
            try (OutputStream in = process.getOutputStream()) {
                in.write((cols + "x" + rows + "\n").getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                System.getLogger(ServerLauncher.class.getName()).log(System.Logger.Level.DEBUG, "size not sent: " + e);
            }
            awaitAccepting(socket, log, process);
        }

        /** The size will never come: the server reads the end of its input and stops. */
        public void abandon() {
            try {
                process.getOutputStream().close();
            } catch (IOException e) {
                System.getLogger(ServerLauncher.class.getName()).log(System.Logger.Level.DEBUG, "abandon: " + e);
            }
        }
    }

    private static void awaitAccepting(Path socket, Path log, Process process) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_TIMEOUT_MILLIS);
        while (System.nanoTime() < deadline) {
            Optional<SocketChannel> ch = ServerConnection.connect(socket);
            if (ch.isPresent()) {
                close(ch.get());
                return;
            }
            if (!process.isAlive()) {
                throw new UserError("the server exited at start (status " + process.exitValue() + "): " + tail(log),
                        "the whole log is in " + log);
            }
            pause();
        }
        throw new UserError("the server did not start within " + START_TIMEOUT_MILLIS / 1000 + " s", "see " + log);
    }

    private static Process spawn(Path log, List<String> serverArgs, boolean sizeOnInput) {
        List<String> cmd = new ArrayList<>();
        cmd.add("setsid");
        // The running JVM's own launcher (java.home is read at once; ProcessHandle's info reads /proc).
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String opts = System.getenv().getOrDefault("GROVE_SERVER_JAVA_OPTS", DEFAULT_JAVA_OPTS);
        for (String o : opts.trim().split("\\s+")) {
            if (!o.isEmpty()) {
                cmd.add(o);
            }
        }
        cmd.addAll(jitOptions());
        cmd.addAll(archiveOptions());
        cmd.add("-cp");
        cmd.add(absoluteClassPath());
        cmd.add(SERVER_MAIN);
        cmd.addAll(serverArgs);
        try {
            Files.createDirectories(log.getParent());
            return new ProcessBuilder(cmd)
                    .redirectInput(sizeOnInput ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the grove server", e);
        }
    }

    /** The compile commands file named by {@link #JIT_COMMANDS_PROPERTY}, when it exists. */
    private static List<String> jitOptions() {
        String file = System.getProperty(JIT_COMMANDS_PROPERTY, "");
        if (file.isEmpty() || !Files.isRegularFile(Path.of(file))) {
            return List.of();
        }
        return List.of("-XX:CompileCommandFile=" + file);
    }

    /**
     * The class-data-sharing options for the server: use the archive named by
     * {@link #ARCHIVE_PROPERTY} when it exists (a stale one is skipped without a warning), or
     * record it when {@link #RECORD_ARCHIVE_PROPERTY} is true.
     */
    static List<String> archiveOptions() {
        String archive = System.getProperty(ARCHIVE_PROPERTY, "");
        if (archive.isEmpty()) {
            return List.of();
        }
        if (Boolean.getBoolean(RECORD_ARCHIVE_PROPERTY)) {
            return List.of("-XX:ArchiveClassesAtExit=" + archive);
        }
        if (!Files.isRegularFile(Path.of(archive))) {
            return List.of();
        }
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off,cds+dynamic=off");
    }

    private static String absoluteClassPath() {
        return List.of(System.getProperty("java.class.path").split(File.pathSeparator)).stream()
                .map(p -> Path.of(p).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted while waiting for the server to start");
        }
    }

    private static void close(SocketChannel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            System.getLogger(ServerLauncher.class.getName()).log(System.Logger.Level.DEBUG, "close: " + e);
        }
    }
}
