// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import java.util.List;
import java.util.Map;

/**
 * One pane as {@code state.json} keeps it: enough to show it again after the server stopped
 * (its last screen comes from its raw log) and to start it again. Immutable.
 *
 * <p>Extending it: add a component at the end, nullable, that a file without it reads as null;
 * bump {@link SavedState#SCHEMA} and add a step to {@link StateMigrations}, so an older grove
 * refuses the newer file with a clear message instead of failing on an unknown key.
 *
 * @param name the pane's name, unique in its server
 * @param command the program and its arguments, as first started
 * @param cwd the working directory, absolute
 * @param extraEnv environment the pane was given beyond the server's own (variables added or
 *     changed by the client or command that opened it); the rest comes from the server that
 *     restores it
 * @param status where the process was when this was written
 * @param exitCode the exit status when {@code status} is {@code EXITED}, else null
 * @param createdMillis when the pane was first opened, epoch milliseconds
 * @param cols the pane's width when this was written
 * @param rows the pane's height when this was written
 * @param agent the agent the pane ran, or null for a plain pane (schema 2 on)
 */
public record SavedPane(String name, List<String> command, String cwd, Map<String, String> extraEnv, Status status,
                        Integer exitCode, long createdMillis, int cols, int rows, SavedAgent agent) {

    /** A pane's process as last seen by the server that wrote the file. */
    public enum Status {
        /**
         * Running, or lost when a server stopped and not started since: either way, read back by
         * a new server, the process is gone and the pane can be resumed.
         */
        RUNNING,
        /** Exited by itself, with {@link SavedPane#exitCode()}. */
        EXITED,
        /** Stopped by grove after a failure of grove's own. */
        FAILED
    }

    public SavedPane {
        command = command == null ? List.of() : List.copyOf(command);
        extraEnv = extraEnv == null ? Map.of() : Map.copyOf(extraEnv);
        if (name == null || name.isBlank() || command.isEmpty() || cwd == null || status == null) {
            throw new IllegalArgumentException("a saved pane needs a name, a command, a directory and a status");
        }
    }

    /** This pane with {@code agent} as its agent. */
    public SavedPane withAgent(SavedAgent agent) {
        return new SavedPane(name, command, cwd, extraEnv, status, exitCode, createdMillis, cols, rows, agent);
    }
}
