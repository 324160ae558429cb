// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.grove.common.UserError;
import dev.grove.protocol.FrameWriter;
import dev.grove.protocol.Message;
import dev.grove.protocol.Protocol;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The client's side of the handshake. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ServerConnectionTest {
    @TempDir
    Path tmp;

    @Test
    void aRefusalSentBeforeTheHelloWasTakenIsStillReported() throws Exception {
        Path socket = tmp.resolve("s.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            // Refuses at once and closes without reading, as the server does for another user's client.
            CompletableFuture<Void> refuser = CompletableFuture.runAsync(() -> {
                try (SocketChannel peer = server.accept()) {
                    new FrameWriter(peer).write(new Message.Refused("you may not connect", "ask the owner"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            // A Hello bigger than the socket's buffers: writing it fails once the server has closed.
            Message.Hello hello = new Message.Hello(Protocol.VERSION, Message.Purpose.COMMAND, 80, 24, "xterm", "",
                    "/", Map.of("BIG", "x".repeat(4 << 20)), Message.TerminalId.NONE);
            UserError e = assertThrows(UserError.class, () -> ServerConnection.open(socket, hello));
            assertEquals("you may not connect", e.getMessage());
            assertEquals("ask the owner", e.hint());
            refuser.get(10, TimeUnit.SECONDS);
        }
    }
}
