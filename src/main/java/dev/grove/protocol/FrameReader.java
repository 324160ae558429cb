// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.protocol;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/**
 * Reads frames from a blocking channel. Reads go straight to the channel (not through
 * {@code Channels.newInputStream}, which would hold the channel's lock and block a concurrent
 * writer). Confined to one reader thread.
 */
public final class FrameReader {
    private final ReadableByteChannel channel;
    private final ByteBuffer header = ByteBuffer.allocate(5);

    public FrameReader(ReadableByteChannel channel) {
        this.channel = channel;
    }

    /**
     * The next message, or null when the peer closed the connection cleanly between frames.
     *
     * @throws ProtocolException on a malformed or oversized frame
     * @throws EOFException when the connection ends inside a frame
     */
    public Message read() throws IOException {
        header.clear();
        if (!fill(header, true)) {
            return null;
        }
        header.flip();
        byte type = header.get();
        int length = header.getInt();
        if (length < 0 || length > Protocol.MAX_FRAME) {
            throw new ProtocolException("frame too large: " + length + " bytes");
        }
        ByteBuffer payload = ByteBuffer.allocate(length);
        fill(payload, false);
        payload.flip();
        return FrameCodec.decode(type, payload);
    }

    private boolean fill(ByteBuffer buf, boolean eofAllowedAtStart) throws IOException {
        while (buf.hasRemaining()) {
            if (channel.read(buf) < 0) {
                if (eofAllowedAtStart && buf.position() == 0) {
                    return false;
                }
                throw new EOFException("connection closed inside a frame");
            }
        }
        return true;
    }
}
