// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.common.UserError;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemesTest {
    @TempDir
    Path dir;

    @Test
    void shippedThemesLoadCompletely() throws Exception {
        for (String name : Themes.SHIPPED) {
            Theme t = Themes.load(name, dir);
            assertEquals(name, t.name());
            for (RecordComponent c : Theme.class.getRecordComponents()) {
                assertNotNull(c.getAccessor().invoke(t), name + " has " + c.getName());
            }
            assertTrue(t.statuses().size() >= 10, name + " colours every status");
        }
        Theme raw = Themes.defaultTheme();
        for (RecordComponent c : Theme.class.getRecordComponents()) {
            assertNotNull(c.getAccessor().invoke(raw), "default.json itself sets " + c.getName());
        }
    }

    @Test
    void valuesOfTheWrongKindNameTheirField() throws IOException {
        Path bad = dir.resolve("odd.json");
        Files.writeString(bad, "{\n  \"border\": { \"bold\": \"yes\" }\n}\n");
        UserError flag = assertThrows(UserError.class, () -> Themes.load(bad.toString(), dir));
        assertTrue(flag.getMessage().startsWith(bad + ":2:") && flag.getMessage().contains("border.bold"), flag.getMessage());
        Files.writeString(bad, "{ \"title\": { \"fg\": 300 } }");
        UserError index = assertThrows(UserError.class, () -> Themes.load(bad.toString(), dir));
        assertTrue(index.getMessage().contains("title.fg") && index.getMessage().contains("0-255"), index.getMessage());
        Files.writeString(bad, "{ \"statuses\": [] }");
        UserError list = assertThrows(UserError.class, () -> Themes.load(bad.toString(), dir));
        assertTrue(list.getMessage().contains("'statuses'"), list.getMessage());
        Files.writeString(bad, "null");
        assertThrows(UserError.class, () -> Themes.load(bad.toString(), dir));
        Files.writeString(bad, "{ \"border\": { \"fg\": 9 }, \"name\": null }");
        assertEquals(ThemeColor.indexed(9), Themes.load(bad.toString(), dir).border().fg());
    }

    @Test
    void coloursAcceptHexNamesAndIndices() {
        assertEquals(ThemeColor.rgb(0x7fd4ff), ThemeColor.parse("#7FD4FF"));
        assertEquals(ThemeColor.Kind.INDEXED, ThemeColor.parse("bright-red").kind());
        assertEquals(9, ThemeColor.parse("bright-red").value());
        assertEquals(ThemeColor.indexed(208), ThemeColor.parse("208"));
        assertEquals(ThemeColor.DEFAULT, ThemeColor.parse("default"));
        assertThrows(IllegalArgumentException.class, () -> ThemeColor.parse("#12345"));
        assertThrows(IllegalArgumentException.class, () -> ThemeColor.parse("256"));
        assertThrows(IllegalArgumentException.class, () -> ThemeColor.parse("purpleish"));
    }

    @Test
    void userThemeFillsGapsFromDefaultAndWinsOverShippedNames() throws IOException {
        Files.writeString(dir.resolve("mine.json"), "{ \"name\": \"mine\", \"border\": { \"fg\": 33, \"bold\": true } }");
        Theme mine = Themes.load("mine", dir);
        assertEquals(ThemeColor.indexed(33), mine.border().fg());
        assertTrue(mine.border().bold());
        assertEquals(Themes.defaultTheme().titleFocused(), mine.titleFocused());
        Files.writeString(dir.resolve("light.json"), "{ \"name\": \"my light\" }");
        assertEquals("my light", Themes.load("light", dir).name());
        Theme byPath = Themes.load(dir.resolve("mine.json").toString(), dir);
        assertEquals(mine, byPath);
    }

    @Test
    void brokenThemeNamesFileAndField() throws IOException {
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\n  \"name\": \"broken\",\n  \"statuses\": { \"Failed\": { \"fg\": \"#zz0000\" } }\n}\n");
        UserError e = assertThrows(UserError.class, () -> Themes.load("broken", dir));
        assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("statuses.Failed.fg"), e.getMessage());
        assertTrue(e.getMessage().contains("#zz0000"), e.getMessage());
        Files.writeString(bad, "{ \"name\": \"broken\", \"bordr\": {} }");
        UserError unknown = assertThrows(UserError.class, () -> Themes.load("broken", dir));
        assertTrue(unknown.getMessage().contains("bordr") && unknown.getMessage().contains(bad.toString()), unknown.getMessage());
        Files.writeString(bad, "{ \"name\": ");
        UserError syntax = assertThrows(UserError.class, () -> Themes.load("broken", dir));
        assertTrue(syntax.getMessage().startsWith(bad + ":1:"), syntax.getMessage());
    }

    @Test
    void unknownThemeSaysWhatExists() {
        UserError e = assertThrows(UserError.class, () -> Themes.load("nope", dir));
        assertTrue(e.getMessage().contains("nope"));
        assertTrue(e.hint().contains("high-contrast") && e.hint().contains(dir.toString()), e.hint());
        assertThrows(UserError.class, () -> Themes.load("../etc/passwd", dir));
        assertNotEquals(Themes.load("light", dir).statusBar(), Themes.load("default", dir).statusBar());
    }
}
