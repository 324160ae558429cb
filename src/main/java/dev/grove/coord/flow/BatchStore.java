// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

import dev.grove.config.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads and atomically writes batch states in one directory ({@code <common git dir>/grove/batches}). Stateless. */
public record BatchStore(Path dir) {
    /** The store of the repository whose common git directory is {@code commonDir}. */
    public static BatchStore of(Path commonDir) {
        return new BatchStore(commonDir.resolve("grove").resolve("batches"));
    }

    public Path file(String id) {
        return dir.resolve(id + ".json");
    }

    /** Where the logs of batch {@code id}'s agents and checks go. */
    public Path logDir(String id) {
        return dir.resolve(id);
    }

    public Optional<BatchState> load(String id) {
        Path f = file(id);
        return Files.exists(f) ? Optional.of(Json.read(f, BatchState.class)) : Optional.empty();
    }

    public void save(BatchState state) {
        Json.writeAtomically(file(state.id()), Json.write(state));
    }
}
