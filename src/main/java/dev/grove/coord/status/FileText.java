// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A file's text together with the stamp it had while it was read; a missing file reads as empty.
 * Bytes that are not UTF-8 become U+FFFD instead of failing.
 */
record FileText(String text, FileStamp stamp) {
    private static final int ATTEMPTS = 5;

    static FileText read(Path file) {
        for (int i = 0; i < ATTEMPTS; i++) {
            FileStamp before = FileStamp.of(file);
            String text = readOrEmpty(file);
            if (FileStamp.of(file).equals(before)) {
                return new FileText(text, before);
            }
        }
        return new FileText(readOrEmpty(file), FileStamp.of(file));
    }

    private static String readOrEmpty(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
