// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.grove.common.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A server's {@code state.json} in its state directory: read (migrating an older schema, refusing
 * a newer or broken file) and written atomically ({@link Json#writeAtomically}). A refused file is
 * never changed; a copy of it is kept beside it, as is a copy of a file before it is migrated.
 * Thread-safe as long as one server owns the directory.
 */
public final class StateFile {
    public static final String NAME = "state.json";
    /** Bytes written to test that the state directory takes data. */
    private static final int PROBE_BYTES = 4096;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private final StateMigrations migrations;

    /** The state file in {@code stateDir}. */
    public StateFile(Path stateDir) {
        this(stateDir, StateMigrations.standard());
    }

    StateFile(Path stateDir, StateMigrations migrations) {
        this.file = stateDir.resolve(NAME);
        this.migrations = migrations;
    }

    public Path path() {
        return file;
    }

    /**
     * The saved state, or empty when there is none. Changes nothing, except that a refused or
     * migrated file is copied first.
     *
     * @throws UserError when the file is unreadable, broken, or from a newer grove (naming the
     *     file and the copy kept of it)
     */
    public Optional<SavedState> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw refuse("it is not valid JSON (" + Json.describe(file.toString(), e).getMessage() + ")");
        } catch (IOException e) {
            throw new UserError("cannot read " + file + ": " + e.getMessage(), "check the permissions of " + file);
        }
        if (!(tree instanceof ObjectNode) || !tree.path("schema").isInt()) {
            throw refuse("it has no schema number");
        }
        int schema = tree.get("schema").intValue();
        if (schema > migrations.newest()) {
            throw refuseNewer(schema);
        }
        if (schema < 1) {
            throw refuse("schema " + schema + " is not one grove ever wrote");
        }
        if (schema == migrations.newest()) {
            try {
                return Optional.of(Json.read(file, SavedState.class));
            } catch (UserError e) {
                throw refuse(e.getMessage());
            }
        }
        copy(".schema" + schema);
        try {
            return Optional.of(Json.mapper().treeToValue(migrations.migrate((ObjectNode) tree, schema), SavedState.class));
        } catch (JsonProcessingException e) {
            throw refuse("after migrating it from schema " + schema + ": " + Json.describe(file.toString(), e).getMessage());
        }
    }

    /**
     * Writes {@code state} atomically.
     *
     * @throws UncheckedIOException naming the file when it cannot be written (the old file stays whole)
     */
    public void save(SavedState state) {
        Json.writeAtomically(file, RecordWriter.write(state) + "\n");
    }

    /**
     * Checks that the state directory exists (creating it) and takes data: a probe file is written,
     * synced and removed.
     *
     * @throws UserError naming the directory and the reason
     */
    public void checkWritable() {
        Path dir = file.getParent();
        Path probe = null;
        try {
            Files.createDirectories(dir);
            // Named by process, not by Files.createTempFile: its random names cost a new JVM the
            // loading of the security providers, on the way to every server start.
            probe = dir.resolve(".probe-" + ProcessHandle.current().pid() + ".tmp");
            try (FileChannel ch = FileChannel.open(probe, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(ByteBuffer.allocate(PROBE_BYTES));
                ch.force(true);
            }
        } catch (IOException e) {
            throw new UserError("cannot write grove's state in " + dir + ": " + reason(e),
                    "free some space or make " + dir + " writable; grove keeps its panes' state and logs there");
        } finally {
            if (probe != null) {
                delete(probe);
            }
        }
    }

    /** Removes the temporary files of writes a crash interrupted; only for the server that owns the directory. */
    public void removeInterruptedWrites() {
        Path dir = file.getParent();
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, "." + NAME + "*.tmp")) {
            for (Path p : leftovers) {
                delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private UserError refuse(String reason) {
        Path copy = copy(".refused-" + LocalDateTime.now().format(STAMP));
        return new UserError("cannot restore grove's saved state from " + file + ": " + reason,
                "the file is left as it is (a copy is kept at " + copy + "); move it away to start without the "
                        + "saved panes");
    }

    private UserError refuseNewer(int schema) {
        Path copy = copy(".refused-" + LocalDateTime.now().format(STAMP));
        return new UserError("cannot restore grove's saved state from " + file + ": it was written by a newer grove "
                + "(state schema " + schema + "; this grove reads up to " + migrations.newest() + ")",
                "run the newer grove, or move the file away to start without its panes (a copy is kept at " + copy + ")");
    }

    /** Copies the state file to {@code state.json<suffix>} and returns where. */
    private Path copy(String suffix) {
        Path copy = file.resolveSibling(NAME + suffix);
        try {
            return Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new UserError("cannot keep a copy of " + file + " at " + copy + ": " + reason(e),
                    "free some space or make " + file.getParent() + " writable");
        }
    }

    /** What went wrong, without the path the message already names. */
    private static String reason(IOException e) {
        if (!(e instanceof FileSystemException)) {
            return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
        FileSystemException f = (FileSystemException) e;
        if (f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof FileAlreadyExistsException) {
            return f.getFile() + " exists and is not a directory";
        }
        if (e instanceof NotDirectoryException) {
            return f.getFile() + " is not a directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getClass().getSimpleName() + ": " + f.getFile();
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + p, e);
        }
    }
}
