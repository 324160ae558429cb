// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.client.CommandClient;
import dev.grove.common.UserError;
import dev.grove.config.SavedPane;
import dev.grove.config.SavedState;
import dev.grove.config.StateFile;
import dev.grove.protocol.Message;
import dev.grove.protocol.Protocol;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults around a running server: killed with SIGKILL while it opens and closes panes (and so
 * writes its state), clients coming and going by the dozen or dying in the middle of a frame, a
 * client that stops reading. Afterwards the state loads and restores, and the server, its other
 * clients and its panes carry on with no leaked threads or files.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class FaultIT {
    private static final int KILL_ROUNDS = 3;

    @TempDir
    Path tmp;
    private GroveEnv env;

    @BeforeEach
    void setUp() {
        env = new GroveEnv(tmp);
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    @Test
    void killedWhileOpeningPanesAndSavingTheStateComesBackConsistent() throws Exception {
        Random random = new Random(6L);
        Set<String> opened = ConcurrentHashMap.newKeySet();
        opened.add("sh");
        for (int round = 0; round < KILL_ROUNDS; round++) {
            // Later rounds restore what the last one saved (a command given by name would add a pane).
            Process server = round == 0 ? env.startServer("--", "/bin/sh") : env.startServer("--empty");
            AtomicBoolean stop = new AtomicBoolean();
            Thread churn = churn(round, opened, stop);
            int enough = opened.size() + 2;
            Poll.until("some panes to open", 30, () -> opened.size() > enough, env::serverLog);
            long killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50 + random.nextInt(400));
            Poll.until("the moment to kill", 5, () -> System.nanoTime() >= killAt, env::serverLog);
            server.destroyForcibly();
            server.waitFor(20, TimeUnit.SECONDS);
            stop.set(true);
            churn.join(20_000);

            SavedState state = new StateFile(env.stateDir()).load().orElseThrow();
            for (SavedPane p : state.panes()) {
                assertTrue(opened.contains(p.name()), "saved pane " + p.name() + " was never opened");
            }
            Process again = env.startServer("--empty");
            Message.CommandResult ls = env.command("ls", "--json");
            for (SavedPane p : state.panes()) {
                assertTrue(ls.out().contains("\"name\" : \"" + p.name() + "\""), p.name() + " restored:\n" + ls.out());
            }
            assertEquals(List.of(), temporaryFiles(), "no temporary state files after a restart");
            env.command("kill-server");
            again.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** Opens and closes panes until {@code stop}, recording every name it opened. */
    private Thread churn(int round, Set<String> opened, AtomicBoolean stop) {
        Thread t = new Thread(() -> {
            for (int i = 0; !stop.get(); i++) {
                String name = "r" + round + "-" + i;
                try {
                    opened.add(name);
                    CommandClient.run(env.socket(), List.of("new", name, "--no-focus", "--", "/bin/sh", "-c", "sleep 30"),
                            tmp, env.env());
                    if (i % 3 == 2) {
                        CommandClient.run(env.socket(), List.of("close", "r" + round + "-" + (i - 1)), tmp, env.env());
                    }
                } catch (UserError | UncheckedIOException e) {
                    return;
                }
            }
        }, "churn");
        t.start();
        return t;
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(env.stateDir())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void clientsComingGoingAndDyingMidFrameLeaveTheServerWhole() throws Exception {
        Process server = env.startServer("--", "/bin/sh");
        long pid = server.pid();
        env.command("new", "flood", "--no-focus", "--", "/bin/sh", "-c", "while :; do echo tick-tock; done");
        try (RawClient steady = RawClient.attach(env.socket(), 100, 30, env.env()).startReading()) {
            steady.awaitText("tick-tock");
            long threadsBefore = ProcStatus.field(pid, "Threads");
            int filesBefore = ProcStatus.openFiles(pid);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                int kind = i % 3;
                runs.add(pool.submit(() -> visit(kind)));
            }
            for (Future<?> f : runs) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            env.command("send", "sh", "echo steady-$((9*9))");
            steady.awaitText("steady-81");
            Poll.until("only the steady client to be attached", 20,
                    () -> env.command("ls").out().contains("1 client attached"), () -> env.command("ls").out());
            Poll.until("the server's threads and files to return to what they were", 20,
                    () -> ProcStatus.field(pid, "Threads") <= threadsBefore + 2 && ProcStatus.openFiles(pid) <= filesBefore + 2,
                    () -> "threads " + ProcStatus.field(pid, "Threads") + " (before " + threadsBefore + "), files "
                            + ProcStatus.openFiles(pid) + " (before " + filesBefore + ")");
        }
    }

    /** One visiting client: attaches and reads a frame, or dies in the middle of a frame, or of its Hello. */
    private void visit(int kind) {
        if (kind == 0) {
            try (RawClient c = RawClient.attach(env.socket(), 80, 24, env.env()).startReading()) {
                Poll.until("a frame", 20, () -> c.receivedCount() > 0, env::serverLog);
            }
        } else if (kind == 1) {
            try (RawClient c = RawClient.attach(env.socket(), 80, 24, env.env())) {
                c.sendRaw(ByteBuffer.allocate(9).put((byte) 4).putInt(100).put(new byte[] {'a', 'b', 'c', 'd'}).array());
            }
        } else {
            try (RawClient c = RawClient.connect(env.socket(), 80, 24, 0)) {
                c.sendRaw(ByteBuffer.allocate(9).put((byte) 1).putInt(60).putInt(Protocol.MAGIC).array());
            }
        }
    }

    @Test
    void aClientThatStopsReadingIsDroppedWithAReasonAndTheOthersCarryOn() throws IOException {
        Path config = Files.createDirectories(tmp.resolve("config/grove")).resolve("config.json");
        Files.writeString(config, "{\"clientTimeoutMs\": 1500}");
        // Every line differs, so every frame has changes to send and the stuck client's socket fills.
        env.startServer("--", "/bin/sh", "-c", "i=0; while :; do i=$((i+1)); echo flood-line-$i; done");
        assertEquals(0, env.command("new", "typing", "--no-focus", "--", "/bin/sh").exitCode());
        try (RawClient steady = RawClient.attach(env.socket(), 100, 30, env.env()).startReading();
             RawClient stuck = RawClient.connect(env.socket(), 200, 60, 4096)) {
            Message answer = stuck.hello(new Message.Hello(Protocol.VERSION, Message.Purpose.ATTACH, 200, 60,
                    "xterm-256color", "", tmp.toString(), env.env(), Message.TerminalId.NONE));
            assertTrue(answer instanceof Message.Welcome, String.valueOf(answer));
            Poll.until("the stuck client to be dropped", 30, () -> env.serverLog().contains("too slow"), env::serverLog);
            assertTrue(env.serverLog().matches("(?s).*client \\d+ too slow \\(its output has not moved for 1500 ms\\), "
                    + "dropped.*"), env.serverLog());
            env.command("send", "typing", "echo alive-$((5*5))");
            env.command("focus", "typing");
            steady.awaitText("alive-25");
            assertTrue(env.command("ls").out().contains("1 client attached"));
            assertTrue(stuck.closedByServer(), "the stuck client's connection is closed");
        }
    }
}
