// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.client;

import dev.grove.common.UserError;
import dev.grove.protocol.Message;
import dev.grove.protocol.Protocol;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs one CLI command ({@code new}, {@code ls}, {@code kill-server}, ...) in a running server. */
public final class CommandClient {
    private CommandClient() {}

    /**
     * Sends {@code argv} to the server on {@code socket} and waits for the outcome.
     *
     * @return empty when no server runs on the socket
     */
    public static Optional<Message.CommandResult> run(Path socket, List<String> argv, Path cwd, Map<String, String> env) {
        Message.Hello hello = new Message.Hello(Protocol.VERSION, Message.Purpose.COMMAND, 0, 0,
                env.getOrDefault("TERM", ""), env.getOrDefault("COLORTERM", ""), cwd.toString(), env,
                Message.TerminalId.NONE);
        Optional<ServerConnection> conn = ServerConnection.open(socket, hello);
        if (conn.isEmpty()) {
            return Optional.empty();
        }
        try (ServerConnection c = conn.get()) {
            c.write(new Message.Command(argv));
            Message answer = c.read();
            if (answer instanceof Message.CommandResult) {
                return Optional.of((Message.CommandResult) answer);
            }
            if (answer == null && argv.get(0).equals("kill-server")) {
                return Optional.of(new Message.CommandResult(0, "", ""));
            }
            throw new UserError("the server closed the connection without answering '" + argv.get(0) + "'",
                    "see the server log");
        } catch (IOException e) {
            throw new UserError("lost the connection to the server while running '" + argv.get(0) + "': "
                    + e.getMessage(), "see the server log");
        }
    }
}
