// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.session.ClientInfo;
import dev.grove.session.CommandOutcome;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Whole grove command lines the server runs in its own, already warm JVM for a client that then
 * only relays the answer: the client is spared the start-up of the libraries the command needs.
 * The command-line package provides the implementation through {@link ServiceLoader}, because the
 * server must not depend on it. Runs on the connection's own thread, never on the session loop.
 */
public interface InProcessCommands {
    /** First word of a {@code Command} whose remaining words are a grove command line to run here. */
    String COMMAND = "grove";

    /**
     * Exit code meaning "this one needs the caller's own process" (a question on its terminal,
     * output that should stream): nothing was done, the caller runs the command itself.
     */
    int RUN_IN_CALLER = 75;

    /** Runs {@code argv} (without {@link #COMMAND}) in the caller's directory and environment. */
    CommandOutcome run(List<String> argv, ClientInfo caller);

    /** The implementation on the class path, if any. */
    static Optional<InProcessCommands> installed() {
        return ServiceLoader.load(InProcessCommands.class).findFirst();
    }
}
