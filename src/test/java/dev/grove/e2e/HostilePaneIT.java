// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.fuzz.ClientStreamCheck;
import dev.grove.protocol.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pane whose program tries to reach the user's own terminal: a title full of control
 * characters, a clipboard write (OSC 52, also wrapped in tmux's DCS pass-through), a desktop
 * notification (OSC 777), a device-control query and a raw C1 CSI (in UTF-8). The client's bytes carry
 * none of it unless the user config enables clipboard or notifications, and then only as
 * sequences grove wrote itself.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class HostilePaneIT {
    private static final String CLIP = "grove-clip";
    /** printf format: each piece is a way to reach the outer terminal; ends with a marker line. */
    private static final String HOSTILE = "printf '\\033]2;two\\033\\\\\\033]52;c;%s\\007"
            + "\\033Ptmux;\\033\\033]52;c;%s\\033\\033\\\\\\033\\\\\\033]777;notify;x;hello\\302\\233there\\007"
            + "\\033P+q544e\\033\\\\\\302\\2332J\\007\\033]0;evil\\001\\033[2Jtitle\\007\\n' "
            + "\"$(printf " + CLIP + " | base64)\" \"$(printf " + CLIP + " | base64)\"; echo done-$((6*7))\r";

    @TempDir
    Path tmp;
    private GroveEnv env;

    @BeforeEach
    void setUp() {
        env = new GroveEnv(tmp);
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    @Test
    void nothingAPanePrintsReachesTheClientRawByDefault() {
        byte[] bytes = runHostilePane();
        String text = new String(bytes, StandardCharsets.UTF_8);
        String problem = ClientStreamCheck.firstViolation(bytes, new ClientStreamCheck.Allowed(true, false, false));
        assertNull(problem, problem);
        assertFalse(text.contains("\u001b]52;"), "no clipboard write");
        assertFalse(text.contains("\u001b]777;"), "no notification");
        assertFalse(text.contains("\u009b"), "no C1 control");
        Message.CommandResult ls = env.command("ls");
        assertTrue(ls.out().contains("[evil"), ls.out());
        assertTrue(ls.out().codePoints().noneMatch(c -> c == 0x1b || c == 0x07 || (c >= 0x80 && c < 0xa0)), ls.out());
    }

    @Test
    void clipboardAndNotificationsPassOnlyWhenEnabledAndOnlyAsGroveWritesThem() throws IOException {
        Path config = Files.createDirectories(tmp.resolve("config/grove")).resolve("config.json");
        Files.writeString(config, "{\"clipboard\": true, \"notifications\": true, \"bell\": false}");
        byte[] bytes = runHostilePane();
        String text = new String(bytes, StandardCharsets.UTF_8);
        String problem = ClientStreamCheck.firstViolation(bytes, new ClientStreamCheck.Allowed(false, true, true));
        assertNull(problem, problem);
        String b64 = Base64.getEncoder().encodeToString(CLIP.getBytes(StandardCharsets.US_ASCII));
        assertEquals(2, text.split("\u001b]52;c;" + b64 + "\u0007", -1).length - 1,
                "the clipboard write and the one in tmux's pass-through (whose ESC ends the DCS), re-encoded");
        assertTrue(text.contains("\u001b]777;notify;grove: sh;hello there\u001b\\"), "notification, cleaned");
    }

    /** Starts a server with a shell pane, attaches, makes the pane print {@link #HOSTILE} and returns the client's bytes. */
    private byte[] runHostilePane() {
        env.startServer("--", "/bin/sh");
        try (RawClient client = RawClient.attach(env.socket(), 100, 30, env.env()).startReading()) {
            client.awaitText(GroveEnv.PROMPT.trim());
            client.type(HOSTILE);
            client.awaitText("done-42");
            client.awaitScreen("the title in the border", screen -> screen.lines().findFirst().orElse("").contains("evil"));
            return client.received();
        }
    }
}
