// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.git;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Worktree and branch lifecycle through the git command line ({@code git worktree add/remove/
 * prune/list}, {@code git branch -D}): JGit has no worktree commands. Results are returned;
 * callers decide which failures are the user's. Thread-safe.
 */
public final class Worktrees {
    /** Whether {@link #remove} may discard local changes. */
    public enum Removal { SAFE, DISCARD_CHANGES }

    /**
     * One lock per repository for adding worktrees: {@code git worktree add} reads the admin files
     * of every other worktree, which a concurrent add may have only half written ("failed to read
     * .git/worktrees/NAME/commondir"). Covers threads of one process, as in the server.
     */
    private static final ConcurrentHashMap<Path, Object> ADDING = new ConcurrentHashMap<>();

    private final GitCli git;
    private final Path mainWorktree;

    public Worktrees(GitCli git, RepoLayout layout) {
        this.git = git;
        this.mainWorktree = layout.mainWorktree();
    }

    /** {@code git worktree add --no-track -b BRANCH PATH START}: a new branch from {@code start}. */
    public GitResult addWithNewBranch(Path path, String branch, String start) {
        synchronized (addLock()) {
            return git.run(mainWorktree, "worktree", "add", "--no-track", "-b", branch, path.toString(), start);
        }
    }

    /** {@code git worktree add PATH BRANCH}: an existing branch. */
    public GitResult addExistingBranch(Path path, String branch) {
        synchronized (addLock()) {
            return git.run(mainWorktree, "worktree", "add", path.toString(), branch);
        }
    }

    private Object addLock() {
        return ADDING.computeIfAbsent(mainWorktree.toAbsolutePath().normalize(), k -> new Object());
    }

    /** {@code git worktree remove [--force] PATH}. */
    public GitResult remove(Path path, Removal removal) {
        return removal == Removal.SAFE
                ? git.run(mainWorktree, "worktree", "remove", path.toString())
                : git.run(mainWorktree, "worktree", "remove", "--force", path.toString());
    }

    /** {@code git worktree prune}: forgets worktrees whose directories are gone. */
    public void prune() {
        git.check(mainWorktree, "worktree", "prune");
    }

    /** {@code git branch -D BRANCH}. */
    public GitResult deleteBranch(String branch) {
        return git.run(mainWorktree, "branch", "-D", branch);
    }

    /** Every worktree of the repository, the main one first. */
    public List<WorktreeEntry> list() {
        String out = git.check(mainWorktree, "worktree", "list", "--porcelain");
        List<WorktreeEntry> entries = new ArrayList<>();
        for (String block : out.split("\n\n")) {
            Path path = null;
            String head = "";
            Optional<String> branch = Optional.empty();
            boolean prunable = false;
            for (String line : block.split("\n")) {
                if (line.startsWith("worktree ")) {
                    path = Path.of(line.substring(9));
                } else if (line.startsWith("HEAD ")) {
                    head = line.substring(5);
                } else if (line.startsWith("branch refs/heads/")) {
                    branch = Optional.of(line.substring(18));
                } else if (line.startsWith("prunable")) {
                    prunable = true;
                }
            }
            if (path != null) {
                entries.add(new WorktreeEntry(path, head, branch, prunable));
            }
        }
        return entries;
    }

    /** The worktree that has {@code branch} checked out, if any. */
    public Optional<WorktreeEntry> checkedOut(String branch) {
        return list().stream().filter(e -> e.branch().equals(Optional.of(branch))).findFirst();
    }
}
