// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

import dev.grove.common.UserError;
import dev.grove.config.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads and atomically writes batch states in one directory ({@code <common git dir>/grove/batches}),
 * and holds a batch while one runner runs it. Stateless.
 */
public record BatchStore(Path dir) {
    /** Ends the name of a batch's JSON report, which lives beside its state file. */
    static final String REPORT_SUFFIX = ".report.json";

    /** A batch held by this process; closing lets another runner take it. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

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

    /** Every batch in the store, by id. */
    public List<BatchState> all() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.endsWith(REPORT_SUFFIX))
                    .sorted()
                    .map(n -> load(n.substring(0, n.length() - ".json".length()))).flatMap(Optional::stream).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the batches in " + dir, e);
        }
    }

    public Optional<BatchState> load(String id) {
        Path f = file(id);
        return Files.exists(f) ? Optional.of(Json.read(f, BatchState.class)) : Optional.empty();
    }

    /**
     * Holds batch {@code id} for one runner (an OS file lock, released when this process ends).
     *
     * @throws UserError when another runner holds it
     */
    public Held hold(String id) {
        Path lock = dir.resolve(id + ".lock");
        try {
            Files.createDirectories(dir);
            FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock held = tryLock(channel);
            if (held == null) {
                channel.close();
                throw new UserError("batch " + id + " is already running", "attach with grove to watch it");
            }
            return () -> {
                try {
                    channel.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot release " + lock, e);
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + lock, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    public void save(BatchState state) {
        Json.writeAtomically(file(state.id()), Json.write(state));
    }
}
