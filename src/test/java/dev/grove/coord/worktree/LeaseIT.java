// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.common.UserError;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Leases: unique slots and ports under concurrency, busy ports skipped, limits. */
class LeaseIT {
    @TempDir
    Path tmp;

    @Test
    @Timeout(120)
    void concurrentCreatesInThreadsGetDistinctSlotsAndPorts() throws Exception {
        TestRepo repo = TestRepo.create(tmp);
        repo.config("{\"ports\": {\"PORT\": 3000, \"API_PORT\": 3100}}");
        int n = 6;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Created>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = "t" + i;
            futures.add(pool.submit(() -> {
                start.await();
                try (AgentWorktrees w = repo.open()) {
                    return w.create(TestRepo.agent(name), e -> { });
                }
            }));
        }
        start.countDown();
        Set<Integer> slots = new HashSet<>();
        Set<String> ports = new HashSet<>();
        for (Future<Created> f : futures) {
            Created c = f.get(100, TimeUnit.SECONDS);
            slots.add(c.record().slot());
            ports.add(c.launch().env().get("PORT"));
            ports.add(c.launch().env().get("API_PORT"));
        }
        pool.shutdown();
        assertEquals(Set.of(1, 2, 3, 4, 5, 6), slots);
        assertEquals(2 * n, ports.size());
        try (AgentWorktrees w = repo.open()) {
            assertEquals(n, w.agents().size());
        }
    }

    @Test
    void portsInUseOnLocalhostAreSkipped() throws Exception {
        TestRepo repo = TestRepo.create(tmp);
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int base = busy.getLocalPort() - 1;
            repo.config("{\"ports\": {\"PORT\": " + base + "}}");
            AgentWorktrees.Options o = repo.options();
            try (AgentWorktrees w = AgentWorktrees.open(repo.dir,
                    new AgentWorktrees.Options(o.git(), o.approvals(), o.clock(), PortLeases.onLocalhost()))) {
                Created c = w.create(TestRepo.agent("a"), e -> { });
                assertEquals(2, c.record().slot(), "slot 1 would need the busy port " + busy.getLocalPort());
                assertEquals(Integer.toString(base + 2), c.launch().env().get("PORT"));
            }
        }
    }

    @Test
    void limitRefusesOneMoreAndParallelismWarns() {
        TestRepo repo = TestRepo.create(tmp);
        repo.config("{\"worktrees\": {\"max\": 3, \"parallelism\": 2}}");
        try (AgentWorktrees w = repo.open()) {
            assertEquals(List.of(), w.create(TestRepo.agent("a"), e -> { }).warnings());
            assertEquals(List.of(), w.create(TestRepo.agent("b"), e -> { }).warnings());
            List<String> warnings = w.create(TestRepo.agent("c"), e -> { }).warnings();
            assertTrue(warnings.get(0).contains("3 agents are active, more than the configured parallelism of 2"));
            UserError e = assertThrows(UserError.class, () -> w.create(TestRepo.agent("d"), ev -> { }));
            assertTrue(e.getMessage().contains("already 3 worktrees, the limit is 3"), e.getMessage());
            assertEquals(3, w.agents().size());
        }
    }

    @Test
    void theTwentyFirstWorktreeIsRefusedByDefault() {
        TestRepo repo = TestRepo.create(tmp);
        try (AgentWorktrees w = repo.open()) {
            for (int i = 1; i <= 20; i++) {
                w.create(TestRepo.agent("w" + i), e -> { });
            }
            UserError e = assertThrows(UserError.class, () -> w.create(TestRepo.agent("w21"), ev -> { }));
            assertTrue(e.getMessage().contains("already 20 worktrees, the limit is 20"), e.getMessage());
        }
    }
}
