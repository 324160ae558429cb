// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.grove.common.UserError;
import dev.grove.fuzz.AllocationMeter;
import dev.grove.fuzz.Mutator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user config and theme loaders under hostile input: seeded random JSON-like text and
 * mutations of valid files. A file either loads into a valid value or fails with a
 * {@link UserError} that names it; nothing else escapes, and memory follows the file's size.
 * One case in {@value #FILE_EVERY} goes through the real loaders on a real file.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConfigFuzzTest {
    private static final int CASES = 100_000;
    private static final int FILE_EVERY = 250;
    private static final long FIXED_ALLOWANCE = 1 << 20;
    private static final long PER_INPUT_BYTE = 64;
    private static final List<String> TOKENS = List.of("{", "}", "[", "]", ":", ",", " ", "\n", "\"", "\\",
            "\"prefix\"", "\"theme\"", "\"mouse\"", "\"historyLimit\"", "\"escapeTimeMs\"", "\"statusTableCollapsed\"",
            "\"extraColumns\"", "\"bindings\"", "\"directBindings\"", "\"trueColor\"", "\"clipboard\"", "\"bell\"",
            "\"notifications\"", "\"clientTimeoutMs\"", "\"name\"", "\"border\"", "\"fg\"", "\"bg\"", "\"bold\"",
            "\"statuses\"", "\"footer\"", "\"Idle\"", "true", "false", "null", "0", "-1", "1e999", "3.5",
            "99999999999999999999", "\"C-b\"", "\"M-x\"", "\"#ff00ff\"", "\"#zzzzzz\"", "\"red\"", "\"300\"",
            "\"bright-blue\"", "\"on\"", "\"auto\"", "\"\\u0000\"", "\"\\ud800\"", "\"\u001b]0;x\u0007\"", "[[[[[[[[",
            "]]]]]]]]", "{\"a\":{\"b\":", "//", "/*", "\u00ff", "\ufeff", "\"\"");
    private static final List<String> KEYS = TOKENS.stream().filter(t -> t.matches("\"[a-zA-Z ]+\"")).toList();
    private static final List<String> VALUES = List.of("true", "false", "null", "0", "-1", "1e999", "3.5", "5000",
            "99999999999999999999", "\"C-b\"", "\"M-x\"", "\"C-Nope\"", "\"#ff00ff\"", "\"#zzzzzz\"", "\"red\"",
            "\"300\"", "\"on\"", "\"auto\"", "\"\"", "\"focus-next\"", "{}", "[]", "\"\\u0000\"");
    private static final String USER_SEED = """
            {
              "prefix": "C-a", "theme": "light", "mouse": false, "historyLimit": 5000, "escapeTimeMs": 20,
              "statusTableCollapsed": true, "extraColumns": ["Branch", "Ports"],
              "bindings": {"g": "focus-next", "x": ""}, "directBindings": {"M-j": "focus-down"},
              "trueColor": "on", "clipboard": true, "bell": false, "notifications": true, "clientTimeoutMs": 5000
            }
            """;

    @TempDir
    Path tmp;

    @Test
    void userConfigsLoadOrFailWithAUserErrorNamingTheFile() {
        run(new SplittableRandom(20_260_601L), List.of(USER_SEED.getBytes(StandardCharsets.UTF_8)),
                text -> RecordReader.read(text, "config.json", UserConfig.class),
                file -> UserConfig.load(file));
    }

    @Test
    void themesLoadOrFailWithAUserErrorNamingTheFile() {
        Path userThemes = tmp.resolve("themes");
        Theme defaults = Themes.defaultTheme();
        run(new SplittableRandom(777L), Themes.SHIPPED.stream().map(ConfigFuzzTest::shipped).toList(),
                text -> useTheme(Themes.parse(text, "config.json").withDefaults(defaults)),
                file -> useTheme(Themes.load(file.toString(), userThemes)));
    }

    private void run(SplittableRandom random, List<byte[]> seeds, Function<String, Object> parse,
                     Function<Path, Object> load) {
        Mutator mutator = new Mutator(random, TOKENS);
        AllocationMeter meter = new AllocationMeter();
        int loaded = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] input = i % 3 == 0 ? mutator.randomInput(30)
                    : i % 3 == 1 ? mutator.mutate(seeds.get(random.nextInt(seeds.size())))
                    : randomObject(random, 0).getBytes(StandardCharsets.UTF_8);
            boolean viaFile = i % FILE_EVERY == 0;
            meter.reset();
            try {
                Object value = viaFile ? load.apply(write(input)) : parse.apply(new String(input, StandardCharsets.UTF_8));
                assertTrue(value != null);
                loaded++;
            } catch (UserError e) {
                assertTrue(e.getMessage().contains("config.json"), "error does not name the file: " + e.getMessage());
            } catch (RuntimeException | AssertionError e) {
                fail("case " + i + ": " + Mutator.show(input), e);
            }
            long allocated = meter.allocated();
            if (!viaFile && allocated > FIXED_ALLOWANCE + PER_INPUT_BYTE * input.length) {
                fail("case " + i + " allocated " + allocated + " bytes for " + input.length + " bytes: " + Mutator.show(input));
            }
        }
        assertTrue(loaded > CASES / 100, "too few inputs loaded (" + loaded + ") for the mutations to be meaningful");
    }

    /** Well-formed JSON whose keys are mostly real ones and whose values are of every kind, valid or not. */
    private static String randomObject(SplittableRandom random, int depth) {
        StringBuilder sb = new StringBuilder("{");
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append(KEYS.get(random.nextInt(KEYS.size()))).append(':');
            int kind = random.nextInt(10);
            if (kind == 0 && depth < 3) {
                sb.append(randomObject(random, depth + 1));
            } else if (kind == 1) {
                sb.append('[').append(VALUES.get(random.nextInt(VALUES.size()))).append(']');
            } else {
                sb.append(VALUES.get(random.nextInt(VALUES.size())));
            }
        }
        return sb.append('}').toString();
    }

    /** Touches what the server reads from a theme, so a broken value fails here rather than there. */
    private static Theme useTheme(Theme theme) {
        theme.statusStyle("Idle");
        theme.statusStyle(null);
        return theme;
    }

    private Path write(byte[] input) {
        try {
            return Files.write(tmp.resolve("config.json"), input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] shipped(String name) {
        try (InputStream in = ConfigFuzzTest.class.getClassLoader().getResourceAsStream("themes/" + name + ".json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
