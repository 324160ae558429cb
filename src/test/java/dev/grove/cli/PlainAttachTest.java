// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The picocli-free reading of a plain attach agrees with picocli, and leaves everything else to it. */
class PlainAttachTest {

    private static void assertSameAsPicocli(String... args) {
        Optional<PlainAttach> plain = PlainAttach.parse(args);
        assertTrue(plain.isPresent(), "read without picocli: " + List.of(args));
        GroveCommand parsed = new GroveCommand(CliContext.system());
        new CommandLine(parsed).parseArgs(args);
        PlainAttach expected = new PlainAttach(parsed.socket.socket, parsed.historyLimit, parsed.theme, parsed.command);
        assertEquals(expected, plain.get(), List.of(args).toString());
    }

    @Test
    void plainAttachCommandLinesReadAsPicocliReadsThem() {
        assertSameAsPicocli();
        assertSameAsPicocli("--");
        assertSameAsPicocli("-S", "/tmp/g.sock", "--history-limit", "10000", "--", "sh", "/tmp/p1.sh");
        assertSameAsPicocli("--socket=/tmp/g.sock", "--theme", "light", "--", "vim", "-u", "NONE");
        assertSameAsPicocli("--history-limit=7", "--socket", "/tmp/g.sock");
        assertSameAsPicocli("--theme=./my theme.json", "--", "--weird", "--");
    }

    @Test
    void everythingElseIsLeftToPicocli() {
        for (List<String> args : List.of(List.of("ls"), List.of("attach", "--read-only"), List.of("--help"),
                List.of("-h"), List.of("--version"), List.of("-S"), List.of("-S", "/a", "-S", "/b"),
                List.of("--history-limit", "many"), List.of("--history-limit", "-1"), List.of("vim"),
                List.of("-S", "/a", "new", "--", "sh"), List.of("--socket", "--", "sh"))) {
            assertEquals(Optional.empty(), PlainAttach.parse(args.toArray(new String[0])), args.toString());
        }
    }
}
