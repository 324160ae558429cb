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
 * writer). Memory follows the bytes that actually arrive, not the length a header claims: a
 * payload buffer starts small and doubles as data comes in. Confined to one reader thread.
 */
public final class FrameReader {
    /** Size of a payload buffer before any of the payload has arrived. */
    private static final int FIRST_CHUNK = 64 * 1024;

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
        return FrameCodec.decode(type, readPayload(length));
    }

    private ByteBuffer readPayload(int length) throws IOException {
        ByteBuffer payload = ByteBuffer.allocate(Math.min(length, FIRST_CHUNK));
        fill(payload, false);
        while (payload.capacity() < length) {
            ByteBuffer bigger = ByteBuffer.allocate((int) Math.min(length, 2L * payload.capacity()));
            payload.flip();
            bigger.put(payload);
            payload = bigger;
            fill(payload, false);
        }
        payload.flip();
        return payload;
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
