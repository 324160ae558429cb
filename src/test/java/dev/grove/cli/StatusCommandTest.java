// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grove status} and {@code grove status set} run in this JVM against a given file. */
class StatusCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int grove(String... args) {
        return GroveCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** A status file with the standard header and {@code rows} under it. */
    private Path statusWithRows(String rows) throws IOException {
        Path file = tmp.resolve("status.md");
        Files.writeString(file, "| Agent | Task | Status | Last Update |\n|---|---|---|---|\n" + rows);
        return file;
    }

    @Test
    void printsTheTableAndWarnsAboutProblemsWithTheirLine() throws IOException {
        Path file = statusWithRows("| a | t | Idle | 10:00 |\njunk\n| b | u | Idle | 10:01 |\n");
        assertEquals(0, grove("status", "--file", file.toString()));
        assertTrue(out.toString().startsWith("| Agent | Task | Status | Last Update |\n"), out.toString());
        assertEquals("warning: " + file + ":4: not a table row (no '|'); kept below the table\n", err.toString());
    }

    @Test
    void controlBytesInTheFileNeverReachTheTerminal() throws IOException {
        Path file = statusWithRows("| a | t\u001b[2J\u0000 | Idle | 10:00 |\njunk\u001b]0;x\u0007\n| b | u | Idle | 10:01 |\n");
        assertEquals(0, grove("status", "--file", file.toString()));
        assertTrue(out.toString().contains("| a     | t [2J  | Idle   | 10:00       |\n"), out.toString());
        assertTrue(err.toString().startsWith("warning: "), err.toString());
        for (String text : new String[] {out.toString(), err.toString()}) {
            assertTrue(text.chars().noneMatch(c -> c < 0x20 && c != '\n'), text);
        }
    }

    @Test
    void printsJsonWithRowsAndProblems() throws IOException {
        Path file = tmp.resolve("status.md");
        Files.writeString(file, "| Agent | Task | Status | Last Update | Note |\n|---|---|---|---|---|\n"
                + "| a | t | Idle | 10:00 | hi |\n| | x |\n");
        assertEquals(0, grove("status", "--json", "--file", file.toString()));
        String json = out.toString();
        assertTrue(json.contains("\"agent\" : \"a\""), json);
        assertTrue(json.contains("\"Note\" : \"hi\""), json);
        assertTrue(json.contains("\"line\" : 4"), json);
        assertTrue(json.contains("\"reason\" : \"row has no agent name; ignored\""), json);
    }

    @Test
    void setWithoutAgentIsAUserErrorWithAHint() {
        int code = grove("status", "set", "--file", tmp.resolve("s.md").toString(), "--agent", " ", "--status", "x");
        assertEquals(1, code);
        assertEquals("error: an agent name is required\nhint: pass --agent NAME or set GROVE_AGENT\n", err.toString());
    }

    @Test
    void setEditsTheRow() throws IOException {
        Path file = tmp.resolve("s.md");
        assertEquals(0, grove("status", "set", "--file", file.toString(), "--agent", "web", "--task", "css",
                "--status", "Complete", "--note", "all green"));
        String text = Files.readString(file);
        assertTrue(text.contains("| web   | css  | Complete |"), text);
        assertTrue(text.contains("| all green |"), text);
    }
}
