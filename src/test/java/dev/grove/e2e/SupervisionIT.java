// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agent supervision seen from outside, on a repository's server with a client attached: the demo
 * agent (at its normal pace) asks for approval, the UI shows it Waiting with its reason, the
 * client gets a bell and both desktop notifications, plain {@code grove ls} says it needs you and
 * why; an answer typed with {@code grove send} moves it to In progress. Also: a broken hand edit
 * of the status file shows in the status line, an agent exiting non-zero awaits review, the
 * server's Last Update times are in the local zone, and {@code grove send} brackets its text for
 * a pane that enabled bracketed paste.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class SupervisionIT {
    private static final String PREFIX = "\u0002";
    /** Fourteen hours ahead of UTC all year: no minute of it reads like the same minute in UTC. */
    private static final ZoneId ZONE = ZoneId.of("Pacific/Kiritimati");
    private static final Pattern ROW = Pattern.compile("(?m)^\\| broken +\\|[^|]*\\| Failed +\\| (\\d\\d:\\d\\d) +\\|");

    @TempDir
    Path tmp;
    private GroveEnv env;

    @AfterEach
    void tearDown() {
        env.close();
    }

    @Test
    void anApprovalIsWaitingWithItsReasonEverywhereAndAnAnswerSentMovesItToInProgress() throws IOException {
        env = GroveEnv.inRepository(tmp);
        env.env().put("GROVE_HOME", env.groveHome().toString());
        env.env().put("TZ", ZONE.getId());
        Path repo = env.repo();
        GroveTerminal t = GroveTerminal.startIn(env, repo, 160, 45, env.groveCommand(List.of()));
        t.awaitText(GroveEnv.PROMPT.strip());
        Instant start = Instant.now();
        created(env.runIn(repo, List.of("new", "docs", "--agent", "demo", "--task", "explain the calculator",
                "--no-focus")));
        created(env.runIn(repo, List.of("new", "broken", "--no-focus", "--", "sh", "-c", "exit 3")));

        t.awaitScreen("docs waiting and flagged", s -> s.lines().anyMatch(l -> l.contains("docs")
                && l.contains("Waiting for input ⚑")), 60_000);
        Poll.until("the bell and both notifications for docs", 20, () -> t.bells() > 0
                && t.notifications().stream().filter(n -> n.startsWith("grove: docs: waiting for input")).count() == 2,
                () -> t.bells() + " bells, notifications " + t.notifications());
        String ls = env.runIn(repo, List.of("ls")).out();
        assertTrue(ls.contains("    Waiting for input — needs you: waiting for input: the screen shows waiting for"
                + " input (rule demo/proceed-question): \"Do you want to proceed? (y/n)\""), ls);
        assertTrue(ls.contains("    Failed, awaiting review — needs you: exited with code 3"), ls);
        String json = env.runIn(repo, List.of("ls", "--json")).out();
        assertTrue(json.matches("(?s).*\"name\" : \"broken\".*\"awaitingReview\" : true.*"), json);
        assertLocalLastUpdate(repo.resolve("coordination/status.md"), start);

        Files.writeString(repo.resolve("coordination/status.md"), "a stray line\n| x |\n", StandardOpenOption.APPEND);
        t.awaitScreen("the broken status file in the status line",
                s -> s.contains("⚠ coordination/status.md:") && s.contains("not a table row"));

        env.command("focus", "docs");
        t.type(PREFIX + "i");
        t.awaitScreen("the reason on request", s -> s.contains("why is docs Waiting for input?")
                && s.contains("rule demo/proceed-question") && s.contains("\"Do you want to proceed? (y/n)\"")
                && s.matches("(?s).*Waiting for input since \\d\\d:\\d\\d:\\d\\d\\s.*"));
        t.type("q");
        GroveEnv.Run sent = env.runIn(repo, List.of("send", "docs", "y"));
        assertEquals(0, sent.exitCode(), sent.err());
        t.awaitScreen("docs in progress after the answer", s -> s.lines().anyMatch(l -> l.contains("docs")
                && l.contains("In progress")));
        t.awaitScreen("docs complete", s -> s.lines().anyMatch(l -> l.contains("docs") && l.contains("Complete")),
                60_000);
    }

    @Test
    void typingIntoAPaneThatCalledForYouClearsTheCall() {
        env = GroveEnv.inRepository(tmp);
        Path repo = env.repo();
        GroveTerminal t = GroveTerminal.startIn(env, repo, 160, 45, env.groveCommand(List.of()));
        t.awaitText(GroveEnv.PROMPT.strip());
        created(env.runIn(repo, List.of("new", "ask", "--no-focus", "--", "sh", "-c",
                "for i in 1 2 3 4 5 6; do echo \"error: build failed $i\"; done; read a; echo got-$a; sleep 60")));
        // Repeated errors call for a person until one has seen them, whatever the pane does next.
        Poll.until("ask to need you", 30, () -> env.runIn(repo, List.of("ls")).out().contains("needs you"),
                () -> env.runIn(repo, List.of("ls")).out());
        assertEquals(0, env.runIn(repo, List.of("send", "ask", "y")).exitCode());
        t.awaitText("got-y");
        Poll.until("the call to clear once someone typed into the pane", 20,
                () -> !env.runIn(repo, List.of("ls")).out().contains("needs you"), () -> env.runIn(repo, List.of("ls")).out());
    }

    @Test
    void sendBracketsItsTextForAPaneThatEnabledBracketedPaste() throws IOException {
        env = new GroveEnv(tmp);
        env.startServer("--", "/bin/sh");
        Path got = tmp.resolve("got");
        assertEquals(0, env.command("new", "paste", "--no-focus", "--", "/bin/sh", "-c",
                "printf '\\033[?2004h\\033]0;ready\\007'; IFS= read -r line; printf '%s' \"$line\" > " + got
                        + "; sleep 60").exitCode());
        Poll.until("the pane to enable bracketed paste (its title comes right after)", 20,
                () -> env.command("ls").out().contains("[ready]"), () -> env.command("ls").out());
        assertEquals(0, env.command("send", "paste", "hello", "world").exitCode());
        Poll.until("the pane to read the line", 20, () -> Files.exists(got) && size(got) > 0, () -> "nothing yet");
        assertEquals("\033[200~hello world\033[201~", Files.readString(got, StandardCharsets.UTF_8));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "unreadable: " + e;
        }
    }

    private static void created(GroveEnv.Run run) {
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }

    /** The server wrote the exited agent's row, in the zone it runs in (not UTC). */
    private static void assertLocalLastUpdate(Path statusFile, Instant start) {
        Poll.until("the server to write the exited agent's row", 20, () -> ROW.matcher(read(statusFile)).find(),
                () -> read(statusFile));
        Instant end = Instant.now();
        Set<String> local = new HashSet<>();
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE);
        for (Instant i = start.truncatedTo(ChronoUnit.MINUTES); !i.isAfter(end); i = i.plusSeconds(60)) {
            local.add(hhmm.format(i));
        }
        String text = read(statusFile);
        Matcher m = ROW.matcher(text);
        assertTrue(m.find(), text);
        assertTrue(local.contains(m.group(1)), "Last Update " + m.group(1) + " is one of " + local + "\n" + text);
    }
}
