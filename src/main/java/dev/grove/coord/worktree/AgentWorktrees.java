// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import dev.grove.config.Approvals;
import dev.grove.config.RepoConfig;
import dev.grove.git.GitCli;
import dev.grove.git.GitRepo;
import dev.grove.git.RepoLayout;
import java.nio.file.Path;
import dev.grove.git.MergePredictor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The worktree lifecycle of one repository's agents: the entry point for the CLI and the
 * server. Create, watch, review, merge, remove, restore and collect. Never prints: results are
 * values, user mistakes are {@code UserError}s. Thread-safe and safe across processes; every
 * call may run git, so call it off the render path. Close it to release the repository.
 */
public final class AgentWorktrees implements AutoCloseable {
    /**
     * What an instance runs with.
     *
     * @param git the git command line to use
     * @param approvals this machine's approved setup commands
     * @param clock time source for timestamps and idle checks
     * @param leases how ports are chosen
     */
    public record Options(GitCli git, Approvals approvals, Clock clock, PortLeases leases) {
        /** The system git, the user's approvals, the system clock, localhost ports. */
        public static Options defaults() {
            return new Options(GitCli.system(), Approvals.forUser(), Clock.systemUTC(), PortLeases.onLocalhost());
        }
    }

    /**
     * How long a cached status may be reused when nothing cheap to check has changed. The server
     * also calls {@link StatusPoller#invalidate} when an agent's pane shows output.
     */
    public static final Duration STATUS_MAX_AGE = Duration.ofMinutes(5);
    private static final Duration DISK_MAX_AGE = Duration.ofMinutes(5);

    private final RepoContext ctx;
    private final StatusPoller poller;
    private final ConflictRadar radar;
    private final Merger merger;

    private AgentWorktrees(RepoContext ctx) {
        this.ctx = ctx;
        MergePredictor predictor = new MergePredictor(ctx.git, ctx.repo);
        this.poller = new StatusPoller(ctx, STATUS_MAX_AGE, DISK_MAX_AGE);
        this.radar = new ConflictRadar(ctx, predictor);
        this.merger = new Merger(ctx, predictor);
    }

    /**
     * Opens the repository containing {@code dir} (its main worktree or any linked one).
     *
     * @throws dev.grove.common.UserError when git is missing or too old, {@code dir} is not in
     *     a repository, the repository is bare or has no commits, or its config is invalid
     */
    public static AgentWorktrees open(Path dir, Options options) {
        options.git().version();
        GitRepo repo = GitRepo.open(dir, options.git());
        try {
            return new AgentWorktrees(new RepoContext(repo, options));
        } catch (RuntimeException e) {
            repo.close();
            throw e;
        }
    }

    public RepoLayout layout() {
        return ctx.layout;
    }

    public RepoConfig config() {
        return ctx.config;
    }

    /** Every agent in the registry (archived ones too), in creation order. */
    public List<AgentRecord> agents() {
        return ctx.registry.list();
    }

    /**
     * What this repository's config runs (setup commands, agent profiles) that needs the user's
     * approval before a worktree can be created; empty if none.
     */
    public List<String> setupAwaitingApproval() {
        return ctx.trust().awaitingApproval(ctx.approvals);
    }

    /** Records the user's approval of this repository's current setup commands and agent profiles on this machine. */
    public void approveSetup() {
        ctx.trust().approve(ctx.approvals);
    }

    /**
     * Creates an agent's worktree and returns what opens its pane. {@code progress} hears each
     * step and every line of setup output, on the calling thread.
     */
    public Created create(NewAgent request, Consumer<SetupEvent> progress) {
        return new WorktreeCreator(ctx).create(request, progress);
    }

    /**
     * The status poller of this instance: call {@link StatusPoller#poll()} as often as you like;
     * it is cheap while nothing changes.
     */
    public StatusPoller statusPoller() {
        return poller;
    }

    /** The status of every live agent (see {@link StatusPoller}). */
    public List<WorktreeStatus> statuses() {
        return poller.poll();
    }

    /** The conflict radar over every live worktree; cheap when no branch moved since the last call. */
    public RadarReport radar() {
        return radar.compute(poller.poll());
    }

    /** The review of one agent: title, radar findings, uncommitted files, commits, stat, full diff. */
    public List<ReviewLine> review(String name) {
        ctx.live(name);
        List<WorktreeStatus> all = poller.poll();
        WorktreeStatus s = all.stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow();
        return Review.lines(ctx, s, radar.compute(all));
    }

    /**
     * Merges one agent's branch into {@code into} (null: its base). A predicted conflict or a
     * target that moved is a {@link MergeOutcome.Refused}; a dirty or detached main worktree,
     * an unknown agent or a missing branch is a {@code UserError}.
     */
    public MergeOutcome merge(String name, MergeMode mode, String into) {
        return merger.merge(name, mode, into);
    }

    /** Merges agents in order, each re-predicted against the moved target; stops at the first refusal. */
    public QueueReport mergeQueue(List<String> names, MergeMode mode, String into) {
        return merger.queue(names, mode, into);
    }

    /**
     * Runs {@code git merge TARGET} inside the agent's worktree, leaving any conflict there for
     * the agent, and returns the instruction to type into its pane.
     */
    public ConflictHandoff handConflictToAgent(String name, String into) {
        return merger.handToAgent(name, into);
    }

    /** What removing {@code name} would lose. */
    public RemovalCheck inspectRemoval(String name) {
        return new Cleanup(ctx).inspect(ctx.live(name));
    }

    /**
     * Removes an agent's worktree, branch, lease and record. {@link RemoveMode#SAFE} refuses with
     * a {@code UserError} naming what would be lost; {@link RemoveMode#FORCE} archives it first.
     */
    public Removed remove(String name, RemoveMode mode) {
        return new Cleanup(ctx).remove(name, mode);
    }

    /**
     * Brings back an archived agent exactly as it was archived.
     *
     * @param archive a full archive ref or its time stamp; null for the newest
     * @param socket the server socket for GROVE_SOCKET, or null
     */
    public Created restore(String name, String archive, String socket, Consumer<SetupEvent> progress) {
        return new Restorer(ctx).restore(name, archive, socket, progress);
    }

    /**
     * Removes clean, merged worktrees idle for longer than {@code idle} (null: the configured
     * {@code worktrees.gcIdleHours}) and drops stale records; nothing is changed on a dry run.
     */
    public GcReport gc(GcMode mode, Duration idle) {
        Duration limit = idle != null ? idle : Duration.ofHours(ctx.config.worktrees().gcIdleHours());
        return new GarbageCollector(ctx).collect(mode == GcMode.DRY_RUN, limit);
    }

    @Override
    public void close() {
        ctx.repo.close();
    }
}
