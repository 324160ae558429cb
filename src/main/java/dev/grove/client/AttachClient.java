// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.client;

import dev.grove.common.UserError;
import dev.grove.protocol.Message;
import dev.grove.protocol.Protocol;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import sun.misc.Signal;

/**
 * The thin attached client: puts the terminal in raw mode, sends resizes to the server, and
 * restores the terminal on every way out (detach, server gone, error, SIGTERM, SIGHUP). The
 * server normally reads and writes the terminal itself (the client names it in its Hello); when
 * it cannot, or {@code GROVE_DIRECT_TERMINAL=0} is set, the client relays input bytes to the
 * server and writes what the server sends. Threads: the calling thread reads from the server,
 * one daemon thread reads the keyboard when relaying, SIGWINCH handlers send resizes.
 */
public final class AttachClient {
    /**
     * Alternate screen and bracketed paste on, and xterm's modifyOtherKeys at level 1: the
     * terminal then tells apart modified keys that would otherwise send the same bytes as plain
     * ones (Shift-Enter, Ctrl-Enter), which grove passes on to panes that ask for them. Level 1
     * leaves keys with a well-known meaning (Ctrl-letters, the prefix key) as they are; terminals
     * without the mode ignore the request.
     */
    private static final String ENTER = "\033[?1049h\033[?2004h\033[>4;1m";
    /** Every mode the server or client may have turned on, off again; cursor shown; main screen back. */
    private static final String LEAVE = "\033[?1000l\033[?1002l\033[?1003l\033[?1006l\033[?1015l\033[?2004l"
            + "\033[?1004l\033[>4;0m\033[0m\033[?25h\033[2 q\033[?1049l";

    private final Path socket;
    private final PrintStream err;

    public AttachClient(Path socket, PrintStream err) {
        this.socket = socket;
        this.err = err;
    }

    /** Starts a server when none runs yet; it learns the terminal's size once the client knows it. */
    @FunctionalInterface
    public interface ServerStarter {
        /** Starts one, or returns null when one already runs. */
        ServerLauncher.SizeLater start();
    }

    /**
     * Attaches until detached or the server goes away. With a {@code starter}, a server is
     * started first when none runs, while the terminal is put in raw mode (so keys typed
     * meanwhile are kept).
     *
     * @return the process exit code: 0 after a detach, 1 when the server went away
     * @throws UserError when no server runs on the socket or it refuses this client
     */
    public int run(Message.Purpose purpose, Path cwd, Map<String, String> env, ServerStarter starter) {
        String inside = env.get("GROVE_SOCKET");
        if (inside != null && Path.of(inside).toAbsolutePath().normalize().equals(socket.toAbsolutePath().normalize())) {
            throw new UserError("this terminal is a pane of the grove server it would attach to (" + socket + ")",
                    "attach from another terminal; inside a pane, 'grove ls' and the other commands work");
        }
        LocalTerminal.require();
        ServerLauncher.SizeLater starting = starter == null ? null : starter.start();
        LocalTerminal terminal;
        try {
            terminal = LocalTerminal.enterRaw();
        } catch (RuntimeException e) {
            if (starting != null) {
                starting.abandon();
            }
            throw e;
        }
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        Thread restoreHook = new Thread(() -> leave(terminal, stdout), "restore-terminal");
        Runtime.getRuntime().addShutdownHook(restoreHook);
        String outcome;
        int exitCode;
        try {
            int[] size = terminal.initialSize();
            if (starting != null) {
                starting.tell(size[0], size[1]);
            }
            Message.TerminalId shared = "0".equals(env.get("GROVE_DIRECT_TERMINAL"))
                    ? Message.TerminalId.NONE : LocalTerminal.shared();
            Message.Hello hello = new Message.Hello(Protocol.VERSION, purpose, size[0], size[1],
                    env.getOrDefault("TERM", ""), env.getOrDefault("COLORTERM", ""), cwd.toString(), env, shared);
            // Before the Hello: a server writing to the terminal itself may send its first frame at once.
            write(stdout, ENTER);
            ServerConnection conn = ServerConnection.open(socket, hello)
                    .orElseThrow(() -> new UserError("no server running on " + socket, "start one with 'grove'"));
            try (conn) {
                if (!conn.serverReadsTerminal()) {
                    startKeyboardRelay(conn);
                }
                Signal.handle(new Signal("WINCH"), s -> sendSize(conn));
                String reason = relayOutput(conn, stdout);
                outcome = reason == null ? "grove: the server exited or the connection was lost" : reason;
                exitCode = reason == null ? 1 : 0;
            }
        } finally {
            leave(terminal, stdout);
            Runtime.getRuntime().removeShutdownHook(restoreHook);
        }
        err.println(outcome);
        return exitCode;
    }

    /** Copies server output to the terminal; returns the detach reason, or null when the server went away. */
    private static String relayOutput(ServerConnection conn, OutputStream stdout) {
        try {
            for (Message m = conn.read(); m != null; m = conn.read()) {
                if (m instanceof Message.Output) {
                    stdout.write(((Message.Output) m).bytes());
                    stdout.flush();
                } else if (m instanceof Message.Detached) {
                    return ((Message.Detached) m).reason();
                }
            }
        } catch (IOException e) {
            System.getLogger(AttachClient.class.getName()).log(System.Logger.Level.DEBUG, "connection ended: " + e);
        }
        return null;
    }

    private static void startKeyboardRelay(ServerConnection conn) {
        Thread t = new Thread(() -> relayKeyboard(conn), "keyboard");
        t.setDaemon(true);
        t.start();
    }

    private static void relayKeyboard(ServerConnection conn) {
        InputStream in = new FileInputStream(FileDescriptor.in);
        byte[] buf = new byte[16 * 1024];
        try {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                if (n > 0) {
                    conn.write(new Message.Input(Arrays.copyOf(buf, n)));
                }
            }
            // The terminal is gone (hang-up): leave like a detach would.
            conn.close();
        } catch (IOException e) {
            // The server side closed; the output relay notices and reports it.
            System.getLogger(AttachClient.class.getName()).log(System.Logger.Level.DEBUG, "keyboard relay ended: " + e);
        }
    }

    private static void sendSize(ServerConnection conn) {
        int[] size = LocalTerminal.size();
        try {
            conn.write(new Message.Resize(size[0], size[1]));
        } catch (IOException e) {
            System.getLogger(AttachClient.class.getName()).log(System.Logger.Level.DEBUG, "resize not sent: " + e);
        }
    }

    private static void leave(LocalTerminal terminal, OutputStream stdout) {
        write(stdout, LEAVE);
        terminal.restore();
    }

    private static void write(OutputStream stdout, String sequence) {
        try {
            stdout.write(sequence.getBytes(StandardCharsets.US_ASCII));
            stdout.flush();
        } catch (IOException e) {
            System.getLogger(AttachClient.class.getName()).log(System.Logger.Level.DEBUG, "terminal gone: " + e);
        }
    }
}
