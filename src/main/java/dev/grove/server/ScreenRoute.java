// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.protocol.Message;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * How the bytes for an attached client's screen reach its terminal: framed on the client's
 * socket for the client to write ({@link RelayedScreen}), or written by the server straight to
 * the terminal device ({@link DirectScreen}). Used by the client's {@link ClientOutput}.
 */
interface ScreenRoute {
    /** {@code bytes} ready to send, as one buffer. */
    ByteBuffer pack(byte[] bytes);

    /** Sends what the route takes now without blocking; {@code packed}'s position moves past it. */
    void tryWrite(ByteBuffer packed) throws IOException;

    /** Sends all of {@code packed}, waiting as long as it takes. */
    void write(ByteBuffer packed) throws IOException;

    /** After the last screen bytes: stops using the terminal, then sends {@code last} on the socket. */
    void finish(Message last) throws IOException;
}
