// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import java.nio.file.Path;
import java.util.List;

/**
 * How a server was started.
 *
 * @param mainWorktree the repository's main worktree in repository mode, null in plain mode
 * @param firstCommand the first pane's command; empty for the user's shell
 * @param historyLimit scrollback lines per pane, or -1 for the user config's value
 * @param theme a theme name or file, or null for the user config's choice
 * @param cols columns of the terminal that started the server (sizes the first pane)
 * @param rows rows of that terminal
 * @param openFirstPane whether to open a pane at start (else the first attach opens a shell)
 * @param version grove's version string, for the handshake and {@code ls}
 */
public record ServerOptions(Path socket, Path stateDir, Path mainWorktree, List<String> firstCommand,
                            int historyLimit, String theme, int cols, int rows, boolean openFirstPane,
                            String version) {
    public ServerOptions {
        firstCommand = List.copyOf(firstCommand);
    }

    public Path logsDir() {
        return stateDir.resolve("logs");
    }
}
