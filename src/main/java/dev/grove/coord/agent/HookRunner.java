// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the configured notification hook for an {@link Attention}: {@code sh -c COMMAND} with the
 * details in its environment ({@code GROVE_EVENT=attention}, {@code GROVE_AGENT},
 * {@code GROVE_TRIGGER}, {@code GROVE_REASON}, {@code GROVE_SINCE}, plus whatever the caller adds
 * such as {@code GROVE_WORKTREE} and {@code GROVE_BRANCH}), standard input closed, output appended
 * to a log file. {@link #run} returns at once; a hook still running after the timeout is killed.
 * The command must come from the user's own config, never from a repository's. Thread-safe.
 */
public final class HookRunner {
    /** How a hook run ended. {@code exitCode} is -1 when it could not start or was killed. */
    public record Result(int exitCode, String problem) {}

    private final String command;
    private final Path log;
    private final Duration timeout;

    /** A runner of the shell command line {@code command}, logging to {@code log}. */
    public HookRunner(String command, Path log, Duration timeout) {
        this.command = command;
        this.log = log;
        this.timeout = timeout;
    }

    /**
     * Starts the hook for {@code attention} and returns without waiting; the future completes when
     * the hook has ended (tests wait on it, the server need not).
     */
    public CompletableFuture<Result> run(Attention attention, Map<String, String> extraEnv) {
        Map<String, String> env = new LinkedHashMap<>(extraEnv);
        env.put("GROVE_EVENT", "attention");
        env.put(AgentEnvironment.AGENT, attention.agent());
        env.put("GROVE_TRIGGER", attention.trigger().id());
        env.put("GROVE_REASON", attention.reason());
        env.put("GROVE_SINCE", attention.since().toString());
        ProcessBuilder pb = new ProcessBuilder(List.of("sh", "-c", command))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        try {
            logLine("hook for " + attention.agent() + " (" + attention.trigger().id() + "): " + command);
            Process p = pb.start();
            return p.onExit().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .handle((done, timedOut) -> finish(p, timedOut));
        } catch (IOException e) {
            String problem = "cannot start hook: " + e.getMessage();
            logLine(problem);
            return CompletableFuture.completedFuture(new Result(-1, problem));
        }
    }

    private Result finish(Process p, Throwable timedOut) {
        if (timedOut != null) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            String problem = "hook killed after its timeout of " + timeout.toMillis() + " ms";
            logLine(problem);
            return new Result(-1, problem);
        }
        logLine("hook exited with code " + p.exitValue());
        return new Result(p.exitValue(), null);
    }

    private synchronized void logLine(String line) {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Files.writeString(log, "[grove] " + line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the hook log " + log, e);
        }
    }
}
