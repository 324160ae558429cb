// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grove.term.ClipboardWrite;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PassThroughTest {
    @Test
    void clipboardWritesAreWrittenAfreshWithAKnownTarget() {
        byte[] data = "hi\u001b]0;x\u0007".getBytes(StandardCharsets.UTF_8);
        String seq = new String(PassThrough.clipboard(new ClipboardWrite("c\u001b;p", data)), StandardCharsets.US_ASCII);
        assertEquals("\u001b]52;cp;aGkbXTA7eAc=\u0007", seq);
        assertEquals("\u001b]52;c;\u0007", new String(PassThrough.clipboard(new ClipboardWrite("!", new byte[0])),
                StandardCharsets.US_ASCII));
    }

    @Test
    void notificationsCarryThePaneNameAndNoControlCharacters() {
        String seq = new String(PassThrough.notification("agent-1", "done\u001b]52;c;eA==\u0007\u009b!"),
                StandardCharsets.UTF_8);
        assertEquals("\u001b]777;notify;grove: agent-1;done ]52;c;eA==  !\u001b\\", seq);
        String longText = "x".repeat(1000);
        assertEquals(PassThrough.MAX_NOTIFICATION, new String(PassThrough.notification("p", longText),
                StandardCharsets.UTF_8).chars().filter(c -> c == 'x').count());
    }
}
