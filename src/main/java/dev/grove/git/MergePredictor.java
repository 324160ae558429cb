// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.git;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Predicts merges. With git 2.38 or newer it runs {@code git merge-tree --write-tree} (the ort
 * strategy: rename-aware, writes objects but touches no worktree or index); with older git it
 * falls back to JGit's in-memory recursive merge and says so in each prediction. Thread-safe.
 */
public final class MergePredictor {
    private final GitCli git;
    private final GitRepo repo;
    private final boolean mergeTree;

    public MergePredictor(GitCli git, GitRepo repo) {
        this.git = git;
        this.repo = repo;
        this.mergeTree = git.version().atLeast(GitVersion.MERGE_TREE);
    }

    /** Whether predictions understand renames (git 2.38+). */
    public boolean renameAware() {
        return mergeTree;
    }

    /** The result of merging commit {@code theirs} into commit {@code ours}. */
    public MergePrediction predict(String ours, String theirs) {
        if (!mergeTree) {
            return repo.inCoreMerge(ours, theirs);
        }
        GitResult r = git.run(repo.layout().mainWorktree(),
                "merge-tree", "--write-tree", "--name-only", "--no-messages", "-z", ours, theirs);
        if (r.exitCode() != 0 && r.exitCode() != 1) {
            throw new GitFailure(r);
        }
        List<String> fields = new ArrayList<>(Arrays.asList(r.out().split("\0")));
        String tree = fields.remove(0).strip();
        List<String> conflicts = fields.stream().filter(f -> !f.isEmpty()).distinct().toList();
        if (r.exitCode() == 1 && conflicts.isEmpty()) {
            throw new GitFailure(r);
        }
        return new MergePrediction(conflicts.isEmpty() ? tree : null, conflicts, true);
    }
}
