// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.status;

import dev.grove.config.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

/**
 * The coordination file on disk. Every change is a read-modify-write done under an exclusive lock
 * (a {@code .NAME.lock} file beside it, locked with {@link FileChannel#lock()}, plus a
 * JVM-wide lock because one JVM cannot hold two file locks on the same file), and written
 * atomically (temporary file, fsync, rename), so concurrent writers (several {@code grove status
 * set} processes, the server) never lose a row and readers never see half a file. Writers that
 * take no lock (a person's editor) are detected by re-checking the file's stamp just before the
 * rename; the change is then redone on the newer content. Thread-safe.
 */
public final class StatusFile {
    private static final int MAX_ATTEMPTS = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final ConcurrentHashMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path file;
    private final Clock clock;

    /** {@code clock} gives the Last Update time, written as HH:MM in the clock's zone. */
    public StatusFile(Path file, Clock clock) {
        this.file = file.toAbsolutePath().normalize();
        this.clock = clock;
    }

    public Path path() {
        return file;
    }

    /** The table as it is now; a missing file is an empty table. Takes no lock. */
    public StatusTable read() {
        return StatusTable.parse(FileText.read(file).text());
    }

    /** A watcher that tells when someone changed the file; see {@link StatusWatcher}. */
    public StatusWatcher watcher() {
        return new StatusWatcher(file, clock);
    }

    /** Sets fields of one agent's row (creating it) and its Last Update time; returns the new table. */
    public StatusTable set(StatusEdit edit) {
        String time = ZonedDateTime.now(clock).format(TIME);
        return update(table -> table.withEdit(edit, time));
    }

    /** Removes every row of {@code agent}; returns the new table. */
    public StatusTable remove(String agent) {
        return update(table -> table.without(agent));
    }

    /**
     * Applies {@code change} to the current table under the lock and writes the result when it
     * differs. {@code change} may run more than once (when an unlocked writer raced us), so it must
     * be a pure function of its argument.
     */
    public StatusTable update(UnaryOperator<StatusTable> change) {
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(file, f -> new ReentrantLock());
        jvmLock.lock();
        try (FileChannel channel = openLockFile()) {
            channel.lock(); // released when the channel closes
            return readModifyWrite(change);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + lockFile(), e);
        } finally {
            jvmLock.unlock();
        }
    }

    private StatusTable readModifyWrite(UnaryOperator<StatusTable> change) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            FileText before = FileText.read(file);
            StatusTable changed = change.apply(StatusTable.parse(before.text()));
            String text = changed.toMarkdown();
            if (text.equals(before.text())) {
                return StatusTable.parse(text);
            }
            if (FileStamp.of(file).equals(before.stamp())) {
                Json.writeAtomically(file, text);
                return StatusTable.parse(text);
            }
        }
        throw new IllegalStateException("the status file " + file + " kept changing while grove was writing it");
    }

    private FileChannel openLockFile() throws IOException {
        Files.createDirectories(file.getParent());
        return FileChannel.open(lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    private Path lockFile() {
        return file.resolveSibling("." + file.getFileName() + ".lock");
    }
}
