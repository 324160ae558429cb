// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.session;

import java.util.List;
import java.util.function.Consumer;

/**
 * Everything that happens to a server, as facts posted to the {@link SessionLoop} by the threads
 * that observe them (pty readers, client connections, signal handlers, background jobs). Records
 * only; handled with an {@code instanceof} chain that fails fast on an unknown event.
 */
public sealed interface SessionEvent {

    /** Events about one pane: a failure while handling them fails that pane only. */
    interface PaneEvent {
        String paneId();
    }

    /** A pane's process wrote output, waiting to be applied ({@link Session#output}). */
    record PaneOutput(String paneId) implements SessionEvent, PaneEvent {}

    /** A pane's process exited after its output was read to the end. */
    record PaneExited(String paneId, int exitCode) implements SessionEvent, PaneEvent {}

    /** A client connected and was accepted; it is registered under {@code clientId}. */
    record ClientConnected(int clientId, ClientInfo info) implements SessionEvent {}

    /** A client sent input bytes. */
    record ClientInput(int clientId, byte[] bytes) implements SessionEvent {}

    /** A client's terminal changed size. */
    record ClientResized(int clientId, int cols, int rows) implements SessionEvent {}

    /** A client's output queue emptied: it may receive the next frame. */
    record ClientDrained(int clientId) implements SessionEvent {}

    /** A client went away (closed, failed, or dropped for being too slow). */
    record ClientDisconnected(int clientId, String reason) implements SessionEvent {}

    /** A CLI command arrived (from {@code grove new ...} and friends); {@code reply} gets its outcome once. */
    record CommandRequested(List<String> argv, ClientInfo caller, Consumer<CommandOutcome> reply) implements SessionEvent {
        public CommandRequested {
            argv = List.copyOf(argv);
        }
    }

    /**
     * Work finished off the loop (a git job, a coordination scan) whose result must be applied on
     * the loop: {@code apply} runs on the session thread.
     */
    record JobFinished(String description, Runnable apply) implements SessionEvent {}

    /** The server must stop (SIGTERM, {@code grove kill-server}). */
    record ShutdownRequested(String reason) implements SessionEvent {}
}
