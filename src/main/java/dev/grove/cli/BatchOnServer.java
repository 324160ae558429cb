// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.client.AttachClient;
import dev.grove.coord.flow.BatchRequest;
import dev.grove.coord.flow.Batches;
import dev.grove.coord.worktree.AgentWorktrees;
import dev.grove.protocol.Message;
import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code grove batch FILE} without {@code --headless}: checks the request, then runs the batch
 * in a pane of the repository's server ({@code batch-ID}, a grove process running the batch in
 * the foreground there), so it keeps running when the terminal goes, and attaches this terminal
 * to the server to watch it and its agents. Run again, it attaches to the batch still running,
 * or starts its pane again when the server stopped mid-batch (the batch then resumes).
 */
final class BatchOnServer {
    private final CliContext context;
    private final PrintWriter out;

    BatchOnServer(CliContext context, PrintWriter out) {
        this.context = context;
        this.out = out;
    }

    /** Pane name of the batch of {@code taskFile}. */
    static String paneName(Path taskFile) {
        return "batch-" + Batches.idOf(taskFile);
    }

    /**
     * @param taskFile the task file (absolute)
     * @param request the batch as asked for, checked before anything starts
     * @param batchArgs the {@code grove batch} arguments that run it in the foreground
     */
    int run(Path taskFile, BatchRequest request, List<String> batchArgs) {
        Path main;
        try (AgentWorktrees w = context.open()) {
            Batches.check(w, taskFile, request);
            main = w.layout().mainWorktree();
        }
        ServerPanes panes = ServerPanes.ofRepository(main, context.env());
        panes.ensureServer();
        String name = paneName(taskFile);
        Optional<ServerPanes.PaneState> pane = panes.pane(name);
        if (pane.isEmpty()) {
            List<String> argv = new ArrayList<>(List.of("batch"));
            argv.addAll(batchArgs);
            panes.open(name, main, groveCommand(argv));
            out.println("grove: batch " + Batches.idOf(taskFile) + " runs in pane " + name + " of the repository's"
                    + " server; it keeps running when you detach");
        } else if (!pane.get().running()) {
            panes.restart(name);
            out.println("grove: batch " + Batches.idOf(taskFile) + " resumes in pane " + name);
        } else {
            out.println("grove: batch " + Batches.idOf(taskFile) + " is already running in pane " + name);
        }
        out.flush();
        if (!context.interactive()) {
            out.println("grove: attach with 'grove' to watch it");
            out.flush();
            return 0;
        }
        return new AttachClient(panes.dirs().socket(), System.err).run(Message.Purpose.ATTACH, context.cwd(),
                context.env(), null);
    }

    /** The command line that runs this grove (same Java, same class path) with {@code args}. */
    private static List<String> groveCommand(List<String> args) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String classPath = List.of(System.getProperty("java.class.path").split(File.pathSeparator)).stream()
                .map(p -> Path.of(p).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
        List<String> argv = new ArrayList<>(List.of(java, "-cp", classPath, "dev.grove.Main"));
        argv.addAll(args);
        return argv;
    }
}
