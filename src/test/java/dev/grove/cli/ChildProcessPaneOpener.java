// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.common.UserError;
import dev.grove.coord.worktree.AgentLaunch;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Runs the agent as a plain child process instead of a pane: with focus grove waits for it (like
 * running it in the worktree yourself), without focus it runs in the background. The headless
 * way to start agents, used when no server opens panes. Its output is discarded: the test
 * runner reads its forked JVM's standard output as a channel, which other writers corrupt.
 */
public final class ChildProcessPaneOpener implements PaneOpener {
    /** Agents started in the background, which may still be writing to their repository. */
    private static final List<Process> BACKGROUND = new CopyOnWriteArrayList<>();

    /**
     * Waits until every agent started in the background has exited, so a test removes its
     * repository only once nothing writes to it any more.
     */
    public static void awaitBackground() throws InterruptedException {
        for (Process p : BACKGROUND) {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
        BACKGROUND.clear();
    }

    @Override
    public void open(AgentLaunch launch, boolean focus) {
        ProcessBuilder pb = new ProcessBuilder(launch.command()).directory(launch.worktree().toFile())
                .redirectInput(ProcessBuilder.Redirect.INHERIT).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(launch.env());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new UserError("cannot start '" + String.join(" ", launch.command()) + "' for agent '" + launch.name()
                    + "': " + e.getMessage(), "check the command or the agent profile in .grove/config.json");
        }
        if (!focus) {
            BACKGROUND.add(p);
        } else {
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while agent '" + launch.name() + "' was running", e);
            }
        }
    }
}
