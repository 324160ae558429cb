// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.e2e;

import dev.grove.protocol.FrameCodec;
import dev.grove.protocol.Message;
import dev.grove.protocol.Protocol;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.List;

/**
 * A stand-in for a server of an older grove, run as its own process with a server's command
 * line ({@code ... dev.grove.server.ServerMain --socket PATH}): it refuses every client as a
 * server of another protocol version does, until it is terminated.
 */
public final class OldProtocolServer {
    private OldProtocolServer() {}

    public static void main(String[] args) throws IOException {
        List<String> words = List.of(args);
        Path socket = Path.of(words.get(words.indexOf("--socket") + 1));
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            while (true) {
                try (SocketChannel client = server.accept()) {
                    client.read(ByteBuffer.allocate(4096));
                    ByteBuffer refusal = FrameCodec.encode(new Message.Refused("this grove client speaks protocol "
                            + Protocol.VERSION + " but the running server (grove 0.0.9) speaks " + (Protocol.VERSION - 1),
                            "detach other clients and run 'grove kill-server', then start grove again"));
                    while (refusal.hasRemaining()) {
                        client.write(refusal);
                    }
                }
            }
        }
    }
}
