// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.session;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A pane's raw output transcript, {@code NAME.log}, capped in size: when it passes the cap it is
 * renamed to {@code NAME.log.1} (replacing the previous one) and a new file begins, so the two
 * together hold the most recent output and never more than twice the cap. Confined to the pane's
 * reader thread. A log that cannot be written is switched off with one logged warning; the pane
 * itself keeps running.
 */
final class PaneLog {
    private static final System.Logger LOG = System.getLogger(PaneLog.class.getName());

    private final Path file;
    private final long cap;
    private OutputStream out;
    private long size;
    private boolean broken;

    PaneLog(Path file, long cap) {
        this.file = file;
        this.cap = cap;
    }

    void append(byte[] chunk) {
        if (broken) {
            return;
        }
        try {
            if (out == null || size >= cap) {
                open();
            }
            out.write(chunk);
            size += chunk.length;
        } catch (IOException e) {
            broken = true;
            LOG.log(System.Logger.Level.WARNING, "pane log " + file + " disabled: " + e);
            closeQuietly();
        }
    }

    private void open() throws IOException {
        closeQuietly();
        Files.createDirectories(file.getParent());
        if (Files.exists(file) && Files.size(file) >= cap) {
            Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
        size = Files.exists(file) ? Files.size(file) : 0;
        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        if (out == null) {
            return;
        }
        try {
            out.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "closing pane log " + file + ": " + e);
        }
        out = null;
    }
}
