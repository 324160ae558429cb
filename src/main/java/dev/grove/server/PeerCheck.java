// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * Decides whether a connecting process may talk to this server: only processes of the user the
 * server runs as, from the socket's peer credentials (compared by user id, so it works for users
 * without a name too). Root gets no exception, as in tmux's default: a server is private to its
 * user.
 */
final class PeerCheck {
    private PeerCheck() {}

    /** The refusal message, or null when {@code peer} may connect to a server run by {@code server}. */
    static String refusal(UserPrincipal peer, UserPrincipal server) {
        if (peer == null) {
            return "the connecting process's user is unknown";
        }
        if (!peer.equals(server)) {
            return "user " + peer.getName() + " may not connect to the grove server of user " + server.getName();
        }
        return null;
    }

    /** The user of the process on the other end of {@code channel}, or null when unavailable. */
    static UserPrincipal peer(SocketChannel channel) {
        try {
            UnixDomainPrincipal p = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
            return p == null ? null : p.user();
        } catch (IOException | UnsupportedOperationException e) {
            System.getLogger(PeerCheck.class.getName()).log(System.Logger.Level.WARNING, "no peer credentials: " + e);
            return null;
        }
    }

    /** The user this process runs as (the owner of {@code /proc/self}, its effective user id). */
    static UserPrincipal self() {
        try {
            return Files.getOwner(Path.of("/proc/self"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tell which user this server runs as", e);
        }
    }
}
