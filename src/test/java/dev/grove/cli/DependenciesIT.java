// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.coord.worktree.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code grove new B --after A}: a chain of three, each started from the merged base; unknown names and cycles refused. */
@ExtendWith(AwaitBackgroundAgents.class)
class DependenciesIT {
    private static final String AGENT = "{ ls; echo \"after=$GROVE_AFTER\"; } > \"$GROVE_AGENT.seen\" && git add -A && "
            + "git -c user.name=t -c user.email=t@e commit -qm \"$GROVE_AGENT\"";

    @TempDir Path tmp;
    TestRepo repo;


    private InProcessGrove.Run grove(String... args) {
        return InProcessGrove.run(repo, args);
    }

    @Test
    @Timeout(60)
    void chainOfThreeStartsEachAfterTheOneBeforeMerged() throws Exception {
        repo = TestRepo.create(tmp);
        assertEquals(0, grove("new", "a", "--task", "first", "--", "sh", "-c", AGENT).code());
        InProcessGrove.Run b = grove("new", "b", "--task", "second", "--after", "a", "--", "sh", "-c", AGENT);
        assertEquals(0, b.code(), b.err());
        assertTrue(b.out().contains("agent b waits for a"), b.out());
        assertEquals(0, grove("new", "c", "--task", "third", "--after", "b", "--", "sh", "-c", AGENT).code());
        assertFalse(Files.exists(repo.dir.resolve(".trees/b")));
        String table = Files.readString(repo.dir.resolve("coordination/status.md"));
        assertTrue(table.contains("| b") && table.contains("Blocked") && table.contains("waits for a"), table);

        InProcessGrove.Run unknown = grove("new", "d", "--after", "nope", "--", "true");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().startsWith("error: --after names unknown agent 'nope'\nhint: the agents are "), unknown.err());
        InProcessGrove.Run self = grove("new", "e", "--after", "e", "--", "true");
        assertTrue(self.err().startsWith("error: --after: dependency cycle e -> e"), self.err());

        InProcessGrove.Run mergeA = grove("merge", "a");
        assertEquals(0, mergeA.code(), mergeA.out() + mergeA.err());
        assertTrue(mergeA.out().contains("started agent b"), mergeA.out());
        awaitCommit("b");
        String seenByB = Files.readString(repo.dir.resolve(".trees/b/b.seen"));
        assertTrue(seenByB.contains("a.seen") && seenByB.contains("after=a\n"), "b knows what it waited for: " + seenByB);
        assertFalse(Files.exists(repo.dir.resolve(".trees/c")));

        InProcessGrove.Run mergeB = grove("merge", "b");
        assertTrue(mergeB.out().contains("started agent c"), mergeB.out());
        awaitCommit("c");
        String seenByC = Files.readString(repo.dir.resolve(".trees/c/c.seen"));
        assertTrue(seenByC.contains("a.seen") && seenByC.contains("b.seen") && seenByC.contains("after=b\n"), seenByC);
    }

    private void awaitCommit(String name) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (!repo.git("log", "-1", "--format=%s", "grove/" + name).strip().equals(name)) {
            assertTrue(Instant.now().isBefore(deadline), name + " never committed");
            Thread.onSpinWait();
        }
    }
}
