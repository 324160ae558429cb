// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every state fixture against the current screen rules: the ones shipped under
 * {@code src/test/resources/fixtures/} and, with {@code -Dgrove.fixtures=DIR} (for example a
 * repository's {@code .git/grove/fixtures}), the ones people saved with "mark state wrong".
 * {@code -Dgrove.config=FILE} (a repository's {@code .grove/config.json} or a user config) adds
 * that file's profiles, so fixtures of profiles defined there replay against their rules.
 * A failure prints the screen, what was expected and which rule decided instead.
 */
class FixtureReplayTest {
    private static final ProfileRegistry PROFILES = profiles();

    @TestFactory
    Stream<DynamicTest> everyFixtureShowsItsExpectedState() throws URISyntaxException {
        List<Path> files = new ArrayList<>(new FixtureStore(shippedDirectory()).list());
        String extra = System.getProperty("grove.fixtures");
        if (extra != null && !extra.isBlank()) {
            files.addAll(new FixtureStore(Path.of(extra)).list());
        }
        assertTrue(files.size() >= 35, "the shipped fixtures are found: " + files.size());
        return files.stream()
                .map(f -> dynamicTest(f.getParent().getFileName() + "/" + f.getFileName(), () -> check(f)));
    }

    private static void check(Path file) {
        StateFixture fixture = FixtureStore.read(file);
        AgentStatus replayed = fixture.replay(PROFILES);
        assertEquals(fixture.expected(), replayed.state(), () -> "profile " + fixture.profile() + " decided "
                + replayed.state() + " because " + replayed.reason().describe() + "\nscreen:\n"
                + String.join("\n", fixture.screen()));
    }

    private static ProfileRegistry profiles() {
        String config = System.getProperty("grove.config");
        return config == null || config.isBlank() ? ProfileRegistry.builtin() : ProfileRegistry.load(Path.of(config), null);
    }

    private static Path shippedDirectory() throws URISyntaxException {
        URL url = FixtureReplayTest.class.getResource("/fixtures");
        return Path.of(url.toURI());
    }
}
