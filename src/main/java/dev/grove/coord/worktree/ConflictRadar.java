// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import dev.grove.git.MergePrediction;
import dev.grove.git.MergePredictor;
import dev.grove.git.UncommittedFile;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Computes the {@link RadarReport} from worktree statuses. Merge predictions and changed-path
 * lists depend only on commit ids, so they are cached: a refresh in which no branch and no base
 * moved runs no git process. Pairwise merges are predicted only for agents whose committed
 * changes overlap. Thread-safe; meant for a background thread.
 */
public final class ConflictRadar {
    private static final int CACHE_LIMIT = 2000;
    private final RepoContext ctx;
    private final MergePredictor predictor;
    private final Map<String, MergePrediction> predictions = new ConcurrentHashMap<>();
    private final Map<String, SortedSet<String>> committed = new ConcurrentHashMap<>();

    ConflictRadar(RepoContext ctx, MergePredictor predictor) {
        this.ctx = ctx;
        this.predictor = predictor;
    }

    /** The radar over {@code statuses} (usually {@link StatusPoller#poll()}). */
    public RadarReport compute(List<WorktreeStatus> statuses) {
        if (predictions.size() > CACHE_LIMIT || committed.size() > CACHE_LIMIT) {
            predictions.clear();
            committed.clear();
        }
        List<RadarReport.AgentRadar> agents = new ArrayList<>();
        Map<String, SortedSet<String>> changedCommitted = new LinkedHashMap<>();
        Map<String, SortedSet<String>> changedAll = new LinkedHashMap<>();
        Map<String, AgentRecord> records = new HashMap<>();
        ctx.registry.list().forEach(r -> records.put(r.name(), r));
        for (WorktreeStatus s : statuses) {
            if (s.head() == null) {
                agents.add(new RadarReport.AgentRadar(s.name(), s.baseRef(), RadarReport.Prediction.UNKNOWN,
                        List.of(), s.baseMoved(), s.behind(), List.of(), List.of(), problem(s)));
                continue;
            }
            SortedSet<String> mine = committedPaths(s.mergeBase(), s.head());
            SortedSet<String> all = new TreeSet<>(mine);
            s.uncommitted().stream().map(UncommittedFile::path).forEach(all::add);
            changedCommitted.put(s.name(), mine);
            changedAll.put(s.name(), all);
            MergePrediction p = predict(s.baseCommitNow(), s.head());
            AgentRecord rec = records.get(s.name());
            List<String> scope = rec == null ? List.of() : rec.scope();
            agents.add(new RadarReport.AgentRadar(s.name(), s.baseRef(),
                    p.clean() ? RadarReport.Prediction.CLEAN : RadarReport.Prediction.CONFLICTS, p.conflicts(),
                    s.baseMoved(), s.behind(), outside(scope, all), List.copyOf(all),
                    s.health() == WorktreeStatus.Health.OK ? null : problem(s)));
        }
        return new RadarReport(ctx.now(), predictor.renameAware(), agents, overlaps(statuses, changedCommitted, changedAll));
    }

    private List<RadarReport.Overlap> overlaps(List<WorktreeStatus> statuses, Map<String, SortedSet<String>> committedBy,
            Map<String, SortedSet<String>> allBy) {
        List<RadarReport.Overlap> out = new ArrayList<>();
        List<WorktreeStatus> withHead = statuses.stream().filter(s -> s.head() != null).toList();
        for (int i = 0; i < withHead.size(); i++) {
            for (int j = i + 1; j < withHead.size(); j++) {
                WorktreeStatus a = withHead.get(i);
                WorktreeStatus b = withHead.get(j);
                SortedSet<String> both = new TreeSet<>(allBy.get(a.name()));
                both.retainAll(allBy.get(b.name()));
                if (both.isEmpty()) {
                    continue;
                }
                SortedSet<String> bothCommitted = new TreeSet<>(committedBy.get(a.name()));
                bothCommitted.retainAll(committedBy.get(b.name()));
                boolean conflicting = !bothCommitted.isEmpty() && !predict(a.head(), b.head()).clean();
                out.add(new RadarReport.Overlap(a.name(), b.name(), List.copyOf(both), conflicting));
            }
        }
        return out;
    }

    private MergePrediction predict(String ours, String theirs) {
        return predictions.computeIfAbsent(ours + " " + theirs, k -> predictor.predict(ours, theirs));
    }

    private SortedSet<String> committedPaths(String mergeBase, String head) {
        return committed.computeIfAbsent(mergeBase + " " + head, k -> ctx.repo.changedPaths(mergeBase, head));
    }

    private static List<String> outside(List<String> scope, SortedSet<String> changed) {
        if (scope.isEmpty()) {
            return List.of();
        }
        List<PathMatcher> matchers = scope.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
        return changed.stream().filter(f -> matchers.stream().noneMatch(m -> m.matches(Path.of(f)))).toList();
    }

    private static String problem(WorktreeStatus s) {
        if (s.health() == WorktreeStatus.Health.BRANCH_MISSING || s.head() == null) {
            return "branch " + s.branch() + " is missing";
        }
        return "worktree " + s.worktree() + " is missing";
    }
}
