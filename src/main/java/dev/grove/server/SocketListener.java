// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.common.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Consumer;

/**
 * The server's Unix socket. Binding replaces a stale socket file (one nobody accepts on) and
 * refuses to start a second server on a live one; the socket file is made readable and writable
 * by its owner only (connecting needs write access), also where {@code -S} puts it in a shared
 * directory. Accepts on its own thread and hands each
 * connection to a callback; the socket file is deleted on {@link #close}.
 */
final class SocketListener implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SocketListener.class.getName());

    private final Path path;
    private final ServerSocketChannel server;

    private SocketListener(Path path, ServerSocketChannel server) {
        this.path = path;
        this.server = server;
    }

    /**
     * Binds {@code path}.
     *
     * @throws UserError when another server already listens there
     */
    static SocketListener bind(Path path) {
        try {
            if (Files.exists(path) && !removeIfStale(path)) {
                throw new UserError("a grove server is already running on " + path, "attach to it with 'grove attach'");
            }
            // Bound under a private name, restricted, then linked into place: no client ever sees
            // the socket with the umask's mode, and the link fails if another server won the race.
            Path fresh = path.resolveSibling(path.getFileName() + "." + ProcessHandle.current().pid());
            Files.deleteIfExists(fresh);
            ServerSocketChannel ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                ch.bind(UnixDomainSocketAddress.of(fresh));
                Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rw-------"));
                Files.createLink(path, fresh);
            } catch (FileAlreadyExistsException e) {
                ch.close();
                throw new UserError("a grove server is already running on " + path, "attach to it with 'grove attach'");
            } catch (IOException e) {
                ch.close();
                throw e;
            } finally {
                Files.deleteIfExists(fresh);
            }
            return new SocketListener(path, ch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + path, e);
        }
    }

    /** Deletes {@code path} when no server accepts on it; false when one does. */
    static boolean removeIfStale(Path path) throws IOException {
        try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            probe.connect(UnixDomainSocketAddress.of(path));
            return false;
        } catch (ConnectException e) {
            LOG.log(System.Logger.Level.INFO, "replacing stale socket " + path);
            Files.deleteIfExists(path);
            return true;
        }
    }

    /** Starts accepting on a daemon thread. */
    void acceptInto(Consumer<SocketChannel> onConnection) {
        Thread t = new Thread(() -> acceptLoop(onConnection), "accept");
        t.setDaemon(true);
        t.start();
    }

    private void acceptLoop(Consumer<SocketChannel> onConnection) {
        while (server.isOpen()) {
            try {
                onConnection.accept(server.accept());
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "accept failed: " + e);
            }
        }
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot remove socket " + path + ": " + e);
        }
    }
}
