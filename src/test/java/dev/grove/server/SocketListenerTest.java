// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.common.UserError;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SocketListenerTest {
    @TempDir
    Path tmp;

    @Test
    void aStaleSocketIsReplaced() throws IOException {
        Path sock = tmp.resolve("stale");
        ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        dead.bind(UnixDomainSocketAddress.of(sock));
        dead.close();
        assertTrue(Files.exists(sock), "closing a channel leaves its socket file behind");
        try (SocketListener listener = SocketListener.bind(sock);
             SocketChannel client = SocketChannel.open(UnixDomainSocketAddress.of(sock))) {
            assertTrue(client.isConnected());
            assertTrue(listener.path().equals(sock));
        }
        assertFalse(Files.exists(sock), "the socket file is removed on close");
    }

    @Test
    void aLiveServerIsNeverReplaced() throws IOException {
        Path sock = tmp.resolve("live");
        try (SocketListener first = SocketListener.bind(sock)) {
            UserError e = assertThrows(UserError.class, () -> SocketListener.bind(sock));
            assertTrue(e.getMessage().contains("already running"));
            assertTrue(Files.exists(first.path()));
        }
    }

    @Test
    void theSocketAppearsOwnerOnlyAndNothingElseIsLeftBeside() throws IOException {
        Path sock = tmp.resolve("owner-only");
        try (SocketListener listener = SocketListener.bind(sock); Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(sock), files.toList());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(sock)));
        }
    }
}
