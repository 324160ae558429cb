// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import dev.grove.git.CommitInfo;
import dev.grove.git.UncommittedFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The review of one agent's branch: a title, the radar's findings, uncommitted files (which a
 * merge would not include), the commits, the diff stat and the full diff against the merge base.
 */
final class Review {
    private Review() {}

    static List<ReviewLine> lines(RepoContext ctx, WorktreeStatus s, RadarReport radar) {
        List<ReviewLine> out = new ArrayList<>();
        String head = ctx.branchHead(ctx.live(s.name()));
        out.add(new ReviewLine(ReviewLine.Kind.TITLE, "agent " + s.name() + " · branch " + s.branch() + " · base "
                + s.baseRef() + (s.task().isEmpty() ? "" : " · " + s.task())));
        for (String f : radar.findings(s.name())) {
            out.add(new ReviewLine(ReviewLine.Kind.FINDING, f));
        }
        if (!s.uncommitted().isEmpty()) {
            out.add(new ReviewLine(ReviewLine.Kind.NOTE, s.uncommitted().size()
                    + " uncommitted file(s), not part of a merge:"));
            for (UncommittedFile f : s.uncommitted()) {
                out.add(new ReviewLine(ReviewLine.Kind.NOTE, "  " + f.kind().name().toLowerCase() + "  " + f.path()));
            }
        }
        String mergeBase = ctx.repo.mergeBase(s.baseCommitNow(), head).orElse(s.baseCommitNow());
        List<CommitInfo> commits = ctx.repo.commitsBetween(mergeBase, head);
        out.add(new ReviewLine(ReviewLine.Kind.NOTE, commits.size() + " commit(s) since " + s.baseRef() + ":"));
        for (CommitInfo c : commits) {
            out.add(new ReviewLine(ReviewLine.Kind.COMMIT, c.shortId() + " " + c.subject() + " (" + c.author() + ")"));
        }
        for (String line : ctx.diffs.stat(mergeBase, head)) {
            out.add(new ReviewLine(ReviewLine.Kind.STAT, line));
        }
        for (String line : ctx.diffs.unified(mergeBase, head)) {
            out.add(ReviewLine.ofDiff(line));
        }
        return out;
    }
}
