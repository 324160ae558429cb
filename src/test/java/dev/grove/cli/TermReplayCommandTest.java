// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grove term-replay}: output format, scrollback, stdin and the errors it reports. */
class TermReplayCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return GroveCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path file(String content) throws IOException {
        Path f = dir.resolve("in.bin");
        Files.write(f, content.getBytes(StandardCharsets.UTF_8));
        return f;
    }

    @Test
    void printsExactlyRowsLinesThenTheCursor() throws IOException {
        int code = run("term-replay", "--cols", "10", "--rows", "3", file("a\nb\r\n\033(0lqk\033(B 中").toString());
        assertEquals(0, code);
        assertEquals("a\n b\n┌─┐ 中\ncursor: 2,6\n", out.toString());
    }

    @Test
    void historyComesFirstWhenAsked() throws IOException {
        int code = run("term-replay", "--cols", "5", "--rows", "2", "--scrollback", "1", "--history", file("1\r\n2\r\n3\r\n4").toString());
        assertEquals(0, code);
        assertEquals("2\n--- screen\n3\n4\ncursor: 1,1\n", out.toString());
    }

    @Test
    void readsStandardInputForADash() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("hi\033[2J\033[Hok".getBytes(StandardCharsets.UTF_8)));
            assertEquals(0, run("term-replay", "--cols", "4", "--rows", "1", "-"));
        } finally {
            System.setIn(saved);
        }
        assertEquals("ok\ncursor: 0,2\n", out.toString());
    }

    @Test
    void aCharacterCutShortAtTheEndShowsAsReplacement() throws IOException {
        Path f = dir.resolve("cut.bin");
        Files.write(f, new byte[] {'a', (byte) 0xe4, (byte) 0xb8});
        assertEquals(0, run("term-replay", "--cols", "4", "--rows", "1", f.toString()));
        assertEquals("a\ufffd\ncursor: 0,2\n", out.toString());
    }

    @Test
    void anyBytesAreFine() throws IOException {
        Path f = dir.resolve("junk.bin");
        byte[] junk = new byte[5000];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 37);
        }
        Files.write(f, junk);
        assertEquals(0, run("term-replay", "--cols", "1", "--rows", "1", f.toString()));
        assertTrue(out.toString().endsWith("cursor: 0,0\n"), out.toString());
    }

    @Test
    void missingFileIsOneClearLine() {
        assertEquals(2, run("term-replay", "--cols", "10", "--rows", "3", dir.resolve("nope.bin").toString()));
        assertEquals("", out.toString());
        String message = err.toString();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("nope.bin"), message);
    }

    @Test
    void badSizesAreOneClearLine() throws IOException {
        String f = file("x").toString();
        for (String[] args : new String[][] {
            {"term-replay", "--cols", "0", "--rows", "3", f},
            {"term-replay", "--cols", "abc", "--rows", "3", f},
            {"term-replay", "--cols", "10", "--rows", "-2", f},
            {"term-replay", "--rows", "3", f},
            {"term-replay", "--cols", "10", "--rows", "99999", f},
        }) {
            StringWriter e = new StringWriter();
            int code = GroveCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(e), args);
            assertEquals(2, code, String.join(" ", args));
            assertEquals(1, e.toString().lines().count(), e.toString());
            assertTrue(e.toString().startsWith("error: term-replay: --"), e.toString());
        }
    }
}
