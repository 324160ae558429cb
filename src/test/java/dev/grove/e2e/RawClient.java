// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.e2e;

import dev.grove.protocol.FrameReader;
import dev.grove.protocol.FrameWriter;
import dev.grove.protocol.Message;
import dev.grove.protocol.Protocol;
import dev.grove.term.Emulator;
import dev.grove.term.ReplySink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A client that speaks the wire protocol directly from the test, with no terminal: it can attach
 * and keep every byte the server sends (also fed into grove's emulator, to read the screen), send
 * input, stop reading on purpose, send half a frame, or greet the server as another version.
 * A reader thread collects output once {@link #startReading} is called.
 */
final class RawClient implements AutoCloseable {
    private static final long WAIT_MILLIS = 20_000;

    private final SocketChannel channel;
    private final FrameWriter writer;
    private final FrameReader reader;
    /** Bytes of output kept by a counting client: the most recent ones, for searching. */
    private static final int WINDOW = 256 * 1024;

    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private boolean keepAll = true;
    /** Bytes received in all, also those no longer kept. */
    private long total;
    private long frames;
    private final Emulator terminal;
    private volatile String detachReason;
    private volatile boolean ended;
    private Thread thread;

    private RawClient(SocketChannel channel, int cols, int rows) {
        this.channel = channel;
        this.writer = new FrameWriter(channel);
        this.reader = new FrameReader(channel);
        this.terminal = new Emulator(cols, rows, 0, ReplySink.NONE);
    }

    /** Connects to {@code socket} without greeting; {@code receiveBuffer} bytes of socket buffer when positive. */
    static RawClient connect(Path socket, int cols, int rows, int receiveBuffer) {
        try {
            SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
            if (receiveBuffer > 0) {
                ch.setOption(StandardSocketOptions.SO_RCVBUF, receiveBuffer);
            }
            ch.connect(UnixDomainSocketAddress.of(socket));
            return new RawClient(ch, cols, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot connect to " + socket, e);
        }
    }

    /** Connects, says Hello as an attaching client and returns once the server welcomed it. */
    static RawClient attach(Path socket, int cols, int rows, Map<String, String> env) {
        RawClient c = connect(socket, cols, rows, 0);
        Message answer = c.hello(new Message.Hello(Protocol.VERSION, Message.Purpose.ATTACH, cols, rows,
                "xterm-256color", "truecolor", env.getOrDefault("HOME", "/"), env, Message.TerminalId.NONE));
        if (!(answer instanceof Message.Welcome)) {
            throw new AssertionError("the server did not welcome the client: " + answer);
        }
        return c;
    }

    /** Sends {@code hello} and returns the server's answer (null when it closed the connection). */
    Message hello(Message.Hello hello) {
        try {
            writer.write(hello);
            return reader.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next message from the server (null when it closed the connection). */
    Message next() {
        try {
            return reader.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads until the server ends the connection; true when it did (cleanly or with a reset). */
    boolean closedByServer() {
        try {
            for (Message m = reader.read(); m != null; m = reader.read()) {
                if (m instanceof Message.Welcome) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return true;
        }
    }

    /** Starts collecting everything the server sends. */
    RawClient startReading() {
        keepAll = true;
        return start();
    }

    /**
     * Starts reading, keeping only the most recent bytes (for searching) and a count of all: for
     * long runs whose output would not fit in memory. The screen is kept up to date either way.
     */
    RawClient startCounting() {
        keepAll = false;
        return start();
    }

    private RawClient start() {
        thread = new Thread(this::readAll, "raw-client");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    private void readAll() {
        try {
            for (Message m = reader.read(); m != null; m = reader.read()) {
                if (m instanceof Message.Output) {
                    byte[] b = ((Message.Output) m).bytes();
                    keep(b);
                } else if (m instanceof Message.Detached) {
                    detachReason = ((Message.Detached) m).reason();
                }
            }
        } catch (IOException e) {
            detachReason = detachReason == null ? "connection ended: " + e.getMessage() : detachReason;
        }
        synchronized (this) {
            ended = true;
            notifyAll();
        }
    }

    private synchronized void keep(byte[] b) {
        terminal.feed(b);
        total += b.length;
        frames++;
        if (!keepAll && received.size() + b.length > WINDOW) {
            byte[] recent = received.toByteArray();
            int from = Math.max(0, recent.length + b.length - WINDOW / 2);
            received.reset();
            received.write(recent, Math.min(from, recent.length), recent.length - Math.min(from, recent.length));
        }
        received.write(b, 0, b.length);
        notifyAll();
    }

    /** Waits until the screen shows {@code text}; true when it did within {@code millis}. */
    synchronized boolean screenShows(String text, long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (!screen().contains(text)) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || ended) {
                return false;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Sends {@code text} as typed input. */
    void type(String text) {
        send(new Message.Input(text.getBytes(StandardCharsets.UTF_8)));
    }

    void send(Message m) {
        try {
            writer.write(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes raw bytes, e.g. half a frame. */
    void sendRaw(byte[] bytes) {
        try {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every byte of output received so far (the most recent ones for a counting client). */
    synchronized byte[] received() {
        return received.toByteArray();
    }

    /** Output messages (frames) received in all. */
    synchronized long framesReceived() {
        return frames;
    }

    /** Bytes of output received in all. */
    synchronized long receivedCount() {
        return total;
    }

    /** The screen the received output draws, one line per row, trailing blanks trimmed. */
    synchronized String screen() {
        return ScreenText.of(terminal.screen());
    }

    /** Waits until the screen satisfies {@code condition}. */
    String awaitScreen(String what, Predicate<String> condition) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        String last = screen();
        while (System.nanoTime() < deadline) {
            last = screen();
            if (condition.test(last)) {
                return last;
            }
            Poll.pause();
        }
        throw new AssertionError("timed out waiting for " + what + "\n--- last screen ---\n" + last);
    }

    String awaitText(String text) {
        return awaitScreen("'" + text + "'", s -> s.contains(text));
    }

    /** True once the server ended the connection; {@link #detachReason} says why. */
    boolean ended() {
        return ended;
    }

    String detachReason() {
        return detachReason;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
