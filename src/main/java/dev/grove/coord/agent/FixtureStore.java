// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import dev.grove.common.UserError;
import dev.grove.config.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A directory of state fixtures, normally {@code .git/grove/fixtures/} of the repository (the
 * common git dir, shared by all worktrees). One JSON file per fixture, named
 * {@code PROFILE-STATE-YYYYMMDD-HHMMSS[-N].json}; files are written atomically. Thread-safe.
 */
public final class FixtureStore {
    /** The fixtures directory under a repository's common git dir. */
    public static final String GIT_DIR_PATH = "grove/fixtures";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private static final String EMPTY_SCREEN = "\"screen\" : [ ]";

    private final Path dir;

    public FixtureStore(Path dir) {
        this.dir = dir;
    }

    /** The store of the repository whose common git dir is {@code commonGitDir}. */
    public static FixtureStore inGitDir(Path commonGitDir) {
        return new FixtureStore(commonGitDir.resolve(GIT_DIR_PATH));
    }

    public Path directory() {
        return dir;
    }

    /** Writes {@code fixture} to a new file and returns its path. */
    public synchronized Path save(StateFixture fixture) {
        String base = fixture.profile() + "-" + fixture.expected().name().toLowerCase(Locale.ROOT).replace('_', '-')
                + "-" + STAMP.format(Instant.parse(fixture.savedAt()));
        Path file = dir.resolve(base + ".json");
        for (int n = 2; Files.exists(file); n++) {
            file = dir.resolve(base + "-" + n + ".json");
        }
        Json.writeAtomically(file, toJson(fixture));
        return file;
    }

    /** The fixture as JSON with one screen row per line, so a changed screen reads well in a diff. */
    public static String toJson(StateFixture fixture) {
        String empty = Json.write(fixture.withScreen(List.of()));
        StringBuilder rows = new StringBuilder("[\n");
        List<String> screen = fixture.screen();
        for (int i = 0; i < screen.size(); i++) {
            rows.append("    ").append(Json.write(screen.get(i))).append(i + 1 < screen.size() ? ",\n" : "\n");
        }
        rows.append("  ]");
        int at = empty.lastIndexOf(EMPTY_SCREEN);
        return empty.substring(0, at) + "\"screen\" : " + rows + empty.substring(at + EMPTY_SCREEN.length()) + "\n";
    }

    /** Every fixture file in the directory (recursively), sorted by path; empty when it does not exist. */
    public List<Path> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /**
     * Reads one fixture file.
     *
     * @throws UserError naming the file and field when it is not a valid fixture
     */
    public static StateFixture read(Path file) {
        StateFixture f = Json.read(file, StateFixture.class);
        if (f.version() != StateFixture.FORMAT || f.profile() == null || f.expected() == null) {
            throw new UserError(file + ": not a grove state fixture of format " + StateFixture.FORMAT,
                    "it needs \"version\": " + StateFixture.FORMAT + ", \"profile\", \"expected\" and \"screen\"");
        }
        return f;
    }
}
