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
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerCheckTest {
    @TempDir
    Path tmp;

    @Test
    void onlyTheServersOwnUserMayConnect() throws IOException {
        UserPrincipal me = PeerCheck.self();
        UserPrincipal other = FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        assertNull(PeerCheck.refusal(me, me));
        assertTrue(PeerCheck.refusal(other, me).contains("user " + other.getName() + " may not connect"));
        assertNotNull(PeerCheck.refusal(null, me));
    }

    @Test
    void peerCredentialsNameTheConnectingUser() throws IOException {
        Path sock = tmp.resolve("s");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(sock));
            try (SocketChannel client = SocketChannel.open(UnixDomainSocketAddress.of(sock));
                 SocketChannel accepted = server.accept()) {
                assertTrue(client.isConnected());
                assertEquals(PeerCheck.self(), PeerCheck.peer(accepted));
            }
        }
    }
}
