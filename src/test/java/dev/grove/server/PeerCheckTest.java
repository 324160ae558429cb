// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerCheckTest {
    @TempDir
    Path tmp;

    @Test
    void onlyTheServersOwnUserMayConnect() {
        assertNull(PeerCheck.refusal("alice", "alice"));
        assertTrue(PeerCheck.refusal("mallory", "alice").contains("user mallory may not connect"));
        assertNotNull(PeerCheck.refusal("root", "alice"));
        assertNotNull(PeerCheck.refusal(null, "alice"));
    }

    @Test
    void peerCredentialsNameTheConnectingUser() throws IOException {
        Path sock = tmp.resolve("s");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(sock));
            try (SocketChannel client = SocketChannel.open(UnixDomainSocketAddress.of(sock));
                 SocketChannel accepted = server.accept()) {
                assertTrue(client.isConnected());
                assertEquals(System.getProperty("user.name"), PeerCheck.peerUser(accepted));
            }
        }
    }
}
