// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

import dev.grove.common.UserError;
import dev.grove.config.FileLocks;
import dev.grove.config.Json;
import dev.grove.coord.agent.AgentEnvironment;
import dev.grove.coord.status.StatusEdit;
import dev.grove.coord.status.StatusFile;
import dev.grove.coord.worktree.AgentLaunch;
import dev.grove.coord.worktree.AgentRecord;
import dev.grove.coord.worktree.AgentWorktrees;
import dev.grove.coord.worktree.Created;
import dev.grove.coord.worktree.NewAgent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Agents that wait for others ({@code grove new B --after A}): kept in
 * {@code <common git dir>/grove/waiting.json} under a file lock and shown as Blocked "waits for
 * A" in the coordination table; {@link #release} creates every waiting agent whose agents have
 * all merged, from the updated base. Safe across processes.
 */
public final class WaitingAgents {
    /**
     * One waiting agent.
     *
     * @param request the {@code grove new} request to run once released
     * @param after the agents that must merge first
     */
    public record Waiting(NewAgent request, List<String> after) {}

    private final AgentWorktrees worktrees;
    private final Path file;
    private final StatusFile status;

    public WaitingAgents(AgentWorktrees worktrees, Clock clock) {
        this.worktrees = worktrees;
        this.file = worktrees.layout().commonDir().resolve("grove").resolve("waiting.json");
        this.status = new StatusFile(worktrees.layout().mainWorktree().resolve(worktrees.config().statusFile()), clock);
    }

    /**
     * Registers {@code request} to start once every agent in {@code after} has merged.
     *
     * @throws UserError for an unknown name in {@code after}, a name already in use, or a cycle
     */
    public void add(NewAgent request, List<String> after) {
        if (after.isEmpty()) {
            throw new UserError("--after needs at least one agent name");
        }
        FileLocks.withLock(lockFile(), () -> {
            List<Waiting> waiting = new ArrayList<>(load());
            List<String> known = new ArrayList<>(worktrees.agents().stream().filter(AgentRecord::live)
                    .map(AgentRecord::name).toList());
            waiting.forEach(w -> known.add(w.request().name()));
            if (known.contains(request.name())) {
                throw new UserError("agent " + request.name() + " already exists or already waits");
            }
            for (String a : after) {
                if (!known.contains(a) && !a.equals(request.name())) {
                    throw new UserError("--after names unknown agent '" + a + "'", known.isEmpty()
                            ? "there are no agents yet: start the one to wait for first"
                            : "the agents are " + String.join(", ", known));
                }
            }
            waiting.add(new Waiting(request, after));
            checkAcyclic(waiting);
            Json.writeAtomically(file, Json.write(waiting));
            return null;
        });
        status.set(StatusEdit.of(request.name()).withTask(request.task()).withStatus("Blocked")
                .withNote("waits for " + String.join(", ", after)));
    }

    /** The agents waiting now. */
    public List<Waiting> waiting() {
        return FileLocks.withLock(lockFile(), this::load);
    }

    /** Creates every waiting agent whose agents have all merged; returns them (open their panes). */
    public List<Created> release() {
        return FileLocks.withLock(lockFile(), () -> {
            List<Waiting> still = new ArrayList<>();
            List<Created> created = new ArrayList<>();
            for (Waiting w : load()) {
                if (w.after().stream().allMatch(this::merged)) {
                    created.add(withAfter(worktrees.create(w.request(), e -> { }), w.after()));
                    status.set(StatusEdit.of(w.request().name()).withStatus("Starting").withNote(""));
                } else {
                    still.add(w);
                }
            }
            Json.writeAtomically(file, Json.write(still));
            return created;
        });
    }

    /** {@code c} with the agents it waited for in its environment, so the server records them. */
    private static Created withAfter(Created c, List<String> after) {
        Map<String, String> env = new HashMap<>(c.launch().env());
        env.put(AgentEnvironment.AFTER, String.join(",", after));
        AgentLaunch l = c.launch();
        return new Created(c.record(), new AgentLaunch(l.name(), l.worktree(), env, l.command()), c.warnings());
    }

    private boolean merged(String name) {
        return worktrees.agents().stream().anyMatch(a -> a.name().equals(name) && a.mergedAt() != null);
    }

    private static void checkAcyclic(List<Waiting> waiting) {
        List<FlowTask> graph = new ArrayList<>();
        Map<String, Boolean> names = new HashMap<>();
        waiting.forEach(w -> names.put(w.request().name(), true));
        for (Waiting w : waiting) {
            List<String> inGraph = w.after().stream().filter(names::containsKey).toList();
            graph.add(new FlowTask(w.request().name(), w.request().task(), inGraph, List.of(), null, false, 0));
        }
        TaskGraph.check(graph, "--after");
    }

    private List<Waiting> load() {
        return Files.exists(file) ? Arrays.asList(Json.read(file, Waiting[].class)) : List.of();
    }

    private Path lockFile() {
        return file.resolveSibling("waiting.lock");
    }
}
