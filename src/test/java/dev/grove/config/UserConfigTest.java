// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.common.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserConfigTest {
    @TempDir
    Path dir;

    @Test
    void missingFileMeansDefaults() {
        UserConfig c = UserConfig.load(dir.resolve("config.json"));
        assertEquals(UserConfig.defaults(), c);
        assertEquals("C-b", c.prefix());
        assertEquals("default", c.theme());
        assertTrue(c.mouse());
        assertEquals(10_000, c.historyLimit());
        assertEquals(50, c.escapeTimeMs());
        assertFalse(c.statusTableCollapsed());
        assertEquals(List.of(), c.extraColumns());
        assertEquals("auto", c.trueColor());
    }

    @Test
    void everyKeyIsRead() throws IOException {
        Path file = dir.resolve("config.json");
        Files.writeString(file, "{ \"prefix\": \"C-a\", \"theme\": \"light\", \"mouse\": false, \"historyLimit\": 500,"
                + " \"escapeTimeMs\": 10, \"statusTableCollapsed\": true, \"extraColumns\": [\"Branch\", \"Changes\"],"
                + " \"bindings\": { \"g\": \"merge\" }, \"directBindings\": { \"M-1\": \"\" }, \"trueColor\": \"off\" }");
        UserConfig c = UserConfig.load(file);
        assertEquals("C-a", c.prefix());
        assertEquals("light", c.theme());
        assertFalse(c.mouse());
        assertEquals(500, c.historyLimit());
        assertEquals(10, c.escapeTimeMs());
        assertTrue(c.statusTableCollapsed());
        assertEquals(List.of("Branch", "Changes"), c.extraColumns());
        assertEquals(Map.of("g", "merge"), c.bindings());
        assertEquals(Map.of("M-1", ""), c.directBindings());
        assertEquals("off", c.trueColor());
    }

    @Test
    void readsWhatTheDataBinderReadsAsItReadsIt() {
        for (String doc : List.of("{}", "{ \"historyLimit\": \"500\", \"mouse\": \"false\", \"prefix\": 7 }",
                "{ \"bell\": true, \"extraColumns\": [\"Branch\"], \"bindings\": { \"g\": \"merge\" } }",
                "{ \"triggers\": { \"silenceMinutes\": 3, \"off\": [\"exit\"] }, \"hook\": null }",
                "{ \"escapeTimeMs\": \"\", \"theme\": \"light\" } trailing")) {
            assertEquals(Json.parse(doc, "config.json", UserConfig.class), RecordReader.read(doc, "config.json", UserConfig.class),
                    doc);
        }
        for (String doc : List.of("{ \"mouse\": \"yes\" }", "{ \"extraColumns\": \"x\" }",
                "{ \"bindings\": [] }", "{ \"historyLimit\": 99999999999 }", "[]")) {
            assertThrows(UserError.class, () -> Json.parse(doc, "config.json", UserConfig.class), doc);
            UserError e = assertThrows(UserError.class, () -> RecordReader.read(doc, "config.json", UserConfig.class), doc);
            assertTrue(e.getMessage().startsWith("config.json:1:"), e.getMessage());
        }
        // Stricter on purpose: the data binder would cut 1.5 to 1.
        UserError fraction = assertThrows(UserError.class,
                () -> RecordReader.read("{ \"historyLimit\": 1.5 }", "config.json", UserConfig.class));
        assertTrue(fraction.getMessage().contains("historyLimit") && fraction.getMessage().contains("whole number"),
                fraction.getMessage());
    }

    @Test
    void agentProfilesMayShareTheFile() throws IOException {
        Path file = dir.resolve("config.json");
        Files.writeString(file, "{ \"prefix\": \"C-a\", \"agents\": { \"mine\": { \"command\": [\"echo\"] } } }");
        assertEquals("C-a", UserConfig.load(file).prefix());
        assertTrue(AgentProfiles.read(file).containsKey("mine"));
    }

    @Test
    void mistakesNameTheFileAndKey() throws IOException {
        Path file = dir.resolve("config.json");
        Files.writeString(file, "{ \"historyLimt\": 5 }");
        UserError unknown = assertThrows(UserError.class, () -> UserConfig.load(file));
        assertTrue(unknown.getMessage().contains(file.toString()) && unknown.getMessage().contains("historyLimt"), unknown.getMessage());
        Files.writeString(file, "{ \"historyLimit\": -1 }");
        UserError range = assertThrows(UserError.class, () -> UserConfig.load(file));
        assertTrue(range.getMessage().contains(file.toString()) && range.getMessage().contains("historyLimit"), range.getMessage());
        Files.writeString(file, "{ \"mouse\": \"yes please\" }");
        UserError type = assertThrows(UserError.class, () -> UserConfig.load(file));
        assertTrue(type.getMessage().contains("mouse"), type.getMessage());
    }

    @Test
    void triggersAreReadWithDefaultsForWhatIsLeftOut() throws IOException {
        Path file = dir.resolve("config.json");
        assertEquals(new TriggerConfig(10, 5, 2, List.of(), List.of()), UserConfig.load(file).triggers());
        Files.writeString(file, "{ \"triggers\": { \"silenceMinutes\": 20, \"errorPatterns\": [\"^E\\\\d+\"],"
                + " \"off\": [\"scope\"] } }");
        assertEquals(new TriggerConfig(20, 5, 2, List.of("^E\\d+"), List.of("scope")), UserConfig.load(file).triggers());
    }

    @Test
    void badTriggerSettingsNameTheFileAndKey() throws IOException {
        Path file = dir.resolve("config.json");
        Files.writeString(file, "{ \"triggers\": { \"silenceMinutes\": 0 } }");
        UserError zero = assertThrows(UserError.class, () -> UserConfig.load(file));
        assertTrue(zero.getMessage().contains(file.toString()) && zero.getMessage().contains("triggers.silenceMinutes"),
                zero.getMessage());
        Files.writeString(file, "{ \"triggers\": { \"errorPatterns\": [\"(unclosed\"] } }");
        UserError regex = assertThrows(UserError.class, () -> UserConfig.load(file));
        assertTrue(regex.getMessage().contains("triggers.errorPatterns: '(unclosed'"), regex.getMessage());
        Files.writeString(file, "{ \"triggers\": { \"silenceMinute\": 5 } }");
        UserError unknown = assertThrows(UserError.class, () -> UserConfig.load(file));
        assertTrue(unknown.getMessage().contains("silenceMinute"), unknown.getMessage());
    }

    @Test
    void configDirFollowsXdg() {
        assertEquals(Path.of("/x/cfg/grove"), UserConfig.configDir(Map.of("XDG_CONFIG_HOME", "/x/cfg", "HOME", "/home/u")));
        assertEquals(Path.of("/home/u/.config/grove"), UserConfig.configDir(Map.of("HOME", "/home/u")));
        assertEquals(Path.of("/home/u/.config/grove"), UserConfig.configDir(Map.of("XDG_CONFIG_HOME", "relative", "HOME", "/home/u")));
    }
}
