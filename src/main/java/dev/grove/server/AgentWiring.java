// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.config.Approvals;
import dev.grove.config.UserConfig;
import dev.grove.coord.agent.HookRunner;
import dev.grove.coord.agent.ProfileRegistry;
import dev.grove.coord.agent.TriggerSettings;
import dev.grove.coord.status.StatusFileLocator;
import dev.grove.coord.status.StatusLocation;
import dev.grove.coord.status.TableProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Wires agent supervision into a repository's server: the supervisor after every batch, the
 * agent table, bordered attention, the {@code agents} section of {@code grove ls}, the agent
 * keys ({@link AgentActions}, {@link BestOfActions}) and resuming agents with their profiles
 * ({@link ProfileResume}). Called once by the composition root.
 */
final class AgentWiring {
    private AgentWiring() {}

    /** How long the user's hook command may run before it is stopped. */
    private static final Duration HOOK_TIMEOUT = Duration.ofSeconds(30);

    /** Installs supervision for the repository whose main worktree is {@code mainWorktree}. */
    static AgentSupervisor install(Mux mux, Path mainWorktree, Path stateDir, UserConfig config) {
        Path repoConfig = mainWorktree.resolve(".grove").resolve("config.json");
        Path userConfig = UserConfig.defaultFile();
        ProfileRegistry profiles = ProfileRegistry.load(Files.exists(repoConfig) ? repoConfig : null,
                Files.exists(userConfig) ? userConfig : null);
        // The zone is the one the server was started in: Last Update times read as local, like
        // those written by grove status set.
        Clock clock = Clock.systemDefaultZone();
        StatusLocation location = StatusFileLocator.locate(mainWorktree, Map.of());
        location.ensureExcluded();
        AgentBackground background = new AgentBackground(mux.loop(), mainWorktree, stateDir, location.open(clock));
        TriggerSettings triggers = TriggerSettings.from(config.triggers(), userConfig);
        AgentSupervisor supervisor = new AgentSupervisor(mux, profiles, triggers, background, clock);
        if (config.hook() != null) {
            supervisor.runHookOnAttention(new HookRunner(config.hook(), stateDir.resolve("hooks.log"), HOOK_TIMEOUT));
        }
        mux.addTicker(supervisor::afterBatch);
        mux.setTableSource(new AgentTable(supervisor::snapshot, supervisor::waitingRows, config.extraColumns()));
        mux.setPaneBadges(p -> {
            AgentSnapshot a = supervisor.snapshot(p.id());
            return a == null ? PaneBadge.of(p) : new PaneBadge(a.status().label(), a.needsYou());
        });
        String fileName = mainWorktree.relativize(location.file()).toString();
        mux.setStatusNote(() -> statusNote(supervisor, fileName, config.prefix()));
        mux.setAgentListing(() -> AgentListing.entries(mux, supervisor));
        mux.setResumeCommands(new ProfileResume(mainWorktree, userConfig, Approvals.forUser(), System.getenv("GROVE_HOME")));
        DependentStarts dependents = new DependentStarts(mux, background);
        AgentActions.register(mux, supervisor, dependents);
        BestOfActions.register(mux, supervisor, dependents);
        background.start(supervisor::apply);
        return supervisor;
    }

    /**
     * The note before the key hints: the status file's first problem while it has any (a hand
     * edit broke it), then how many agents await review.
     */
    private static String statusNote(AgentSupervisor supervisor, String fileName, String prefix) {
        List<String> parts = new ArrayList<>();
        List<TableProblem> problems = supervisor.tableProblems();
        if (!problems.isEmpty()) {
            String more = problems.size() > 1 ? " (+" + (problems.size() - 1) + " more: grove status)" : "";
            parts.add("⚠ " + problems.get(0).describe(fileName) + more);
        }
        int waiting = supervisor.reviews().size();
        if (waiting > 0) {
            parts.add(waiting + " awaiting review (" + prefix + " R)");
        }
        return String.join(" · ", parts);
    }
}
