// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import dev.grove.config.FileLocks;
import dev.grove.config.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The agents of one repository, in {@code <common git dir>/grove/agents.json}. Every change is
 * a read-modify-write under a file lock with an atomic rename, so concurrent {@code grove new}
 * in several threads or processes never get the same name, slot or port. The one class that
 * knows where agents are stored. Thread-safe.
 */
public final class AgentRegistry {
    /** The file's contents; {@code version} is the schema version. */
    public record Contents(int version, List<AgentRecord> agents) {
        public Contents {
            agents = agents == null ? List.of() : List.copyOf(agents);
        }
    }

    private static final int VERSION = 1;
    private final Path file;
    private final Path lock;

    public AgentRegistry(Path stateDir) {
        this.file = stateDir.resolve("agents.json");
        this.lock = stateDir.resolve("agents.lock");
    }

    public Path file() {
        return file;
    }

    /** Every agent, in creation order. */
    public List<AgentRecord> list() {
        return read().agents();
    }

    /** The agent called {@code name}, archived ones included. */
    public Optional<AgentRecord> find(String name) {
        return list().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /**
     * Changes the registry under its lock: {@code change} gets a mutable copy of the agents and
     * returns a result; the list is written back (atomically) unless it was left unchanged. An
     * exception from {@code change} leaves the file untouched.
     */
    public <T> T update(Function<List<AgentRecord>, T> change) {
        return FileLocks.withLock(lock, () -> {
            List<AgentRecord> before = read().agents();
            List<AgentRecord> agents = new ArrayList<>(before);
            T result = change.apply(agents);
            if (!agents.equals(before)) {
                Json.writeAtomically(file, Json.write(new Contents(VERSION, agents)));
            }
            return result;
        });
    }

    /** Replaces the record with the same name. */
    public void put(AgentRecord record) {
        update(agents -> {
            agents.replaceAll(a -> a.name().equals(record.name()) ? record : a);
            return null;
        });
    }

    /** Removes the record called {@code name}, if present. */
    public void remove(String name) {
        update(agents -> agents.removeIf(a -> a.name().equals(name)));
    }

    private Contents read() {
        if (!Files.exists(file)) {
            return new Contents(VERSION, List.of());
        }
        return Json.read(file, Contents.class);
    }
}
