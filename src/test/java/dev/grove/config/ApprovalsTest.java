// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Approved setup command lists: exact match per repository, safe under concurrent writers. */
class ApprovalsTest {
    @TempDir
    Path tmp;

    @Test
    void approvesExactListPerRepository() {
        Approvals a = new Approvals(tmp.resolve("state/approvals.json"));
        Path repo = tmp.resolve("repo");
        assertTrue(a.isApproved(repo, List.of()), "nothing to run needs no approval");
        assertFalse(a.isApproved(repo, List.of("npm ci")));
        a.approve(repo, List.of("npm ci"));
        assertTrue(new Approvals(tmp.resolve("state/approvals.json")).isApproved(repo, List.of("npm ci")));
        assertFalse(a.isApproved(repo, List.of("npm ci", "rm -rf ~")), "a changed list asks again");
        assertFalse(a.isApproved(repo, List.of("npm", "ci")), "joining does not fool it");
        assertFalse(a.isApproved(tmp.resolve("other"), List.of("npm ci")), "per repository");
    }

    @Test
    void concurrentApprovalsKeepEveryEntry() throws Exception {
        Approvals a = new Approvals(tmp.resolve("approvals.json"));
        Thread[] threads = new Thread[4];
        for (int i = 0; i < threads.length; i++) {
            String cmd = "cmd" + i;
            threads[i] = new Thread(() -> a.approve(tmp, List.of(cmd)));
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        for (int i = 0; i < threads.length; i++) {
            assertTrue(a.isApproved(tmp, List.of("cmd" + i)));
        }
    }
}
