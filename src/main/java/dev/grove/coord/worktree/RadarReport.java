// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import java.util.ArrayList;
import java.util.List;

/**
 * The conflict radar over all live worktrees: per agent, its predicted merge with the current
 * base, whether the base moved, files changed outside its scope; across agents, the files two
 * worktrees both changed (committed since their merge base or uncommitted).
 *
 * @param computedAt ISO-8601 instant
 * @param renameAware false when git is older than 2.38 and predictions ignore renames
 */
public record RadarReport(String computedAt, boolean renameAware, List<AgentRadar> agents, List<Overlap> overlaps) {
    /** Merge prediction outcome. */
    public enum Prediction { CLEAN, CONFLICTS, UNKNOWN }

    /**
     * One agent's findings.
     *
     * @param target the base ref its branch is predicted against
     * @param conflicts files that would conflict when merged into the current base
     * @param behind commits on the base since the branch's merge base
     * @param outsideScope changed files matching none of its scope globs
     * @param changed every changed file (committed since the merge base, or uncommitted)
     * @param problem why nothing could be computed (worktree or branch missing), or null
     */
    public record AgentRadar(String name, String target, Prediction prediction, List<String> conflicts,
            boolean baseMoved, int behind, List<String> outsideScope, List<String> changed, String problem) {}

    /**
     * Files changed by two agents.
     *
     * @param conflicting their branches would conflict with each other (committed changes only)
     */
    public record Overlap(String a, String b, List<String> files, boolean conflicting) {
        /** The other agent of this overlap. */
        public String other(String name) {
            return a.equals(name) ? b : a;
        }
    }

    public RadarReport {
        agents = List.copyOf(agents);
        overlaps = List.copyOf(overlaps);
    }

    /**
     * Short findings for one agent, most serious first, for the status table and the review
     * view: {@code ✗ conflicts with main: a.ts}, {@code ⚠ overlaps api: src/config.ts}, ...
     */
    public List<String> findings(String name) {
        List<String> out = new ArrayList<>();
        for (AgentRadar a : agents) {
            if (!a.name().equals(name)) {
                continue;
            }
            if (a.problem() != null) {
                out.add("✗ " + a.problem());
            }
            if (a.prediction() == Prediction.CONFLICTS) {
                out.add("✗ conflicts with " + a.target() + ": " + list(a.conflicts()));
            }
            if (a.baseMoved() && a.behind() > 0) {
                out.add("↻ base " + a.target() + " moved: " + a.behind() + " new commit" + (a.behind() == 1 ? "" : "s"));
            }
            if (!a.outsideScope().isEmpty()) {
                out.add("⚠ outside scope: " + list(a.outsideScope()));
            }
        }
        for (Overlap o : overlaps) {
            if (o.a().equals(name) || o.b().equals(name)) {
                out.add((o.conflicting() ? "✗ conflicts with " : "⚠ overlaps ") + o.other(name) + ": " + list(o.files()));
            }
        }
        if (!renameAware && !out.isEmpty()) {
            out.add("note: git older than 2.38; merge predictions do not follow renames");
        }
        return out;
    }

    private static String list(List<String> files) {
        if (files.size() <= 3) {
            return String.join(", ", files);
        }
        return String.join(", ", files.subList(0, 3)) + " and " + (files.size() - 3) + " more";
    }
}
