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
    /**
     * What was read past the last frame: one read usually takes a whole small frame (a keystroke,
     * a frame of output), header and payload together. Between calls it is in read mode.
     */
    private final ByteBuffer ahead = ByteBuffer.allocate(8 * 1024).flip();

    public FrameReader(ReadableByteChannel channel) {
        this.channel = channel;
    }

    /**
     * A reader of the same connection through {@code other} (the socket seen another way, say
     * non-blocking), starting with what this one has read ahead; this one must not be used again.
     */
    public FrameReader continuingOn(ReadableByteChannel other) {
        FrameReader next = new FrameReader(other);
        next.ahead.clear();
        next.ahead.put(ahead).flip();
        return next;
    }

    /**
     * The next message, or null when the peer closed the connection cleanly between frames.
     *
     * @throws ProtocolException on a malformed or oversized frame
     * @throws EOFException when the connection ends inside a frame
     */
    public Message read() throws IOException {
        if (!readAhead(5, true)) {
            return null;
        }
        byte type = ahead.get();
        int length = ahead.getInt();
        if (length < 0 || length > Protocol.MAX_FRAME) {
            throw new ProtocolException("frame too large: " + length + " bytes");
        }
        return FrameCodec.decode(type, readPayload(length));
    }

    private ByteBuffer readPayload(int length) throws IOException {
        if (length <= ahead.capacity()) {
            readAhead(length, false);
            ByteBuffer payload = ByteBuffer.wrap(new byte[length]);
            ahead.get(payload.array());
            return payload;
        }
        ByteBuffer payload = ByteBuffer.allocate(Math.min(length, FIRST_CHUNK));
        payload.put(ahead);
        fill(payload);
        while (payload.capacity() < length) {
            ByteBuffer bigger = ByteBuffer.allocate((int) Math.min(length, 2L * payload.capacity()));
            payload.flip();
            bigger.put(payload);
            payload = bigger;
            fill(payload);
        }
        payload.flip();
        return payload;
    }

    /**
     * Reads until at least {@code n} bytes (at most the buffer's size) are ahead; false when the
     * connection ended cleanly before any of them, where {@code eofAllowedAtStart} allows that.
     */
    private boolean readAhead(int n, boolean eofAllowedAtStart) throws IOException {
        if (ahead.remaining() >= n) {
            return true;
        }
        ahead.compact();
        try {
            while (ahead.position() < n) {
                if (channel.read(ahead) < 0) {
                    if (eofAllowedAtStart && ahead.position() == 0) {
                        return false;
                    }
                    throw new EOFException("connection closed inside a frame");
                }
            }
            return true;
        } finally {
            ahead.flip();
        }
    }

    private void fill(ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            if (channel.read(buf) < 0) {
                throw new EOFException("connection closed inside a frame");
            }
        }
    }
}
