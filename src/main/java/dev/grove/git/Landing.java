// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.git;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The steps that land a branch, through the git command line: write a commit for a predicted
 * tree, move a branch forward (fast-forward in the worktree that has it checked out, or a
 * compare-and-swap ref update when none has), rebase inside a worktree, or start a merge inside
 * an agent's worktree to hand a conflict over. None of these leaves a worktree mid-merge except
 * {@link #mergeInto}, whose purpose is exactly that. Thread-safe.
 */
public final class Landing {
    private final GitCli git;
    private final Path mainWorktree;

    public Landing(GitCli git, RepoLayout layout) {
        this.git = git;
        this.mainWorktree = layout.mainWorktree();
    }

    Path mainWorktreeDir() {
        return mainWorktree;
    }

    /** Writes a commit with the given tree, parents and message; returns its id. */
    public String commitTree(String tree, List<String> parents, String message) {
        return commitTree(tree, parents, message, Map.of());
    }

    /** As {@link #commitTree(String, List, String)}, with extra environment (e.g. an identity). */
    public String commitTree(String tree, List<String> parents, String message, Map<String, String> env) {
        List<String> args = new ArrayList<>(List.of("commit-tree", tree));
        for (String p : parents) {
            args.add("-p");
            args.add(p);
        }
        args.add("-F");
        args.add("-");
        GitResult r = git.run(mainWorktree, env, message.getBytes(StandardCharsets.UTF_8), args);
        if (!r.ok()) {
            throw new GitFailure(r);
        }
        return r.out().strip();
    }

    /** Whether the worktree has no staged or unstaged changes to tracked files (untracked are fine). */
    public boolean hasNoTrackedChanges(Path worktree) {
        return git.check(worktree, "status", "--porcelain", "--untracked-files=no").isBlank();
    }

    /**
     * The tracked files with staged or unstaged changes in {@code worktree}, relative to its top
     * (both names of a rename). Untracked files are not listed.
     */
    public List<String> trackedChanges(Path worktree) {
        String[] entries = git.check(worktree, "status", "--porcelain", "-z", "--untracked-files=no").split("\0");
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            String e = entries[i];
            if (e.length() < 4) {
                continue;
            }
            paths.add(e.substring(3));
            if ((e.charAt(0) == 'R' || e.charAt(0) == 'C') && i + 1 < entries.length) {
                paths.add(entries[++i]);
            }
        }
        return paths;
    }

    /** Fast-forwards the branch checked out in {@code worktree} to {@code commit}; refuses anything else. */
    public GitResult fastForward(Path worktree, String commit) {
        return git.run(worktree, "merge", "--ff-only", "--no-edit", commit);
    }

    /** Moves {@code ref} from {@code expectedOld} to {@code next}; fails if it moved meanwhile. */
    public GitResult updateRef(String ref, String next, String expectedOld) {
        return git.run(mainWorktree, "update-ref", ref, next, expectedOld);
    }

    /** Creates or overwrites {@code ref} to point at {@code commit}. */
    public void setRef(String ref, String commit) {
        git.check(mainWorktree, "update-ref", ref, commit);
    }

    /** Deletes {@code ref}. */
    public void deleteRef(String ref) {
        git.check(mainWorktree, "update-ref", "-d", ref);
    }

    /**
     * Rebases the branch checked out in {@code worktree} onto {@code onto}. On conflicts the
     * rebase is aborted (the worktree is as before) and the conflicted files are returned.
     */
    public List<String> rebase(Path worktree, String onto) {
        GitResult r = git.run(worktree, "rebase", onto);
        if (r.ok()) {
            return List.of();
        }
        List<String> conflicts = conflictedFiles(worktree);
        git.run(worktree, "rebase", "--abort");
        if (conflicts.isEmpty()) {
            throw new GitFailure(r);
        }
        return conflicts;
    }

    /**
     * Runs {@code git merge --no-edit COMMIT} inside {@code worktree} and leaves any conflict in
     * place for whoever works there; returns the conflicted files (empty when it merged cleanly).
     */
    public List<String> mergeInto(Path worktree, String commit) {
        GitResult r = git.run(worktree, "merge", "--no-edit", commit);
        if (r.ok()) {
            return List.of();
        }
        List<String> conflicts = conflictedFiles(worktree);
        if (conflicts.isEmpty()) {
            throw new GitFailure(r);
        }
        return conflicts;
    }

    private List<String> conflictedFiles(Path worktree) {
        String out = git.check(worktree, "diff", "--name-only", "--diff-filter=U", "-z");
        return List.of(out.split("\0")).stream().filter(s -> !s.isEmpty()).toList();
    }
}
