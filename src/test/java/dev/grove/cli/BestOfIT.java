// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.config.Json;
import dev.grove.coord.flow.Scoreboard;
import dev.grove.coord.worktree.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;

/** Best-of-3 end to end: a check that passes in some candidates, the scoreboard, keeping the winner, restoring a loser. */
@ExtendWith(AwaitBackgroundAgents.class)
class BestOfIT {
    private static final String AGENT = "case \"$GROVE_AGENT\" in *-1) ;; *) echo yes > good.txt ;; esac; "
            + "echo \"$GROVE_AGENT\" > answer.txt && git add -A && "
            + "git -c user.name=t -c user.email=t@e commit -qm \"$GROVE_AGENT: $GROVE_TASK\"";

    @TempDir Path tmp;


    private InProcessGrove.Run grove(TestRepo repo, String... args) {
        return InProcessGrove.run(repo, args);
    }

    @Test
    @Timeout(90)
    void bestOfThreeScoreboardKeepTheWinnerAndRestoreALoser() throws Exception {
        TestRepo repo = TestRepo.create(tmp);
        InProcessGrove.Run run = grove(repo, "new", "fix", "--best-of", "3", "--task", "answer", "--check", "test -f good.txt",
                "--", "sh", "-c", AGENT);
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("CANDIDATE") && run.out().contains("fix-3"), run.out());

        InProcessGrove.Run json = grove(repo, "compare", "fix", "--json");
        assertEquals(0, json.code(), json.err());
        Scoreboard.Candidate[] rows = Json.parse(json.out(), "compare", Scoreboard.Candidate[].class);
        assertEquals(3, rows.length);
        assertEquals("failed", rows[0].check());
        assertEquals("failed", rows[0].result());
        assertEquals("passed", rows[1].check());
        assertEquals("succeeded", rows[2].result());
        assertTrue(rows[1].files().contains("answer.txt") && rows[1].files().contains("good.txt"),
                rows[1].files().toString());
        assertEquals("active", rows[1].status());
        assertTrue(rows[1].insertions() >= 2, "diff size " + rows[1].insertions());

        InProcessGrove.Run keep = grove(repo, "compare", "fix", "--keep", "fix-2");
        assertEquals(0, keep.code(), keep.out() + keep.err());
        assertEquals("fix-2\n", repo.git("show", "main:answer.txt"));
        assertTrue(keep.out().contains("removed fix-1 (archived as ") && keep.out().contains("removed fix-3"),
                keep.out());
        assertFalse(Files.exists(repo.dir.resolve(".trees/fix-3")));

        InProcessGrove.Run board = grove(repo, "compare", "fix");
        assertTrue(board.out().contains("merged") && board.out().contains("gone"), board.out());

        InProcessGrove.Run restored = grove(repo, "restore", "fix-3");
        assertEquals(0, restored.code(), restored.out() + restored.err());
        assertEquals("fix-3\n", Files.readString(repo.dir.resolve(".trees/fix-3/answer.txt")));
    }
}
