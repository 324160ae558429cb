// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.protocol.FrameReader;
import dev.grove.protocol.FrameWriter;
import dev.grove.protocol.Message;
import dev.grove.protocol.Protocol;
import dev.grove.pty.TerminalDevice;
import dev.grove.session.ClientInfo;
import dev.grove.session.CommandOutcome;
import dev.grove.session.SessionEvent;
import dev.grove.session.SessionLoop;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One accepted connection, on its own reader thread: checks the peer and the Hello, then either
 * runs one command or relays an attached client's input and resizes to the session loop as
 * events. Output goes through the client's {@link ClientOutput}. When the server can open the
 * client's terminal itself, a second thread reads the keys from it, and the screen goes to it
 * directly ({@link DirectScreen}); the client then only sends resizes.
 */
final class ClientConnection {
    private static final System.Logger LOG = System.getLogger(ClientConnection.class.getName());
    private static final AtomicInteger NEXT_ID = new AtomicInteger(1);
    private static final UserPrincipal SERVER_USER = PeerCheck.self();

    private final int id = NEXT_ID.getAndIncrement();
    private final SocketChannel channel;
    private final SessionLoop loop;
    private final ClientRegistry registry;
    private final String serverVersion;
    private final FlowControl flow;
    private final Optional<InProcessCommands> inProcess;
    private final FrameWriter writer;
    private ClientOutput output;
    /** The client's terminal when the server uses it directly, else null. */
    private TerminalDevice terminal;
    /** The socket in non-blocking mode once the client is attached, else null. */
    private ClientSocket socket;
    /** Set by the session loop: where typed keys may go without it, or null. */
    private volatile DirectInput directInput;
    /** Input events posted to the loop and not yet handled there. */
    private final AtomicInteger inputsQueued = new AtomicInteger();
    /** Set when keys went directly to a pane; the loop takes it at its next turn (no need to wake it). */
    private final AtomicBoolean typedDirectly = new AtomicBoolean();

    ClientConnection(SocketChannel channel, SessionLoop loop, ClientRegistry registry, String serverVersion,
                     FlowControl flow, Optional<InProcessCommands> inProcess) {
        this.channel = channel;
        this.loop = loop;
        this.registry = registry;
        this.serverVersion = serverVersion;
        this.flow = flow;
        this.inProcess = inProcess;
        this.writer = new FrameWriter(channel);
    }

    int id() {
        return id;
    }

    ClientOutput output() {
        return output;
    }

    /** Starts the reader thread. */
    void start() {
        Thread t = new Thread(this::serve, "client-reader-" + id);
        t.setDaemon(true);
        t.start();
    }

    private void serve() {
        try {
            String refusal = PeerCheck.refusal(PeerCheck.peer(channel), SERVER_USER);
            if (refusal != null) {
                LOG.log(System.Logger.Level.WARNING, "refused connection: " + refusal);
                writer.write(new Message.Refused(refusal, ""));
                return;
            }
            FrameReader reader = new FrameReader(channel);
            Message first = reader.read();
            if (!(first instanceof Message.Hello)) {
                return;
            }
            Message.Hello hello = (Message.Hello) first;
            if (hello.version() != Protocol.VERSION) {
                writer.write(new Message.Refused("this grove client speaks protocol " + hello.version()
                        + " but the running server (grove " + serverVersion + ") speaks " + Protocol.VERSION,
                        "detach other clients and run 'grove kill-server', then start grove again"));
                return;
            }
            if (hello.purpose() != Message.Purpose.COMMAND) {
                terminal = openTerminal(hello.terminal());
            }
            writer.write(new Message.Welcome(serverVersion, terminal != null));
            if (hello.purpose() == Message.Purpose.COMMAND) {
                runCommand(reader, info(hello));
            } else {
                relay(hello, reader);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "client " + id + " connection ended: " + e);
        } finally {
            if (output == null) {
                close();
            }
        }
    }

    private void runCommand(FrameReader reader, ClientInfo caller) throws IOException {
        Message m = reader.read();
        if (!(m instanceof Message.Command)) {
            return;
        }
        List<String> argv = ((Message.Command) m).argv();
        CommandOutcome outcome;
        if (!argv.isEmpty() && argv.get(0).equals(InProcessCommands.COMMAND)) {
            outcome = runInProcess(argv.subList(1, argv.size()), caller);
        } else {
            CompletableFuture<CommandOutcome> done = new CompletableFuture<>();
            loop.post(new SessionEvent.CommandRequested(argv, caller, done::complete));
            outcome = done.join();
        }
        writer.write(new Message.CommandResult(outcome.exitCode(), outcome.out(), outcome.err()));
    }

    /** A whole command line on this thread: it may take seconds (git), so never on the loop. */
    private CommandOutcome runInProcess(List<String> argv, ClientInfo caller) {
        if (inProcess.isEmpty()) {
            return new CommandOutcome(InProcessCommands.RUN_IN_CALLER, "", "");
        }
        String line = "'grove " + String.join(" ", argv) + "'";
        long start = System.nanoTime();
        try {
            CommandOutcome outcome = inProcess.get().run(argv, caller);
            LOG.log(System.Logger.Level.INFO, outcome.exitCode() == InProcessCommands.RUN_IN_CALLER
                    ? "client " + id + " runs " + line + " itself" : "ran " + line + " for client " + id
                    + " (exit " + outcome.exitCode() + ", " + (System.nanoTime() - start) / 1_000_000 + " ms)");
            return outcome;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "in-process command " + argv + " failed", e);
            return CommandOutcome.failed("error: internal error: " + e + " (details in the server log)");
        }
    }

    /** The client's terminal opened for direct use, or null when the client must relay (it said why in the log). */
    private TerminalDevice openTerminal(Message.TerminalId id) {
        if (id.isNone()) {
            return null;
        }
        try {
            return TerminalDevice.open(id.path(), id.device(), id.inode());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.INFO, "client " + this.id + " relays its terminal: " + e.getMessage());
            return null;
        }
    }

    private void relay(Message.Hello hello, FrameReader handshakeReader) throws IOException {
        channel.setOption(StandardSocketOptions.SO_SNDBUF, 64 * 1024);
        socket = ClientSocket.of(channel);
        FrameReader reader = handshakeReader.continuingOn(socket.blocking());
        output = new ClientOutput(id, terminal == null ? new RelayedScreen(socket) : new DirectScreen(terminal, socket),
                loop, flow);
        registry.add(this);
        output.start();
        loop.post(new SessionEvent.ClientConnected(id, info(hello)));
        if (terminal != null) {
            Thread keys = new Thread(() -> readTerminal(terminal), "client-terminal-" + id);
            keys.setDaemon(true);
            keys.start();
        }
        String reason = "client closed the connection";
        try {
            for (Message m = reader.read(); m != null; m = reader.read()) {
                if (m instanceof Message.Input) {
                    input(((Message.Input) m).bytes());
                } else if (m instanceof Message.Resize) {
                    Message.Resize r = (Message.Resize) m;
                    loop.post(new SessionEvent.ClientResized(id, r.cols(), r.rows()));
                }
            }
        } catch (IOException e) {
            reason = "connection lost: " + e.getMessage();
        }
        loop.post(new SessionEvent.ClientDisconnected(id, reason));
    }

    /** Reads keys from the client's terminal until it is closed or hangs up. */
    private void readTerminal(TerminalDevice device) {
        for (byte[] bytes = device.read(); bytes != null; bytes = device.read()) {
            input(bytes);
        }
        if (device.isOpen()) {
            loop.post(new SessionEvent.ClientDisconnected(id, "terminal hung up"));
        }
    }

    /**
     * Writes typed keys straight to the focused pane when the loop allows it and has handled all
     * earlier input of this client; otherwise hands them to the loop.
     */
    private void input(byte[] bytes) {
        DirectInput direct = inputsQueued.get() == 0 ? directInput : null;
        if (direct != null && direct.offer(bytes)) {
            typedDirectly.set(true);
            return;
        }
        inputsQueued.incrementAndGet();
        loop.post(new SessionEvent.ClientInput(id, bytes));
    }

    /** Session loop: true once after keys went directly to a pane (the client was active). */
    boolean takeTypedDirectly() {
        return typedDirectly.getAndSet(false);
    }

    /** Session loop: where this client's typed keys may go directly from now on, or null for nowhere. */
    void allowDirectInput(DirectInput direct) {
        directInput = direct;
    }

    /** The direct route as last allowed (session loop). */
    DirectInput directInput() {
        return directInput;
    }

    /**
     * Session loop: handles one input event of this client through {@code handler}; the direct
     * route is withdrawn first, so keys typed meanwhile wait for the loop.
     */
    void handleInput(Runnable handler) {
        directInput = null;
        try {
            handler.run();
        } finally {
            inputsQueued.decrementAndGet();
        }
    }

    private static ClientInfo info(Message.Hello h) {
        return new ClientInfo(h.cols(), h.rows(), h.term(), h.colorTerm(),
                h.purpose() == Message.Purpose.ATTACH_READ_ONLY, Path.of(h.cwd().isEmpty() ? "/" : h.cwd()),
                Map.copyOf(h.env()));
    }

    /** Closes the socket; the reader and writer threads end. */
    void close() {
        if (output != null) {
            output.close();
        }
        registry.remove(id);
        if (terminal != null) {
            terminal.close();
        }
        try {
            if (socket != null) {
                socket.close();
            } else {
                channel.close();
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing client " + id + ": " + e);
        }
    }
}
