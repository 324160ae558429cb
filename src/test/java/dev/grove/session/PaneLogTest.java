// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaneLogTest {
    @TempDir
    Path dir;

    @Test
    void theTailSpansTheRotatedLogAndTheCurrentOne() {
        Path file = dir.resolve("logs").resolve("p.log");
        PaneLog log = new PaneLog(file, 10);
        log.append("0123456789".getBytes(StandardCharsets.US_ASCII));
        log.append("abcdef".getBytes(StandardCharsets.US_ASCII));
        log.close();
        assertTrue(Files.exists(file.resolveSibling("p.log.1")), "rotated at the cap");
        assertEquals("789abcdef", new String(PaneLog.tail(file, 9), StandardCharsets.US_ASCII));
        assertEquals("0123456789abcdef", new String(PaneLog.tail(file, 100), StandardCharsets.US_ASCII));
        assertEquals("ef", new String(PaneLog.tail(file, 2), StandardCharsets.US_ASCII));
    }

    @Test
    void noLogIsAnEmptyTail() throws IOException {
        assertArrayEquals(new byte[0], PaneLog.tail(dir.resolve("missing.log"), 100));
        Files.createDirectory(dir.resolve("dir.log"));
        assertArrayEquals(new byte[0], PaneLog.tail(dir.resolve("dir.log"), 100));
    }
}
