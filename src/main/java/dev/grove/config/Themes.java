// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import dev.grove.common.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds and reads themes: the shipped ones on the classpath under {@code themes/}, the user's in
 * {@code <config dir>/themes/NAME.json} (which win over shipped ones of the same name), or a
 * path to a file. Missing styles come from the shipped default theme. Thread-safe.
 */
public final class Themes {
    /** Names of the themes shipped with grove. */
    public static final List<String> SHIPPED = List.of("default", "light", "high-contrast");

    private Themes() {}

    /** The shipped default theme. */
    public static Theme defaultTheme() {
        return DefaultTheme.THEME;
    }

    /** Read once, on first use: every theme takes its missing styles from it. */
    private static final class DefaultTheme {
        static final Theme THEME = readShipped("default");
    }

    /**
     * Parses the text of a theme file; {@code origin} names it in errors. Missing styles are
     * not filled in.
     *
     * @throws UserError naming origin, position and field when the theme is broken
     */
    public static Theme parse(String text, String origin) {
        return RecordReader.read(text, origin, Theme.class);
    }

    /**
     * Loads a theme by name (user themes first, then shipped ones) or by path (anything with a
     * {@code /} or ending in {@code .json}).
     *
     * @throws UserError when the theme does not exist or its file is broken (naming file and field)
     */
    public static Theme load(String nameOrPath) {
        return load(nameOrPath, UserConfig.configDir(System.getenv()).resolve("themes"));
    }

    /** As {@link #load(String)}, with user themes in {@code userThemes}. */
    public static Theme load(String nameOrPath, Path userThemes) {
        String spec = nameOrPath == null || nameOrPath.isBlank() ? "default" : nameOrPath.trim();
        if (spec.contains("/") || spec.endsWith(".json")) {
            return read(Path.of(spec)).withDefaults(defaultTheme());
        }
        if (!spec.matches("[A-Za-z0-9._-]+")) {
            throw new UserError("bad theme name '" + spec + "'", "use letters, digits, '.', '_' and '-'");
        }
        Path user = userThemes.resolve(spec + ".json");
        if (Files.isRegularFile(user)) {
            return read(user).withDefaults(defaultTheme());
        }
        if (Themes.class.getClassLoader().getResource("themes/" + spec + ".json") != null) {
            return readShipped(spec).withDefaults(defaultTheme());
        }
        throw new UserError("unknown theme '" + spec + "'",
                "shipped themes: " + String.join(", ", SHIPPED) + "; or put " + spec + ".json in " + userThemes);
    }

    private static Theme read(Path file) {
        return RecordReader.read(Json.readBytes(file), file.toString(), Theme.class);
    }

    private static Theme readShipped(String name) {
        try (InputStream in = resource(name)) {
            if (in == null) {
                throw new IllegalStateException("shipped theme '" + name + "' is missing from the classpath");
            }
            return RecordReader.read(in.readAllBytes(), "themes/" + name + ".json", Theme.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read shipped theme " + name, e);
        }
    }

    private static InputStream resource(String name) {
        return Themes.class.getClassLoader().getResourceAsStream("themes/" + name + ".json");
    }
}
