// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import dev.grove.config.Approvals;
import dev.grove.config.RepoConfig;
import dev.grove.git.GitCli;
import dev.grove.git.GitRepo;
import dev.grove.git.RepoLayout;
import java.nio.file.Path;
import java.time.Clock;
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

    private final RepoContext ctx;

    private AgentWorktrees(RepoContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Opens the repository containing {@code dir} (its main worktree or any linked one).
     *
     * @throws dev.grove.common.UserError when git is missing or too old, {@code dir} is not in
     *     a repository, the repository is bare or has no commits, or its config is invalid
     */
    public static AgentWorktrees open(Path dir, Options options) {
        options.git().version();
        GitRepo repo = GitRepo.open(dir);
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

    /** The setup commands that need the user's approval before a worktree can be created; empty if none. */
    public List<String> setupAwaitingApproval() {
        List<String> setup = ctx.config.setup();
        return ctx.approvals.isApproved(ctx.layout.mainWorktree(), setup) ? List.of() : setup;
    }

    /** Records the user's approval of this repository's current setup commands on this machine. */
    public void approveSetup() {
        ctx.approvals.approve(ctx.layout.mainWorktree(), ctx.config.setup());
    }

    /**
     * Creates an agent's worktree and returns what opens its pane. {@code progress} hears each
     * step and every line of setup output, on the calling thread.
     */
    public Created create(NewAgent request, Consumer<SetupEvent> progress) {
        return new WorktreeCreator(ctx).create(request, progress);
    }

    @Override
    public void close() {
        ctx.repo.close();
    }
}
