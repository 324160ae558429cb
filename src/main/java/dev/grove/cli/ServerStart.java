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
        List<String> args = checkedArgs(dirs, extraArgs);
        args.addAll(0, List.of("--size", cols + "x" + rows));
        ServerLauncher.start(dirs.socket(), dirs.serverLog(), args);
    }

    /**
     * Like {@link #ensureRunning}, for a server that is told the terminal's size once the caller
     * knows it; null when a server already runs.
     */
    static ServerLauncher.SizeLater startTellingSizeLater(StateDirs dirs, List<String> extraArgs) {
        if (ServerLauncher.isRunning(dirs.socket())) {
            return null;
        }
        return ServerLauncher.startTellingSizeLater(dirs.socket(), dirs.serverLog(), checkedArgs(dirs, extraArgs));
    }

    /** The server's arguments, after checking that its state can be kept and restored. */
    private static List<String> checkedArgs(StateDirs dirs, List<String> extraArgs) {
        StateFile state = new StateFile(dirs.stateDir());
        state.checkWritable();
        state.load();
        List<String> args = new ArrayList<>(List.of("--socket", dirs.socket().toString(),
                "--state-dir", dirs.stateDir().toString()));
        dirs.repo().ifPresent(r -> {
            args.add("--worktree");
            args.add(r.mainWorktree().toString());
        });
        args.addAll(extraArgs);
        return args;
    }
}
