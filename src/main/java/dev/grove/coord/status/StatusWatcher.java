// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.status;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Tells when the status file changed, by polling: each {@link #poll} costs one {@code stat}
 * (size, modification time, inode) and reads the file only when that changed. A rewrite of the
 * same size within the file system's timestamp granularity cannot be seen from the stamp alone
 * (git's "racy clean" problem), so while the last change is younger than {@link #RACY_WINDOW}
 * the content is compared too. Meant to be polled about once a second by the server, off the
 * render path. Not thread-safe: one poller.
 */
public final class StatusWatcher {
    /** How long after a modification the stamp alone is not trusted. */
    public static final Duration RACY_WINDOW = Duration.ofSeconds(2);

    private final Path file;
    private final Clock clock;
    private FileStamp stamp;
    private String text;
    private Instant readAt = Instant.MIN;

    StatusWatcher(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /**
     * The new table when the file changed since the previous call (the first call always returns
     * one; a deleted file returns an empty table once), else empty.
     */
    public Optional<StatusTable> poll() {
        FileStamp now = FileStamp.of(file);
        if (stamp != null && now.equals(stamp) && !racy()) {
            return Optional.empty();
        }
        FileText read = FileText.read(file);
        readAt = clock.instant();
        boolean changed = stamp == null || !read.text().equals(text);
        stamp = read.stamp();
        text = read.text();
        return changed ? Optional.of(StatusTable.parse(text)) : Optional.empty();
    }

    private boolean racy() {
        return !stamp.equals(FileStamp.MISSING)
                && Duration.between(stamp.modified().toInstant(), readAt).compareTo(RACY_WINDOW) < 0;
    }
}
