// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grove.config.Approvals;
import dev.grove.git.GitCli;
import dev.grove.git.GitResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A real git repository in a temporary directory for integration tests: a fixed identity and
 * no global or system git config, a first commit on {@code main}, helpers to write files and
 * commit, and {@link AgentWorktrees} options whose approvals file and ports are private.
 */
public final class TestRepo {
    public static final Map<String, String> ENV = Map.of(
            "GIT_AUTHOR_NAME", "Test", "GIT_AUTHOR_EMAIL", "test@example.com",
            "GIT_COMMITTER_NAME", "Test", "GIT_COMMITTER_EMAIL", "test@example.com",
            "GIT_CONFIG_GLOBAL", "/dev/null", "GIT_CONFIG_NOSYSTEM", "1");
    public static final GitCli GIT = new GitCli("git", ENV);

    public final Path dir;
    final Path home;

    private TestRepo(Path dir, Path home) {
        this.dir = dir;
        this.home = home;
    }

    /** A repository in {@code tmp}/repo with one commit (README.md) on main. */
    public static TestRepo create(Path tmp) {
        TestRepo r = new TestRepo(tmp.resolve("repo"), tmp.resolve("home"));
        try {
            Files.createDirectories(r.dir);
            Files.createDirectories(r.home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        r.git("init", "-q", "-b", "main");
        r.write("README.md", "hello\n");
        r.commitAll("initial commit");
        return r;
    }

    /** System git with the test identity, a private approvals file, every port free. */
    public AgentWorktrees.Options options() {
        return new AgentWorktrees.Options(GIT, new Approvals(home.resolve("approvals.json")), Clock.systemUTC(),
                new PortLeases(p -> true));
    }

    AgentWorktrees open() {
        return AgentWorktrees.open(dir, options());
    }

    public String git(String... args) {
        return git(dir, args);
    }

    public static String git(Path in, String... args) {
        GitResult r = GIT.run(in, args);
        assertEquals(0, r.exitCode(), () -> "git " + String.join(" ", args) + ": " + r.err());
        return r.out();
    }

    public TestRepo write(String path, String text) {
        return write(dir, path, text);
    }

    public TestRepo write(Path root, String path, String text) {
        return writeBytes(root, path, text.getBytes(StandardCharsets.UTF_8));
    }

    TestRepo writeBytes(Path root, String path, byte[] bytes) {
        try {
            Path f = root.resolve(path);
            Files.createDirectories(f.getParent());
            Files.write(f, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(Path root, String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void commitAll(String message) {
        commitAll(dir, message);
    }

    public static void commitAll(Path in, String message) {
        git(in, "add", "-A");
        git(in, "commit", "-q", "-m", message);
    }

    /** Writes {@code .grove/config.json} and commits it. */
    public void config(String json) {
        write(".grove/config.json", json);
        commitAll("grove config");
    }

    /** A new agent with a command that does nothing, from main. */
    static NewAgent agent(String name) {
        return NewAgent.named(name, List.of("true"));
    }

    /** Collects setup events. */
    static final class Events extends ArrayList<SetupEvent> implements Consumer<SetupEvent> {
        private static final long serialVersionUID = 1L;

        @Override
        public void accept(SetupEvent e) {
            add(e);
        }
    }
}
