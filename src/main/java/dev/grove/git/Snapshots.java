// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * Saves a worktree's complete state in one commit and puts it back. The archive commit's tree
 * holds every file as it is on disk (tracked changes, deletions and untracked files that are
 * not ignored); its first parent is the HEAD at archive time and its second parent a commit of
 * the index, so staged and unstaged changes come back apart. The worktree, its index and its
 * branch are not touched while archiving (a copy of the index is used). Archive commits are
 * written as "grove", so they work without a configured identity. Thread-safe.
 */
public final class Snapshots {
    private static final Map<String, String> IDENTITY = Map.of(
            "GIT_AUTHOR_NAME", "grove", "GIT_AUTHOR_EMAIL", "grove@localhost",
            "GIT_COMMITTER_NAME", "grove", "GIT_COMMITTER_EMAIL", "grove@localhost");

    private final GitCli git;
    private final Landing landing;

    public Snapshots(GitCli git, RepoLayout layout) {
        this.git = git;
        this.landing = new Landing(git, layout);
    }

    /**
     * Archives the worktree at {@code worktree} under {@code ref}.
     *
     * @param head the commit to record as HEAD (the worktree's HEAD, or a fallback when its
     *     branch was deleted)
     * @return the archive commit id
     */
    public String archive(Path worktree, String head, String ref, String message) {
        Path gitDir = Path.of(git.check(worktree, "rev-parse", "--absolute-git-dir").strip());
        Path tmpIndex = null;
        try {
            tmpIndex = Files.createTempFile(gitDir, "grove-archive-", ".index");
            Path index = gitDir.resolve("index");
            if (Files.exists(index)) {
                Files.copy(index, tmpIndex, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.delete(tmpIndex);
            }
            Map<String, String> env = Map.of("GIT_INDEX_FILE", tmpIndex.toString());
            GitResult staged = git.run(worktree, env, null, List.of("write-tree"));
            check(git.run(worktree, env, null, List.of("add", "-A", "--", ".")));
            String full = check(git.run(worktree, env, null, List.of("write-tree"))).strip();
            String indexTree = staged.ok() ? staged.out().strip() : full;
            String indexCommit = landing.commitTree(indexTree, List.of(head), "index of " + ref, IDENTITY);
            String archive = landing.commitTree(full, List.of(head, indexCommit), message, IDENTITY);
            landing.setRef(ref, archive);
            return archive;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive " + worktree, e);
        } finally {
            deleteQuietly(tmpIndex);
        }
    }

    /** Archives a branch whose worktree is gone: its head is both the HEAD and the files. */
    public String archiveCommit(String head, String ref, String message) {
        String tree = git.check(landing.mainWorktreeDir(), "rev-parse", head + "^{tree}").strip();
        String indexCommit = landing.commitTree(tree, List.of(head), "index of " + ref, IDENTITY);
        String archive = landing.commitTree(tree, List.of(head, indexCommit), message, IDENTITY);
        landing.setRef(ref, archive);
        return archive;
    }

    /**
     * Puts an archive's files and index into {@code worktree}, whose HEAD must already be the
     * archive's first parent: files byte for byte (modes and links included), the index as it
     * was, untracked files untracked again.
     */
    public void restore(Path worktree, String archive) {
        git.check(worktree, "read-tree", "--reset", "-u", archive + "^{tree}");
        git.check(worktree, "read-tree", archive + "^2^{tree}");
        git.run(worktree, "update-index", "-q", "--refresh");
    }

    /** The message of an archive commit. */
    public String message(String archive) {
        return git.check(landing.mainWorktreeDir(), "log", "-1", "--format=%B", archive);
    }

    /** The HEAD recorded in an archive (its first parent). */
    public String head(String archive) {
        return git.check(landing.mainWorktreeDir(), "rev-parse", archive + "^1").strip();
    }

    private static String check(GitResult r) {
        if (!r.ok()) {
            throw new GitFailure(r);
        }
        return r.out();
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary index " + tmp, e);
        }
    }
}
