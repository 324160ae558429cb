// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.common.UserError;
import dev.grove.config.UserConfig;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BindingsTest {
    private final Bindings defaults = Bindings.defaults();

    private static InputEvent.Key key(String clientBytes) {
        InputDecoder d = new InputDecoder();
        byte[] bytes = clientBytes.getBytes(StandardCharsets.UTF_8);
        List<InputEvent> events = d.feed(bytes, 0, bytes.length);
        events.addAll(d.flushPending());
        return (InputEvent.Key) events.get(0);
    }

    @Test
    void prefixIsCtrlBInEveryForm() {
        assertTrue(defaults.isPrefix(key("\u0002")));
        assertTrue(defaults.isPrefix(key("\u001b[98;5u")));
        assertTrue(defaults.isPrefix(key("\u001b[27;5;98~")));
        assertFalse(defaults.isPrefix(key("b")));
        assertFalse(defaults.isPrefix(key("\u001b\u0002")));
    }

    @Test
    void afterPrefixTable() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("1", "focus 1");
        expected.put("9", "focus 9");
        expected.put("n", "focus-next");
        expected.put("p", "focus-prev");
        expected.put("\u001b[D", "focus-left");
        expected.put("\u001b[A", "focus-up");
        expected.put("z", "zoom");
        expected.put(" ", "layout-next");
        expected.put("c", "new-pane");
        expected.put("x", "close-pane");
        expected.put("d", "detach");
        expected.put("[", "history");
        expected.put("?", "help");
        expected.put(":", "command");
        expected.put("v", "review");
        expected.put("m", "merge");
        expected.put("r", "restart");
        expected.put("R", "next-review");
        expected.put("\u001b[82;2u", "next-review");
        expected.put("w", "mark-state-wrong");
        expected.put("t", "toggle-table");
        expected.put("i", "show-reason");
        expected.put("\u0002", "send-prefix");
        expected.forEach((k, action) -> assertEquals(action, defaults.afterPrefix(key(k)), "after prefix: " + k));
        assertNull(defaults.afterPrefix(key("Q")));
    }

    @Test
    void directBindingsFlipPanesWithoutPrefix() {
        assertEquals("focus 3", defaults.direct(key("\u001b3")));
        assertEquals("focus-left", defaults.direct(key("\u001b[1;3D")));
        assertEquals("focus-right", defaults.direct(key("\u001b\u001b[C")));
        assertNull(defaults.direct(key("3")));
        assertNull(defaults.direct(key("\u001b[D")));
    }

    @Test
    void historyAndViewKeys() {
        assertEquals("history-search", defaults.inHistory(key("/")));
        assertEquals("history-copy", defaults.inHistory(key("\r")));
        assertEquals("history-exit", defaults.inHistory(key("\u001b")));
        assertEquals("view-page-down", defaults.inView(key(" ")));
        assertEquals("view-close", defaults.inView(key("q")));
    }

    @Test
    void userConfigChangesPrefixAndBindings() {
        Map<String, String> bindings = new LinkedHashMap<>();
        bindings.put("g", "merge");
        bindings.put("x", "");
        bindings.put("F5", "focus 12");
        UserConfig config = new UserConfig("C-a", null, null, null, null, null, null, bindings, Map.of("M-1", ""), null,
                null, null, null, null, null, null);
        Bindings b = Bindings.from(config, "config.json");
        assertTrue(b.isPrefix(key("\u0001")));
        assertFalse(b.isPrefix(key("\u0002")));
        assertEquals("send-prefix", b.afterPrefix(key("\u0001")));
        assertArrayEquals(new byte[] {1}, b.prefixKey().raw());
        assertEquals("merge", b.afterPrefix(key("g")));
        assertNull(b.afterPrefix(key("x")));
        assertEquals("focus 12", b.afterPrefix(key("\u001b[15~")));
        assertNull(b.direct(key("\u001b1")));
        assertEquals("focus 2", b.direct(key("\u001b2")));
        assertTrue(b.help().stream().anyMatch(l -> l[0].equals("C-a m C-a g") && l[1].contains("merge")));
    }

    @Test
    void badConfigNamesTheOriginKeyAndValue() {
        UserConfig badAction = new UserConfig(null, null, null, null, null, null, null, Map.of("g", "explode"), null, null,
                null, null, null, null, null, null);
        UserError e = assertThrows(UserError.class, () -> Bindings.from(badAction, "/home/u/.config/grove/config.json"));
        assertTrue(e.getMessage().contains("/home/u/.config/grove/config.json"), e.getMessage());
        assertTrue(e.getMessage().contains("'g'") && e.getMessage().contains("explode"), e.getMessage());
        UserConfig badPrefix = new UserConfig("C-Nope", null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
        UserError p = assertThrows(UserError.class, () -> Bindings.from(badPrefix, "config.json"));
        assertTrue(p.getMessage().contains("prefix") && p.getMessage().contains("C-Nope"), p.getMessage());
    }

    @Test
    void helpListsEveryBoundAction() {
        List<String[]> help = defaults.help();
        Set<String> text = help.stream().map(l -> l[0] + " = " + l[1]).collect(Collectors.toSet());
        assertTrue(text.contains("C-b 1..9 = focus pane 1..9"), text.toString());
        assertTrue(text.contains("M-1..9 = focus pane 1..9"), text.toString());
        assertTrue(text.contains("C-b z = " + Bindings.ACTIONS.get("zoom")), text.toString());
        assertTrue(text.contains("C-b n C-b o = " + Bindings.ACTIONS.get("focus-next")), text.toString());
        assertTrue(text.contains("C-b C-b = send C-b to the pane"), text.toString());
        for (String action : Bindings.ACTIONS.values()) {
            if (!action.equals(Bindings.ACTIONS.get("send-prefix"))) {
                assertTrue(help.stream().anyMatch(l -> l[1].equals(action)), "help mentions: " + action);
            }
        }
    }

    @Test
    void keySpecNotationRoundTrips() {
        for (String name : List.of("C-b", "M-1", "M-Left", "Space", "Enter", "PageUp", "F12", "?", "C-Space", "S-Tab", "R")) {
            assertEquals(name, KeySpec.parse(name).toString());
        }
        assertEquals(KeySpec.parse("C-b"), KeySpec.parse("Ctrl-B"));
        assertEquals(KeySpec.parse("C-b"), KeySpec.parse("^b"));
        assertEquals(KeySpec.parse("M--"), KeySpec.ofChar('-', Modifiers.ALT));
        assertThrows(IllegalArgumentException.class, () -> KeySpec.parse("Hyper-x"));
        assertThrows(IllegalArgumentException.class, () -> KeySpec.parse(""));
    }
}
