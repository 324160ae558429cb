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
     * the server starts for this client inherit them. {@code terminal} is the terminal device an
     * attaching client runs in, which the server may use directly.
     */
    record Hello(int version, Purpose purpose, int cols, int rows, String term, String colorTerm,
                 String cwd, Map<String, String> env, TerminalId terminal) implements Message {
        public Hello {
            env = Map.copyOf(env);
        }
    }

    /**
     * A terminal device as the client sees it: its path and the device and inode numbers of the
     * file, so that the server can tell whether the path names the same terminal for it (it
     * may not, across containers).
     */
    record TerminalId(String path, long device, long inode) {
        /** No terminal to share: the client relays keys and screen itself. */
        public static final TerminalId NONE = new TerminalId("", 0, 0);

        public boolean isNone() {
            return path.isEmpty();
        }
    }

    /**
     * The server accepted the Hello; {@code serverVersion} is grove's version string. With
     * {@code readsTerminal} the server reads and writes the client's terminal itself: the client
     * must not read its input and gets no {@link Output}.
     */
    record Welcome(String serverVersion, boolean readsTerminal) implements Message {}

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
