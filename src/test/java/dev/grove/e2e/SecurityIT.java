// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.protocol.FrameCodec;
import dev.grove.protocol.FrameReader;
import dev.grove.protocol.Message;
import dev.grove.protocol.Protocol;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's defences, end to end: another local user (created for the test) is refused by
 * the socket's file mode and, where the socket is opened up on purpose, by the peer-credential
 * check; a client speaking another protocol version, garbage on the socket and a server speaking
 * another protocol all end in a clear one-line message; a socket directory that is a symbolic
 * link is refused and left alone.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SecurityIT {
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
    void anotherUserIsRefusedEvenWhenTheSocketIsOpenedUp() throws IOException {
        try (OtherUser other = OtherUser.create(tmp)) {
            startServerInSharedDirectory();
            Files.setPosixFilePermissions(env.socket(), PosixFilePermissions.fromString("rwxrwxrwx"));
            Path proof = tmp.resolve("shared").resolve("typed-by-intruder");
            GroveEnv.Run run = other.grove(tmp, env.socket(), "send", "sh", "touch " + proof);
            assertEquals(1, run.exitCode(), run.out() + run.err());
            assertTrue(run.err().startsWith("error: user " + other.name + " may not connect to the grove server of user "),
                    run.err());
            assertFalse(run.err().contains("Exception"), run.err());
            assertTrue(env.serverLog().contains("refused connection: user " + other.name), env.serverLog());
            env.command("send", "sh", "echo owner-$((2*21))");
            assertFalse(Files.exists(proof), "the intruder's command never reached the pane");
        }
    }

    @Test
    void anotherUserCannotEvenOpenTheSocket() throws IOException {
        try (OtherUser other = OtherUser.create(tmp)) {
            startServerInSharedDirectory();
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(env.socket())));
            GroveEnv.Run run = other.grove(tmp, env.socket(), "ls");
            assertEquals(1, run.exitCode(), run.out() + run.err());
            assertTrue(run.err().startsWith("error: cannot connect to the grove server on " + env.socket()), run.err());
            assertTrue(run.err().contains("Permission denied"), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }

    @Test
    void aClientOfAnotherProtocolVersionIsToldWhatToDo() {
        env.startServer("--", "/bin/sh");
        try (RawClient c = RawClient.connect(env.socket(), 80, 24, 0)) {
            byte[] payload = ByteBuffer.allocate(25).putInt(Protocol.MAGIC).putInt(Protocol.VERSION + 41)
                    .put("{\"size\":[80,24]}".getBytes(StandardCharsets.US_ASCII)).array();
            c.sendRaw(ByteBuffer.allocate(5 + payload.length).put((byte) 1).putInt(payload.length).put(payload).array());
            Message.Refused refused = assertInstanceOf(Message.Refused.class, c.next());
            assertTrue(refused.message().contains("speaks protocol " + (Protocol.VERSION + 41)), refused.message());
            assertTrue(refused.hint().contains("grove kill-server"), refused.hint());
        }
        assertEquals(0, env.command("ls").exitCode(), "the server carries on");
    }

    @Test
    void garbageOnTheSocketIsDroppedAndTheServerCarriesOn() {
        env.startServer("--", "/bin/sh");
        try (RawClient c = RawClient.connect(env.socket(), 80, 24, 0)) {
            c.sendRaw("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertTrue(c.closedByServer(), "the server closes a connection that does not start with a Hello");
        }
        assertEquals(0, env.command("ls").exitCode(), "the server carries on");
    }

    @Test
    void aServerOfAnotherProtocolIsAClearErrorForTheClient() throws IOException {
        Path fake = tmp.resolve("fake.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(fake));
            Thread answer = new Thread(() -> answerWithAFutureFrame(server), "fake-server");
            answer.setDaemon(true);
            answer.start();
            GroveEnv.Run run = env.runRaw(List.of("-S", fake.toString(), "ls"));
            assertEquals(1, run.exitCode(), run.out() + run.err());
            assertTrue(run.err().startsWith("error: the server on " + fake + " answered in a protocol this grove does not speak"),
                    run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }

    @Test
    void aSocketDirectoryThatIsALinkIsRefusedAndLeftAlone() throws IOException {
        Path real = Files.createDirectory(tmp.resolve("real"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        env.env().put("GROVE_SOCKET_DIR", link.toString());
        GroveEnv.Run run = env.runRaw(List.of("new", "x", "--", "/bin/true"));
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().startsWith("error: socket directory " + link + " is a symbolic link"), run.err());
        assertTrue(Files.isSymbolicLink(link));
        try (Stream<Path> files = Files.list(real)) {
            assertEquals(0, files.count(), "nothing was created behind the link");
        }
    }

    private void startServerInSharedDirectory() throws IOException {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path shared = Files.createDirectories(tmp.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        env.useSocket(shared.resolve("s.sock"));
        env.startServer("--", "/bin/sh");
    }

    /** Reads the client's Hello and answers with a frame type no grove version uses yet. */
    private static void answerWithAFutureFrame(ServerSocketChannel server) {
        try (SocketChannel ch = server.accept()) {
            assertInstanceOf(Message.Hello.class, new FrameReader(ch).read());
            ByteBuffer reply = FrameCodec.encode(new Message.Welcome("9.9", false));
            reply.put(0, (byte) 99);
            ch.write(reply);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A second local user, created with {@code useradd} and removed on close, who runs grove from
     * a copy of the class path it can read. Tests that need one are skipped, saying why, where
     * users cannot be created (not root, or no {@code useradd}).
     */
    static final class OtherUser implements AutoCloseable {
        final String name;
        private final Path classPath;

        private OtherUser(String name, Path classPath) {
            this.name = name;
            this.classPath = classPath;
        }

        static OtherUser create(Path tmp) throws IOException {
            Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                    "creating a second local user needs root (the suite runs as root in CI)");
            String name = "grove-it-" + ProcessHandle.current().pid() % 100_000;
            int status = exec(List.of("useradd", "-M", "-s", "/bin/sh", name));
            Assumptions.assumeTrue(status == 0, "useradd failed (status " + status + "): cannot create a second user here");
            return new OtherUser(name, readableClassPath(tmp));
        }

        /** Runs {@code grove -S socket args...} as this user; its output goes through files in {@code tmp}. */
        GroveEnv.Run grove(Path tmp, Path socket, String... args) {
            List<String> cmd = new ArrayList<>(List.of("setpriv", "--reuid=" + name, "--regid=" + name, "--clear-groups",
                    "--", ProcessHandle.current().info().command().orElse("java"), "-XX:-UsePerfData",
                    "-XX:TieredStopAtLevel=1", "-cp", classPath.toString() + "/*" + File.pathSeparator + classPath.resolve("classes"),
                    "dev.grove.Main", "-S", socket.toString()));
            cmd.addAll(List.of(args));
            try {
                Path out = Files.createTempFile(tmp, "grove-other", ".out");
                Path err = Files.createTempFile(tmp, "grove-other", ".err");
                ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
                pb.environment().clear();
                pb.environment().putAll(Map.of("PATH", "/usr/bin:/bin", "HOME", "/nonexistent", "LANG", "C.UTF-8"));
                Process p = pb.start();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError("grove as " + name + " did not finish");
                }
                GroveEnv.Run run = new GroveEnv.Run(p.exitValue(), Files.readString(out), Files.readString(err));
                Files.delete(out);
                Files.delete(err);
                return run;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        /** grove's classes and jars copied where any user can read them. */
        private static Path readableClassPath(Path tmp) throws IOException {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path dir = Files.createDirectories(tmp.resolve("classpath"));
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                Path p = Path.of(entry);
                if (Files.isDirectory(p) && p.getFileName().toString().equals("classes")) {
                    copyTree(p, dir.resolve("classes"));
                } else if (entry.endsWith(".jar")) {
                    Files.copy(p, dir.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.toList()) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
            return dir;
        }

        private static void copyTree(Path from, Path to) throws IOException {
            try (Stream<Path> all = Files.walk(from)) {
                for (Path p : all.toList()) {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }

        private static int exec(List<String> cmd) {
            try {
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        @Override
        public void close() {
            int status = exec(List.of("userdel", name));
            assertEquals(0, status, "userdel " + name);
        }
    }
}
