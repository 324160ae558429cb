// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.protocol.FrameWriter;
import dev.grove.protocol.Message;
import dev.grove.pty.TerminalDevice;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Screen bytes written by the server straight to the client's terminal device. The final
 * message still goes on the socket, after the terminal is closed: the client restores its
 * terminal only once the server no longer reads or writes it.
 */
final class DirectScreen implements ScreenRoute {
    private final TerminalDevice terminal;
    private final FrameWriter control;

    DirectScreen(TerminalDevice terminal, ClientSocket socket) {
        this.terminal = terminal;
        this.control = new FrameWriter(socket.blocking());
    }

    @Override
    public ByteBuffer pack(byte[] bytes) {
        return ByteBuffer.wrap(bytes);
    }

    @Override
    public void tryWrite(ByteBuffer packed) throws IOException {
        terminal.write(packed);
    }

    @Override
    public void write(ByteBuffer packed) throws IOException {
        terminal.write(packed);
        while (packed.hasRemaining()) {
            terminal.awaitWritable();
            terminal.write(packed);
        }
    }

    @Override
    public void finish(Message last) throws IOException {
        terminal.close();
        control.write(last);
    }
}
