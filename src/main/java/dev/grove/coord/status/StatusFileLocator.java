// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.status;

import dev.grove.common.UserError;
import dev.grove.config.RepoConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the status file from anywhere in a repository, including inside a linked worktree:
 * {@code GROVE_STATUS_FILE} when set, else the repository's configured {@code statusFile}
 * ({@code coordination/status.md} unless {@code .grove/config.json} says otherwise) under the main
 * worktree. The main
 * worktree is found from git's own files, without running git: the nearest {@code .git} (a
 * directory, or a file {@code gitdir: ...} in a linked worktree or submodule), its
 * {@code commondir}, and the common dir's parent (or its {@code core.worktree}).
 */
public final class StatusFileLocator {
    /** Environment variable naming the status file; wins over everything else. */
    public static final String ENV_STATUS_FILE = "GROVE_STATUS_FILE";

    private static final Pattern CORE_WORKTREE = Pattern.compile("(?m)^\\s*worktree\\s*=\\s*(.+?)\\s*$");

    private StatusFileLocator() {}

    /**
     * Locates the status file for a process in {@code cwd} with environment {@code env}.
     *
     * @throws UserError when {@code cwd} is not inside a git repository and the environment does not
     *     name the file, or when the repository's config is invalid
     */
    public static StatusLocation locate(Path cwd, Map<String, String> env) {
        Path dir = cwd.toAbsolutePath().normalize();
        String fromEnv = env.get(ENV_STATUS_FILE);
        Repo repo = findRepository(dir);
        if (fromEnv != null && !fromEnv.isBlank()) {
            Path file = dir.resolve(fromEnv).normalize();
            return repo == null
                    ? new StatusLocation(file, null, null)
                    : new StatusLocation(file, repo.main(), repo.common());
        }
        if (repo == null) {
            throw new UserError("not inside a git repository: " + dir,
                    "run grove inside the repository, or set " + ENV_STATUS_FILE + " to the status file");
        }
        String relativePath = RepoConfig.load(repo.main()).statusFile();
        return new StatusLocation(repo.main().resolve(relativePath).normalize(), repo.main(), repo.common());
    }

    /** A repository's main worktree and common git dir. */
    private record Repo(Path main, Path common) {}

    /** The repository containing {@code dir}, or null. */
    private static Repo findRepository(Path dir) {
        for (Path d = dir; d != null; d = d.getParent()) {
            Path dotGit = d.resolve(".git");
            if (Files.isDirectory(dotGit)) {
                return mainOf(d, dotGit);
            }
            if (Files.isRegularFile(dotGit)) {
                return mainOf(d, gitDirFromFile(dotGit));
            }
        }
        return null;
    }

    private static Repo mainOf(Path worktree, Path gitDir) {
        Path common = gitDir;
        Path commondirFile = gitDir.resolve("commondir");
        if (Files.isRegularFile(commondirFile)) {
            common = gitDir.resolve(read(commondirFile).strip()).normalize();
        }
        if (common.getFileName() != null && common.getFileName().toString().equals(".git")) {
            return new Repo(common.getParent(), common);
        }
        Path config = common.resolve("config");
        Matcher m = CORE_WORKTREE.matcher(Files.isRegularFile(config) ? read(config) : "");
        if (m.find()) {
            return new Repo(common.resolve(m.group(1)).normalize(), common);
        }
        if (common.equals(gitDir)) {
            return new Repo(worktree, common);
        }
        throw new UserError("cannot find the main worktree of the repository at " + common,
                "set " + ENV_STATUS_FILE + " to the status file");
    }

    private static Path gitDirFromFile(Path dotGitFile) {
        String text = read(dotGitFile).strip();
        if (!text.startsWith("gitdir:")) {
            throw new UserError("not a git link file: " + dotGitFile, "it should hold 'gitdir: PATH'");
        }
        return dotGitFile.getParent().resolve(text.substring("gitdir:".length()).strip()).normalize();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
