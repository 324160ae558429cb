// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Mutual exclusion over a lock file, across threads and processes: a JVM-wide lock per file
 * (the OS lock is per process, and a second {@code FileChannel.lock} in the same JVM throws)
 * plus {@code FileChannel.lock} for other processes. Used for read-modify-write of shared
 * JSON files together with {@link Json#writeAtomically}. Thread-safe; not reentrant across
 * different files in a fixed order, so never nest two of them.
 */
public final class FileLocks {
    private static final ConcurrentHashMap<Path, ReentrantLock> LOCAL = new ConcurrentHashMap<>();

    private FileLocks() {}

    /** Runs {@code action} while holding the lock on {@code lockFile} (created if missing). */
    public static <T> T withLock(Path lockFile, Supplier<T> action) {
        Path key = lockFile.toAbsolutePath().normalize();
        ReentrantLock local = LOCAL.computeIfAbsent(key, k -> new ReentrantLock());
        local.lock();
        try {
            Files.createDirectories(key.getParent());
            try (FileChannel ch = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock held = ch.lock();
                try {
                    return action.get();
                } finally {
                    held.release();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + key, e);
        } finally {
            local.unlock();
        }
    }
}
