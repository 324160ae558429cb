// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Real git repositories for tests: runs the git CLI with a fixed identity and no global config. */
public final class GitRepos {
    private GitRepos() {}

    /** The environment every git process in tests gets: a fixed identity, no user or system config. */
    public static Map<String, String> gitEnvironment() {
        return Map.of("GIT_AUTHOR_NAME", "grove test", "GIT_AUTHOR_EMAIL", "test@grove.invalid",
                "GIT_COMMITTER_NAME", "grove test", "GIT_COMMITTER_EMAIL", "test@grove.invalid",
                "GIT_CONFIG_GLOBAL", "/dev/null", "GIT_CONFIG_NOSYSTEM", "1");
    }

    /** Creates a repository in {@code dir} with one commit on branch {@code main}. */
    public static Path init(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        git(dir, "init", "-q", "-b", "main");
        write(dir.resolve("README.md"), "demo\n");
        git(dir, "add", "README.md");
        git(dir, "commit", "-q", "-m", "first");
        return dir;
    }

    /** Runs git in {@code dir} and returns its standard output; fails on a non-zero exit. */
    public static String git(Path dir, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("git");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(gitEnvironment());
        try {
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("git " + String.join(" ", args) + " failed: "
                        + new String(out, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
