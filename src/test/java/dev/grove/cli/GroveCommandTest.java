// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The top-level command's own arguments, before any server is involved. */
class GroveCommandTest {
    @TempDir
    Path dir;

    @Test
    void aWordThatIsNoCommandIsRefusedInsteadOfRunInAPane() {
        Path socket = dir.resolve("g.sock");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GroveCommand.run(new PrintWriter(out), new PrintWriter(err), "-S", socket.toString(), "stauts", "show");
        assertEquals(2, code);
        assertEquals("", out.toString());
        assertEquals("error: unknown command 'stauts'\n"
                + "hint: 'grove --help' lists the commands; to run a program in the first pane, put it after --: grove -- stauts\n",
                err.toString());
        assertFalse(Files.exists(socket), "no server was started");
    }
}
