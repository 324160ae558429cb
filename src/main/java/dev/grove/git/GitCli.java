// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.git;

import dev.grove.common.UserError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the git command line. The only place that starts git processes. Output is captured as
 * UTF-8; git never prompts (no terminal, no credential helper questions). Thread-safe.
 */
public final class GitCli {
    /** Versions already checked in this JVM, by executable: a long-running server asks git once. */
    private static final Map<String, GitVersion> CHECKED = new ConcurrentHashMap<>();

    private final String executable;
    private final Map<String, String> env;

    /**
     * @param executable the git program (a name on PATH or a path)
     * @param env variables added to every git process's environment (inherited otherwise)
     */
    public GitCli(String executable, Map<String, String> env) {
        this.executable = executable;
        this.env = Map.copyOf(env);
    }

    /** The git on PATH, or the program named by {@code GROVE_GIT}. */
    public static GitCli system() {
        String exe = System.getenv("GROVE_GIT");
        return new GitCli(exe == null || exe.isBlank() ? "git" : exe, Map.of());
    }

    /**
     * The version of this git, checked once per process: at least {@link GitVersion#MINIMUM}.
     *
     * @throws UserError when git is missing, unrunnable or too old
     */
    public GitVersion version() {
        GitVersion v = CHECKED.get(executable);
        if (v == null) {
            GitResult r = run(Path.of("").toAbsolutePath(), Map.of(), null, List.of("--version"));
            try {
                v = GitVersion.parse(r.out());
            } catch (IllegalArgumentException e) {
                throw new UserError("'" + executable + " --version' did not print a git version",
                        "install git " + GitVersion.MERGE_TREE + " or newer");
            }
            if (!v.atLeast(GitVersion.MINIMUM)) {
                throw new UserError("git " + v + " is too old; grove needs git " + GitVersion.MINIMUM
                        + " or newer (" + GitVersion.MERGE_TREE + "+ for rename-aware merge prediction)",
                        "upgrade git");
            }
            CHECKED.put(executable, v);
        }
        return v;
    }

    /** Runs {@code git args...} in {@code dir}; a non-zero exit is returned, not thrown. */
    public GitResult run(Path dir, String... args) {
        return run(dir, Map.of(), null, List.of(args));
    }

    /** Runs git and returns its stdout; a non-zero exit throws {@link GitFailure}. */
    public String check(Path dir, String... args) {
        GitResult r = run(dir, args);
        if (!r.ok()) {
            throw new GitFailure(r);
        }
        return r.out();
    }

    /**
     * Runs git with extra environment variables and optional standard input.
     *
     * @param stdin bytes fed to the process, or null for none
     * @throws UserError when the git program cannot be started
     */
    public GitResult run(Path dir, Map<String, String> extraEnv, byte[] stdin, List<String> args) {
        List<String> cmd = new ArrayList<>(args.size() + 1);
        cmd.add(executable);
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        Map<String, String> penv = pb.environment();
        penv.put("GIT_TERMINAL_PROMPT", "0");
        penv.put("LC_ALL", "C");
        penv.putAll(env);
        penv.putAll(extraEnv);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new UserError("cannot run git ('" + executable + "'): " + e.getMessage(),
                    "install git " + GitVersion.MERGE_TREE + " or newer and put it on PATH");
        }
        return collect(p, stdin, List.copyOf(args));
    }

    private static GitResult collect(Process p, byte[] stdin, List<String> args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errReader = new Thread(() -> copy(p.getErrorStream(), err), "git-stderr");
        errReader.setDaemon(true);
        errReader.start();
        IOException stdinFailure = null;
        try (OutputStream in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin);
            }
        } catch (IOException e) {
            stdinFailure = e;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        copy(p.getInputStream(), out);
        try {
            int code = p.waitFor();
            errReader.join();
            if (stdinFailure != null && code == 0) {
                throw new UncheckedIOException("cannot feed input to git " + String.join(" ", args), stdinFailure);
            }
            // With a non-zero exit, git's stderr explains a refused input better than the broken pipe.
            return new GitResult(args, code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running git " + String.join(" ", args), e);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read git output", e);
        }
    }
}
