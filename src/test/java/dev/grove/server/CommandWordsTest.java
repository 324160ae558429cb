// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.grove.common.UserError;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandWordsTest {
    @Test
    void splitsLikeAShell() {
        assertEquals(List.of("new", "api", "--", "sh", "-c", "echo 'hi' there"),
                CommandWords.split("new api -- sh -c \"echo 'hi' there\""));
        assertEquals(List.of("send", "a b", "c"), CommandWords.split("  send a\\ b   'c'  "));
        assertEquals(List.of("x", ""), CommandWords.split("x ''"));
    }

    @Test
    void anUnclosedQuoteIsAUserError() {
        assertThrows(UserError.class, () -> CommandWords.split("send 'oops"));
    }
}
