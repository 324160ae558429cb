// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.protocol;

import java.util.List;
import java.util.Map;

/**
 * Everything that crosses the socket between a client and the server. Plain data only: no domain
 * types travel on the wire. A connection starts with the client's {@link Hello}; the server answers
 * {@link Welcome} or {@link Refused}.
 */
public sealed interface Message {

    /** Why a client connects. */
    enum Purpose { ATTACH, ATTACH_READ_ONLY, COMMAND }

    /**
     * First message of every connection. {@code env} and {@code cwd} are the caller's: processes
     * the server starts for this client inherit them.
     */
    record Hello(int version, Purpose purpose, int cols, int rows, String term, String colorTerm,
                 String cwd, Map<String, String> env) implements Message {
        public Hello {
            env = Map.copyOf(env);
        }
    }

    /** The server accepted the Hello; {@code serverVersion} is grove's version string. */
    record Welcome(String serverVersion) implements Message {}

    /** The server refused the connection (wrong version, another user); the client prints it. */
    record Refused(String message, String hint) implements Message {}

    /** Bytes the user typed (client to server). */
    record Input(byte[] bytes) implements Message {}

    /** The client's terminal changed size. */
    record Resize(int cols, int rows) implements Message {}

    /** Bytes for the client's terminal (server to client). */
    record Output(byte[] bytes) implements Message {}

    /** A CLI command to run in the server, e.g. {@code [new, --no-focus, --, sh]}. */
    record Command(List<String> argv) implements Message {
        public Command {
            argv = List.copyOf(argv);
        }
    }

    /** The outcome of a {@link Command}: exit code and text for the caller's stdout and stderr. */
    record CommandResult(int exitCode, String out, String err) implements Message {}

    /** The server ends this attachment; the client restores its terminal and prints {@code reason}. */
    record Detached(String reason) implements Message {}
}
