// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import dev.grove.common.UserError;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a worktree's setup commands one after another with {@code sh -c}, in the worktree, with
 * the agent's environment and no input. Each output line goes to the log file and to the
 * listener; the first failing command stops the setup with a {@link UserError}.
 */
final class SetupRunner {
    private SetupRunner() {}

    static void run(List<String> commands, Path worktree, Map<String, String> env, Path log,
            Consumer<SetupEvent> listener) {
        if (commands.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(log.getParent());
            try (Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                for (int i = 0; i < commands.size(); i++) {
                    runOne(i + 1, commands, worktree, env, out, listener, log);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run setup in " + worktree + " (log " + log + ")", e);
        }
    }

    private static void runOne(int index, List<String> commands, Path worktree, Map<String, String> env,
            Writer log, Consumer<SetupEvent> listener, Path logFile) throws IOException {
        String command = commands.get(index - 1);
        listener.accept(new SetupEvent.CommandStarted(index, commands.size(), command));
        log.write("$ " + command + "\n");
        long start = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", command).directory(worktree.toFile())
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().putAll(env);
        Process p = pb.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                log.write(line + "\n");
                listener.accept(new SetupEvent.Output(line));
            }
        }
        int code = waitFor(p);
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.write("[exit " + code + " after " + millis + " ms]\n");
        log.flush();
        listener.accept(new SetupEvent.CommandFinished(index, code, millis));
        if (code != 0) {
            throw new UserError("setup command '" + command + "' failed with exit code " + code
                    + "; the new worktree was removed", "see its output in " + logFile);
        }
    }

    private static int waitFor(Process p) {
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during setup", e);
        }
    }
}
