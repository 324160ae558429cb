// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The compile commands file both JVMs read (scripts/jit-commands). The JVM reports a line it
 * cannot parse on standard output, which for the client is the user's terminal, so every line
 * must parse and print nothing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class JitCommandsTest {
    private static final Path FILE = Path.of("scripts", "jit-commands");

    @Test
    void theJvmReadsEveryCommandWithoutPrintingAnything() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:CompileCommandFile=" + FILE.toAbsolutePath(),
                "-version").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        assertEquals("", out, "the JVM printed while reading " + FILE);
        assertTrue(err.contains("version") && !err.contains("CompileCommand"), err);
    }

    @Test
    void grovesOwnCodeIsCompiledEarly() throws IOException {
        assertTrue(Files.readAllLines(FILE).contains("CompileThresholdScaling,dev/grove/*.*,0.1"), FILE.toString());
    }
}
