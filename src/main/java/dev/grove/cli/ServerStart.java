// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.client.ServerLauncher;
import dev.grove.config.StateDirs;
import dev.grove.config.StateFile;
import java.util.ArrayList;
import java.util.List;

/** Starts the server a command needs when none runs on its socket. */
final class ServerStart {
    private ServerStart() {}

    /**
     * Starts a server for {@code dirs} with {@code extraArgs} unless one already runs. First checks
     * that its state directory takes data and that its saved state can be restored, so those
     * problems are one clear error here rather than a server that exits at start.
     */
    static void ensureRunning(StateDirs dirs, List<String> extraArgs, int cols, int rows) {
        if (ServerLauncher.isRunning(dirs.socket())) {
            return;
        }
        StateFile state = new StateFile(dirs.stateDir());
        state.checkWritable();
        state.load();
        List<String> args = new ArrayList<>(List.of("--socket", dirs.socket().toString(),
                "--state-dir", dirs.stateDir().toString(), "--size", cols + "x" + rows));
        dirs.repo().ifPresent(r -> {
            args.add("--worktree");
            args.add(r.mainWorktree().toString());
        });
        args.addAll(extraArgs);
        ServerLauncher.start(dirs.socket(), dirs.serverLog(), args);
    }
}
