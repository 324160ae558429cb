// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.coord.agent.AgentProfile;
import dev.grove.coord.agent.AgentState;
import dev.grove.coord.agent.AgentStateTracker;
import dev.grove.coord.agent.AgentStatus;
import dev.grove.coord.agent.Attention;
import dev.grove.coord.agent.HookRunner;
import dev.grove.coord.agent.InterventionMonitor;
import dev.grove.coord.agent.PaneObservation;
import dev.grove.coord.agent.ProcessState;
import dev.grove.coord.agent.ProfileRegistry;
import dev.grove.coord.agent.ReviewQueue;
import dev.grove.coord.agent.ScreenLines;
import dev.grove.coord.agent.TriggerSettings;
import dev.grove.coord.flow.BatchState;
import dev.grove.coord.flow.WaitingAgents;
import dev.grove.coord.status.StatusRow;
import dev.grove.coord.status.StatusTable;
import dev.grove.coord.status.TableProblem;
import dev.grove.coord.worktree.AgentRecord;
import dev.grove.coord.worktree.RadarReport;
import dev.grove.coord.worktree.WorktreeStatus;
import dev.grove.session.Pane;
import dev.grove.session.PaneStatus;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Supervises the agent panes of a repository's server: a pane whose name is in the agent
 * registry gets an {@link AgentStateTracker} and an {@link InterventionMonitor}. After each loop
 * batch it re-evaluates only panes whose emulator version changed or whose timer is due; state
 * labels go to the status file, new attentions ring attached clients. Confined to the session
 * thread; slow work is in {@link AgentBackground}.
 */
final class AgentSupervisor {
    private static final String BELL = "\007";
    /** A pane printing without pause is re-read at most this often (the timer catches the rest). */
    private static final Duration MIN_INTERVAL = Duration.ofMillis(100);

    /** One agent pane's supervision state. */
    private static final class Supervised {
        final String paneId;
        final Instant startedAt;
        final AgentStateTracker tracker;
        final InterventionMonitor monitor;
        AgentRecord record;
        long version = -1;
        Instant nextCheck;
        Instant evaluatedAt = Instant.MIN;
        Instant exitedAt;
        String writtenLabel;
        /** Complete, or its process exited (with any code): it entered the review queue then. */
        boolean finished;
        boolean promptTyped;

        Supervised(String paneId, AgentRecord record, AgentProfile profile, TriggerSettings triggers, Instant now) {
            this.paneId = paneId;
            this.startedAt = now;
            this.record = record;
            this.tracker = new AgentStateTracker(profile, now);
            this.monitor = new InterventionMonitor(record.name(), profile, triggers);
        }
    }

    private final Mux mux;
    private final ProfileRegistry profiles;
    private final TriggerSettings triggers;
    private final AgentBackground background;
    private final Clock clock;
    private final Map<String, Supervised> byPane = new HashMap<>();
    private final Map<String, AgentSnapshot> snapshots = new HashMap<>();
    private ReviewQueue reviews = new ReviewQueue();
    private final Map<String, String> lastFocus = new HashMap<>();
    private Map<String, AgentRecord> records = Map.of();
    private Map<String, WorktreeStatus> worktrees = Map.of();
    private RadarReport radar;
    private List<WaitingAgents.Waiting> waiting = List.of();
    private List<BatchState> batches = List.of();
    private StatusTable table = StatusTable.empty();
    private boolean rowsChanged;
    private HookRunner hook;

    AgentSupervisor(Mux mux, ProfileRegistry profiles, TriggerSettings triggers, AgentBackground background,
            Clock clock) {
        this.mux = mux;
        this.profiles = profiles;
        this.triggers = triggers;
        this.background = background;
        this.clock = clock;
    }

    /** The snapshot of the agent in pane {@code paneId}, or null for a plain pane. */
    AgentSnapshot snapshot(String paneId) {
        return snapshots.get(paneId);
    }

    /** The state tracker of the agent in pane {@code paneId}, if it is one. */
    Optional<AgentStateTracker> tracker(String paneId) {
        return Optional.ofNullable(byPane.get(paneId)).map(s -> s.tracker);
    }

    /**
     * The status-file rows of agents that wait for others ({@code grove new B --after A}):
     * marked Blocked and not created yet.
     */
    List<StatusRow> waitingRows() {
        return table.rows().stream().filter(r -> !records.containsKey(r.agent())
                && "Blocked".equalsIgnoreCase(r.status())).toList();
    }

    /** What was wrong in the status file when it was last read (empty when nothing was). */
    List<TableProblem> tableProblems() {
        return table.problems();
    }

    /** The agents waiting for others, as the last refresh read them. */
    List<WaitingAgents.Waiting> waiting() {
        return waiting;
    }

    /** The repository's batches, as the last refresh read them. */
    List<BatchState> batches() {
        return batches;
    }

    ReviewQueue reviews() {
        return reviews;
    }

    /** Replaces the review queue with a saved one (at start, before any agent is evaluated). */
    void restoreReviews(List<ReviewQueue.Item> saved) {
        reviews = ReviewQueue.of(saved);
    }

    AgentBackground background() {
        return background;
    }

    /** Takes a background refresh's findings. */
    void apply(AgentBackground.Refresh r) {
        Map<String, AgentRecord> byName = new HashMap<>();
        r.agents().forEach(a -> byName.put(a.name(), a));
        records = byName;
        Map<String, WorktreeStatus> ws = new HashMap<>();
        r.worktrees().forEach(w -> ws.put(w.name(), w));
        worktrees = ws;
        r.radar().ifPresent(report -> radar = report);
        waiting = r.waiting();
        batches = r.batches();
        r.table().ifPresent(t -> {
            table = t;
            rowsChanged = true;
        });
        evaluate(true);
    }

    /** After each loop batch: re-evaluates the agents that may have changed. */
    void afterBatch() {
        evaluate(false);
    }

    private void evaluate(boolean all) {
        Instant now = clock.instant();
        Set<String> seen = new HashSet<>();
        boolean changed = false;
        for (Pane p : mux.session().panes()) {
            AgentRecord record = records.get(p.name());
            if (record == null || record.phase() == AgentRecord.Phase.ARCHIVED) {
                continue;
            }
            seen.add(p.id());
            Supervised s = byPane.computeIfAbsent(p.id(), id -> {
                Supervised added = new Supervised(id, record, profileOf(record), triggers, now);
                // The saved review queue already holds what a restored pane finished before the
                // stop: an agent reviewed then must not queue again now.
                added.finished = p.restoredOnly();
                return added;
            });
            s.record = record;
            long version = p.emulator().version();
            boolean fresh = version != s.version && !now.isBefore(s.evaluatedAt.plus(MIN_INTERVAL));
            boolean due = all || rowsChanged || fresh || (s.nextCheck != null && !now.isBefore(s.nextCheck))
                    || (p.status() != PaneStatus.RUNNING && s.exitedAt == null);
            if (due) {
                s.version = version;
                s.evaluatedAt = now;
                changed |= observe(p, s, now);
            }
        }
        rowsChanged = false;
        changed |= byPane.keySet().retainAll(seen) | snapshots.keySet().retainAll(seen);
        changed |= acknowledgeFocused();
        if (changed) {
            mux.markAllDirty();
        }
    }

    private static boolean typedIntoSince(Pane p, List<Attention> active) {
        return !active.isEmpty() && active.stream().allMatch(a -> p.lastInputMillis() >= a.since().toEpochMilli());
    }

    private AgentProfile profileOf(AgentRecord record) {
        String name = record.profile() == null ? "shell" : record.profile();
        return profiles.find(name).orElseGet(() -> profiles.lookup("shell"));
    }

    private boolean observe(Pane p, Supervised s, Instant now) {
        if (p.status() != PaneStatus.RUNNING && s.exitedAt == null) {
            s.exitedAt = now;
        } else if (p.status() == PaneStatus.RUNNING && s.exitedAt != null) {
            s.exitedAt = null;
            s.tracker.restarted(now);
        }
        PaneObservation o = PaneObservation.at(now)
                .withScreen(s.version, () -> ScreenLines.of(p.screen()))
                .withLastOutput(p.lastOutputMillis() == 0 ? null : Instant.ofEpochMilli(p.lastOutputMillis()))
                .withProcess(processState(p, s))
                .withRow(table.row(s.record.name()).orElse(null));
        if (s.record.phase() == AgentRecord.Phase.MERGED) {
            o = o.withMerged();
        }
        AgentStatus status = s.tracker.update(o);
        List<Attention> fired = s.monitor.update(o, status, outsideScope(s.record.name()));
        if (typedIntoSince(p, s.monitor.active())) {
            // Someone typed into the pane after it called for them: they have seen it.
            s.monitor.acknowledge();
        }
        s.nextCheck = earliest(s.tracker.nextCheckAt(), s.monitor.nextCheckAt());
        typePromptWhenReady(p, s);
        if (!status.label().equals(s.writtenLabel)) {
            s.writtenLabel = status.label();
            background.writeStatus(s.record.name(), s.record.task(), status.label());
        }
        boolean finished = status.state() == AgentState.COMPLETE || o.process().isExited();
        if (finished && !s.finished) {
            reviews.enter(s.record.name(), now);
        }
        s.finished = finished;
        if (!fired.isEmpty()) {
            notifyClients(fired);
            runHook(fired, s.record);
        }
        AgentSnapshot before = snapshots.get(p.id());
        AgentSnapshot after = new AgentSnapshot(s.record, status, s.monitor.active(), worktrees.get(s.record.name()),
                radar == null ? List.of() : radar.findings(s.record.name()),
                table.row(s.record.name()).map(StatusRow::extra).orElse(Map.of()));
        snapshots.put(p.id(), after);
        return !after.equals(before);
    }

    private static ProcessState processState(Pane p, Supervised s) {
        if (p.status() == PaneStatus.RUNNING) {
            return ProcessState.running(s.startedAt);
        }
        if (p.interrupted()) {
            return ProcessState.interrupted(s.exitedAt);
        }
        return ProcessState.exited(p.status() == PaneStatus.EXITED ? p.exitCode() : -1, s.exitedAt);
    }

    private List<String> outsideScope(String agent) {
        if (radar == null) {
            return List.of();
        }
        return radar.agents().stream().filter(a -> a.name().equals(agent)).findFirst()
                .map(RadarReport.AgentRadar::outsideScope).orElse(List.of());
    }

    private static Instant earliest(Optional<Instant> a, Optional<Instant> b) {
        if (a.isPresent() && b.isPresent()) {
            return a.get().isBefore(b.get()) ? a.get() : b.get();
        }
        return a.or(() -> b).orElse(null);
    }

    /** Types the first prompt into an agent whose profile takes it typed, once it is first ready. */
    private void typePromptWhenReady(Pane p, Supervised s) {
        String prompt = p.env().get("GROVE_PROMPT");
        if (s.promptTyped || prompt == null || prompt.isEmpty() || s.tracker.readyAt().isEmpty()) {
            return;
        }
        s.promptTyped = true;
        s.tracker.profile().typedPrompt(prompt)
                .ifPresent(text -> p.write((text + "\r").getBytes(StandardCharsets.UTF_8)));
    }

    /** Runs the user's hook command for each new attention; it reports to the hook log, never here. */
    private void runHook(List<Attention> fired, AgentRecord agent) {
        if (hook == null) {
            return;
        }
        for (Attention a : fired) {
            hook.run(a, Map.of("GROVE_WORKTREE", agent.worktree().toString(), "GROVE_BRANCH", agent.branch(),
                    "GROVE_TASK", agent.task() == null ? "" : agent.task()));
        }
    }

    /** Runs {@code hook} whenever an agent newly needs the person (null: no hook). */
    void runHookOnAttention(HookRunner hook) {
        this.hook = hook;
    }

    /** A bell and a desktop notification (OSC 9 and OSC 777) to every attached client, once per attention. */
    private void notifyClients(List<Attention> fired) {
        for (Attention a : fired) {
            String text = ("grove: " + a.agent() + ": " + a.reason()).replaceAll("[\\x00-\\x1f\\x7f;]", " ");
            byte[] bytes = (BELL + "\033]9;" + text + "\007" + "\033]777;notify;grove;" + text + "\007")
                    .getBytes(StandardCharsets.UTF_8);
            for (AttachedClient c : mux.clients().values()) {
                c.output.sendOutput(bytes);
            }
        }
    }

    /** A pane a client newly focuses has been looked at: its attentions are acknowledged. */
    private boolean acknowledgeFocused() {
        boolean changed = false;
        Map<String, String> now = new HashMap<>();
        for (AttachedClient c : mux.clients().values()) {
            if (c.focusedPaneId == null) {
                continue;
            }
            now.put(Integer.toString(c.id), c.focusedPaneId);
            if (!c.focusedPaneId.equals(lastFocus.get(Integer.toString(c.id)))) {
                changed |= acknowledge(c.focusedPaneId);
            }
        }
        lastFocus.clear();
        lastFocus.putAll(now);
        return changed;
    }

    /** A person looked at pane {@code paneId}: clears its attentions. */
    boolean acknowledge(String paneId) {
        Supervised s = byPane.get(paneId);
        if (s == null || s.monitor.active().isEmpty()) {
            return false;
        }
        s.monitor.acknowledge();
        AgentSnapshot a = snapshots.get(paneId);
        if (a != null) {
            snapshots.put(paneId, a.acknowledged());
        }
        return true;
    }

    /** Every supervised agent's snapshot, in pane order. */
    List<AgentSnapshot> all() {
        return mux.session().panes().stream().map(p -> snapshots.get(p.id())).filter(a -> a != null).toList();
    }
}
