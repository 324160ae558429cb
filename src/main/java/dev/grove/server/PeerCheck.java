// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * Decides whether a connecting process may talk to this server: only processes of the user the
 * server runs as (from the socket's peer credentials). Root gets no exception, as in tmux's
 * default: a server is private to its user.
 */
final class PeerCheck {
    private PeerCheck() {}

    /** The refusal message, or null when {@code peerUser} may connect to a server run by {@code serverUser}. */
    static String refusal(String peerUser, String serverUser) {
        if (peerUser == null) {
            return "the connecting process's user is unknown";
        }
        if (!peerUser.equals(serverUser)) {
            return "user " + peerUser + " may not connect to the grove server of user " + serverUser;
        }
        return null;
    }

    /** The user name of the process on the other end of {@code channel}, or null when unavailable. */
    static String peerUser(SocketChannel channel) {
        try {
            UnixDomainPrincipal p = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
            return p == null ? null : p.user().getName();
        } catch (IOException | UnsupportedOperationException e) {
            System.getLogger(PeerCheck.class.getName()).log(System.Logger.Level.WARNING, "no peer credentials: " + e);
            return null;
        }
    }
}
