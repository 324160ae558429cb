// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.client;

import dev.grove.common.UserError;
import dev.grove.protocol.FrameReader;
import dev.grove.protocol.FrameWriter;
import dev.grove.protocol.Message;
import dev.grove.protocol.ProtocolException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A connection to a running server after a successful handshake. Reading and writing may happen
 * on different threads (one reader, any number of writers).
 */
public final class ServerConnection implements AutoCloseable {
    private final SocketChannel channel;
    private final FrameReader reader;
    private final FrameWriter writer;
    private final Message.Welcome welcome;

    private ServerConnection(SocketChannel channel, FrameReader reader, Message.Welcome welcome) {
        this.channel = channel;
        this.reader = reader;
        this.writer = new FrameWriter(channel);
        this.welcome = welcome;
    }

    /**
     * Connects to the server on {@code socket} and sends {@code hello}.
     *
     * @return empty when no server listens there (no socket file, or a stale one)
     * @throws UserError when the server refuses the connection (another version, another user),
     *     the socket may not be used, or the answer is not grove's protocol
     */
    public static Optional<ServerConnection> open(Path socket, Message.Hello hello) {
        SocketChannel channel = connect(socket).orElse(null);
        if (channel == null) {
            return Optional.empty();
        }
        try {
            IOException unsent = null;
            try {
                new FrameWriter(channel).write(hello);
            } catch (IOException e) {
                // A server refusing a peer answers before reading the Hello and closes: its answer
                // may still be there to read.
                unsent = e;
            }
            Message answer;
            FrameReader reader = new FrameReader(channel);
            try {
                answer = reader.read();
            } catch (IOException e) {
                throw unsent != null ? unsent : e;
            }
            if (answer instanceof Message.Welcome && unsent == null) {
                return Optional.of(new ServerConnection(channel, reader, (Message.Welcome) answer));
            }
            closeQuietly(channel);
            if (answer instanceof Message.Refused) {
                Message.Refused r = (Message.Refused) answer;
                throw new UserError(r.message(), r.hint().isEmpty() ? null : r.hint());
            }
            if (unsent != null) {
                throw unsent;
            }
            throw new UserError("the server on " + socket + " did not answer the handshake",
                    "run 'grove kill-server -S " + socket + "' and start again");
        } catch (ProtocolException e) {
            closeQuietly(channel);
            throw new UserError("the server on " + socket + " answered in a protocol this grove does not speak ("
                    + e.getMessage() + ")", "stop it with the grove version that started it ('grove kill-server'), "
                    + "then start grove again");
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UserError("lost the connection to the server on " + socket + " during the handshake: "
                    + e.getMessage(), "see the server log; 'grove kill-server' stops a broken server");
        }
    }

    /** A connected channel, or empty when nothing listens on {@code socket}. */
    static Optional<SocketChannel> connect(Path socket) {
        if (!Files.exists(socket)) {
            return Optional.empty();
        }
        SocketChannel channel = null;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
            return Optional.of(channel);
        } catch (ConnectException | NoSuchFileException e) {
            closeQuietly(channel);
            return Optional.empty();
        } catch (IOException e) {
            closeQuietly(channel);
            if (!Files.exists(socket)) {
                // Removed between the look and the connect (a starting server replacing a stale
                // socket): Java reports that as a plain SocketException, not NoSuchFileException.
                return Optional.empty();
            }
            throw new UserError("cannot connect to the grove server on " + socket + ": " + e.getMessage(),
                    "a server belongs to the user who started it; use your own (the default socket, or -S PATH)");
        }
    }

    public Message read() throws IOException {
        return reader.read();
    }

    public void write(Message message) throws IOException {
        writer.write(message);
    }

    public String serverVersion() {
        return welcome.serverVersion();
    }

    /** Whether the server reads and writes this client's terminal itself (see {@link Message.Welcome}). */
    public boolean serverReadsTerminal() {
        return welcome.readsTerminal();
    }

    @Override
    public void close() {
        closeQuietly(channel);
    }

    private static void closeQuietly(SocketChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            System.getLogger(ServerConnection.class.getName()).log(System.Logger.Level.DEBUG, "close: " + e);
        }
    }
}
