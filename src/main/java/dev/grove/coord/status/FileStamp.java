// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * What one {@code stat} says about a file: size, modification time and file key (the inode on
 * Unix, which changes on every atomic rename). Two equal stamps mean "probably unchanged"; see
 * {@link StatusWatcher} for the window in which a same-size rewrite can hide.
 */
record FileStamp(long size, FileTime modified, Object fileKey) {
    static final FileStamp MISSING = new FileStamp(-1, FileTime.fromMillis(0), null);

    static FileStamp of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(a.size(), a.lastModifiedTime(), a.fileKey());
        } catch (NoSuchFileException e) {
            return MISSING;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the attributes of " + file, e);
        }
    }
}
