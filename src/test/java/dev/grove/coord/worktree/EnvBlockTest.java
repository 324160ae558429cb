// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** grove's marked block in a worktree's .env. */
class EnvBlockTest {
    private static Map<String, String> vars(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void appendsBlockAfterTheUsersLines() {
        assertEquals("A=1\n\n" + EnvBlock.BEGIN + "\nPORT=3001\n" + EnvBlock.END + "\n",
                EnvBlock.apply("A=1\n", vars("PORT", "3001")));
    }

    @Test
    void replacesAnOldBlockAndKeepsEverythingElse() {
        String first = EnvBlock.apply("# mine\nA=1\n", vars("PORT", "3001"));
        String edited = first + "B=2\n";
        assertEquals("# mine\nA=1\nB=2\n\n" + EnvBlock.BEGIN + "\nPORT=3002\n" + EnvBlock.END + "\n",
                EnvBlock.apply(edited, vars("PORT", "3002")));
    }

    @Test
    void quotesValuesThatNeedIt() {
        assertEquals(EnvBlock.BEGIN + "\nURL=postgres://h/app_a\nMSG=\"two words \\\"q\\\"\"\n" + EnvBlock.END + "\n",
                EnvBlock.apply("", vars("URL", "postgres://h/app_a", "MSG", "two words \"q\"")));
    }

    @Test
    void noVariablesRemovesTheBlock() {
        assertEquals("A=1\n", EnvBlock.apply(EnvBlock.apply("A=1\n", vars("P", "1")), Map.of()));
    }
}
