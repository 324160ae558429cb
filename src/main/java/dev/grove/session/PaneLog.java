// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.session;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

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

    /**
     * The last {@code max} bytes a pane wrote, from {@code file} and the rotated file before it;
     * empty when there is no log. Read failures are logged and give what could be read.
     */
    static byte[] tail(Path file, int max) {
        byte[] current = lastBytes(file, max);
        if (current.length >= max) {
            return current;
        }
        byte[] older = lastBytes(file.resolveSibling(file.getFileName() + ".1"), max - current.length);
        byte[] all = Arrays.copyOf(older, older.length + current.length);
        System.arraycopy(current, 0, all, older.length, current.length);
        return all;
    }

    private static byte[] lastBytes(Path file, int max) {
        if (!Files.isRegularFile(file)) {
            return new byte[0];
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(max, size));
            ch.position(size - buf.capacity());
            int n = 0;
            while (buf.hasRemaining() && n >= 0) {
                n = ch.read(buf);
            }
            return Arrays.copyOf(buf.array(), buf.position());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read pane log " + file + ": " + e);
            return new byte[0];
        }
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
