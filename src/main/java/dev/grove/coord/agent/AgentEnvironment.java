// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment variables every agent process gets, so it can find its place and report its
 * progress: {@code GROVE_AGENT}, {@code GROVE_TASK}, {@code GROVE_WORKTREE}, {@code GROVE_BRANCH},
 * {@code GROVE_BASE}, {@code GROVE_STATUS_FILE}, {@code GROVE_SOCKET}, and the leased ports
 * ({@code PORT}, {@code API_PORT}, ...). Null values are left out. Agents started after others
 * merged also get {@link #AFTER}, agents of a batch {@link #BATCH}.
 */
public record AgentEnvironment(String agent, String task, Path worktree, String branch, String base, Path statusFile,
        Path socket, Map<String, Integer> ports) {

    public static final String AGENT = "GROVE_AGENT";
    public static final String TASK = "GROVE_TASK";
    public static final String WORKTREE = "GROVE_WORKTREE";
    public static final String BRANCH = "GROVE_BRANCH";
    public static final String BASE = "GROVE_BASE";
    public static final String STATUS_FILE = "GROVE_STATUS_FILE";
    public static final String SOCKET = "GROVE_SOCKET";
    /** Set for an agent started once the agents it waited for merged: their names, comma-separated. */
    public static final String AFTER = "GROVE_AFTER";
    /** Set for an agent a batch started: the batch's id. */
    public static final String BATCH = "GROVE_BATCH";

    public AgentEnvironment {
        ports = Map.copyOf(ports);
    }

    /** The variables in a stable order, ports last. */
    public Map<String, String> toMap() {
        Map<String, String> env = new LinkedHashMap<>();
        put(env, AGENT, agent);
        put(env, TASK, task);
        put(env, WORKTREE, worktree);
        put(env, BRANCH, branch);
        put(env, BASE, base);
        put(env, STATUS_FILE, statusFile);
        put(env, SOCKET, socket);
        ports.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> env.put(e.getKey(), Integer.toString(e.getValue())));
        return env;
    }

    private static void put(Map<String, String> env, String name, Object value) {
        if (value != null) {
            env.put(name, value.toString());
        }
    }
}
