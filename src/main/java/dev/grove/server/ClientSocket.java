// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.channels.WritableByteChannel;

/**
 * An attached client's socket in non-blocking mode, so that the session loop can hand a frame
 * straight to the kernel ({@link #tryWrite}) without waking a writer thread, and never block
 * on it. The reader and writer threads see it through {@link #reads} and {@link #writes}, which
 * wait (each with its own selector) where a blocking socket would. Closing it wakes both.
 */
final class ClientSocket implements AutoCloseable {
    private final SocketChannel channel;
    private final Selector readReady;
    private final Selector writeReady;

    private ClientSocket(SocketChannel channel, Selector readReady, Selector writeReady) {
        this.channel = channel;
        this.readReady = readReady;
        this.writeReady = writeReady;
    }

    /** Switches {@code channel} (after the handshake) to non-blocking mode. */
    static ClientSocket of(SocketChannel channel) throws IOException {
        channel.configureBlocking(false);
        Selector reads = Selector.open();
        Selector writes = Selector.open();
        channel.register(reads, SelectionKey.OP_READ);
        channel.register(writes, SelectionKey.OP_WRITE);
        return new ClientSocket(channel, reads, writes);
    }

    /** Writes what the socket takes now; the buffer's position tells how much. */
    void tryWrite(ByteBuffer frame) throws IOException {
        channel.write(frame);
    }

    /** The socket as a blocking source of input, for the reader thread. */
    ReadableByteChannel reads() {
        return new ReadableByteChannel() {
            @Override
            public int read(ByteBuffer dst) throws IOException {
                while (true) {
                    int n = channel.read(dst);
                    if (n != 0 || !dst.hasRemaining()) {
                        return n;
                    }
                    await(readReady);
                }
            }

            @Override
            public boolean isOpen() {
                return channel.isOpen();
            }

            @Override
            public void close() throws IOException {
                ClientSocket.this.close();
            }
        };
    }

    /** The socket as a blocking sink of output, for the writer thread. */
    WritableByteChannel writes() {
        return new WritableByteChannel() {
            @Override
            public int write(ByteBuffer src) throws IOException {
                while (true) {
                    int n = channel.write(src);
                    if (n != 0 || !src.hasRemaining()) {
                        return n;
                    }
                    await(writeReady);
                }
            }

            @Override
            public boolean isOpen() {
                return channel.isOpen();
            }

            @Override
            public void close() throws IOException {
                ClientSocket.this.close();
            }
        };
    }

    private void await(Selector selector) throws IOException {
        try {
            selector.select();
            selector.selectedKeys().clear();
        } catch (ClosedSelectorException e) {
            throw new ClosedChannelException();
        }
        if (!channel.isOpen()) {
            throw new ClosedChannelException();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            readReady.close();
            writeReady.close();
        }
    }
}
