// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A git repository as grove sees it: the main worktree and the common git directory shared by
 * all its worktrees. Found by walking up from a directory looking for {@code .git} (a directory,
 * or a file {@code gitdir: ...} whose {@code commondir} names the common directory), so no git
 * process is needed.
 */
public record RepoDirs(Path mainWorktree, Path commonGitDir) {

    /** The repository containing {@code start}, or empty when there is none. */
    public static Optional<RepoDirs> find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path dotGit = dir.resolve(".git");
            if (Files.isDirectory(dotGit)) {
                return Optional.of(new RepoDirs(dir, dotGit));
            }
            if (Files.isRegularFile(dotGit)) {
                return Optional.of(fromGitFile(dir, dotGit));
            }
        }
        return Optional.empty();
    }

    private static RepoDirs fromGitFile(Path worktree, Path gitFile) {
        try {
            String text = Files.readString(gitFile, StandardCharsets.UTF_8).trim();
            if (!text.startsWith("gitdir:")) {
                throw new IllegalStateException(gitFile + " does not start with 'gitdir:'");
            }
            Path gitDir = worktree.resolve(text.substring("gitdir:".length()).trim()).normalize();
            Path commonFile = gitDir.resolve("commondir");
            if (!Files.isRegularFile(commonFile)) {
                return new RepoDirs(worktree, gitDir);
            }
            Path common = gitDir.resolve(Files.readString(commonFile, StandardCharsets.UTF_8).trim()).normalize();
            Path main = common.getFileName() != null && common.getFileName().toString().equals(".git")
                    ? common.getParent() : worktree;
            return new RepoDirs(main, common);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + gitFile, e);
        }
    }

    /** The repository's name for people: the main worktree's directory name. */
    public String name() {
        Path n = mainWorktree.getFileName();
        return n == null ? "repo" : n.toString();
    }
}
