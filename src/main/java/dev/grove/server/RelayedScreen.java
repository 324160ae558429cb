// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.protocol.FrameCodec;
import dev.grove.protocol.FrameWriter;
import dev.grove.protocol.Message;
import java.io.IOException;
import java.nio.ByteBuffer;

/** Screen bytes as {@link Message.Output} frames on the client's socket; the client writes them to its terminal. */
final class RelayedScreen implements ScreenRoute {
    private final ClientSocket socket;
    private final FrameWriter writer;

    RelayedScreen(ClientSocket socket) {
        this.socket = socket;
        this.writer = new FrameWriter(socket.blocking());
    }

    @Override
    public ByteBuffer pack(byte[] bytes) {
        return FrameCodec.encode(new Message.Output(bytes));
    }

    @Override
    public void tryWrite(ByteBuffer packed) throws IOException {
        socket.tryWrite(packed);
    }

    @Override
    public void write(ByteBuffer packed) throws IOException {
        writer.write(packed);
    }

    @Override
    public void finish(Message last) throws IOException {
        writer.write(last);
    }
}
