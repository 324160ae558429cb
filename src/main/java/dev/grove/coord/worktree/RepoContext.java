// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import dev.grove.common.UserError;
import dev.grove.config.Approvals;
import dev.grove.config.RepoConfig;
import dev.grove.config.RepoTrust;
import dev.grove.git.DiffText;
import dev.grove.git.GitCli;
import dev.grove.git.GitRepo;
import dev.grove.git.Landing;
import dev.grove.git.RepoLayout;
import dev.grove.git.Snapshots;
import dev.grove.git.Worktrees;
import java.nio.file.Path;
import java.time.Clock;

/** The parts every worktree operation on one repository shares. Thread-safe. */
final class RepoContext {
    final GitCli git;
    final GitRepo repo;
    final RepoLayout layout;
    final RepoConfig config;
    final AgentRegistry registry;
    final Approvals approvals;
    final Clock clock;
    final PortLeases leases;
    final Worktrees worktrees;
    final Landing landing;
    final Snapshots snapshots;
    final DiffText diffs;

    RepoContext(GitRepo repo, AgentWorktrees.Options options) {
        this.git = options.git();
        this.repo = repo;
        this.layout = repo.layout();
        this.config = RepoConfig.load(layout.mainWorktree());
        this.registry = new AgentRegistry(layout.stateDir());
        this.approvals = options.approvals();
        this.clock = options.clock();
        this.leases = options.leases();
        this.worktrees = new Worktrees(git, layout);
        this.landing = new Landing(git, layout);
        this.snapshots = new Snapshots(git, layout);
        this.diffs = new DiffText(git, layout);
    }

    String now() {
        return clock.instant().toString();
    }

    /** What the repository's config runs (setup commands, agent profiles), read now, for approval. */
    RepoTrust trust() {
        return RepoTrust.of(layout.mainWorktree(), config.setup());
    }

    /** The directory that holds the agents' worktrees. */
    Path worktreeRoot() {
        String dir = config.worktrees().dir();
        if (dir.startsWith("~/")) {
            return Path.of(System.getProperty("user.home")).resolve(dir.substring(2)).normalize();
        }
        return layout.mainWorktree().resolve(dir).normalize();
    }

    /** The main worktree's file for the coordination table. */
    Path statusFile() {
        return layout.mainWorktree().resolve(config.statusFile()).normalize();
    }

    /** The live agent called {@code name}. */
    AgentRecord live(String name) {
        return registry.find(name).filter(AgentRecord::live).orElseThrow(() -> new UserError(
                "no agent named '" + name + "' in " + layout.mainWorktree(), "'grove ls' lists the agents"));
    }

    /** The commit the local branch {@code branch} points at; a UserError when it is gone. */
    String branchHead(AgentRecord a) {
        return repo.branchHead(a.branch()).orElseThrow(() -> new UserError(
                "branch '" + a.branch() + "' of agent '" + a.name() + "' no longer exists (deleted by hand?)",
                "recreate it (git branch " + a.branch() + " COMMIT) or remove the agent with 'grove rm "
                        + a.name() + " --force'"));
    }
}
