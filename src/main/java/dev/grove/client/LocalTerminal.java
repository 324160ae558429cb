// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.client;

import dev.grove.common.UserError;
import dev.grove.protocol.Message;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The user's terminal seen from the client: raw mode on and off and its size, through
 * {@code stty} with {@code /dev/tty} as its input (the JDK has no termios). {@link #restore} is
 * idempotent and safe to call from a shutdown hook.
 */
final class LocalTerminal {
    private static final File TTY = new File("/dev/tty");

    private final String saved;
    private final int[] initialSize;
    private final AtomicBoolean restored = new AtomicBoolean();

    private LocalTerminal(String saved, int[] initialSize) {
        this.saved = saved;
        this.initialSize = initialSize;
    }

    /**
     * Saves the terminal's settings and switches it to raw mode without echo.
     *
     * @throws UserError when there is no terminal
     */
    static LocalTerminal enterRaw() {
        List<String> lines = stty("stty -g && stty size && stty raw -echo");
        if (lines.size() < 2) {
            throw new UserError("cannot put the terminal in raw mode", "run grove from a terminal");
        }
        return new LocalTerminal(lines.get(0).trim(), parseSize(lines.get(1)));
    }

    /** The size when raw mode began, as {cols, rows}. */
    int[] initialSize() {
        return initialSize.clone();
    }

    /** The terminal's current size as {cols, rows}; {80, 24} when it reports none. */
    static int[] size() {
        List<String> lines = stty("stty size");
        return parseSize(lines.isEmpty() ? "" : lines.get(0));
    }

    private static int[] parseSize(String line) {
        String[] parts = line.trim().split("\\s+");
        if (parts.length == 2) {
            int rows = Integer.parseInt(parts[0]);
            int cols = Integer.parseInt(parts[1]);
            if (rows > 0 && cols > 0) {
                return new int[] {cols, rows};
            }
        }
        return new int[] {80, 24};
    }

    /** Puts the saved settings back (once). */
    void restore() {
        if (restored.compareAndSet(false, true)) {
            stty("stty " + saved);
        }
    }

    /**
     * The terminal device that standard input and output both are, which the server may then
     * read and write itself; {@link Message.TerminalId#NONE} when they are not one terminal.
     */
    static Message.TerminalId shared() {
        Path in = Path.of("/proc/self/fd/0");
        Path out = Path.of("/proc/self/fd/1");
        try {
            String path = Files.readSymbolicLink(in).toString();
            Object device = Files.getAttribute(in, "unix:dev");
            Object inode = Files.getAttribute(in, "unix:ino");
            if (!path.startsWith("/dev/") || !device.equals(Files.getAttribute(out, "unix:dev"))
                    || !inode.equals(Files.getAttribute(out, "unix:ino"))) {
                return Message.TerminalId.NONE;
            }
            return new Message.TerminalId(path, ((Number) device).longValue(), ((Number) inode).longValue());
        } catch (IOException | UnsupportedOperationException e) {
            return Message.TerminalId.NONE;
        }
    }

    /**
     * Checks that there is a terminal to attach.
     *
     * @throws UserError when there is none
     */
    static void require() {
        // /dev/tty exists and is readable for everyone; only opening it tells whether this
        // process has a terminal.
        try (FileInputStream tty = new FileInputStream(TTY)) {
            return;
        } catch (IOException e) {
            throw new UserError("grove needs a terminal to attach, and this process has none (cannot open /dev/tty)",
                    "run it from an interactive terminal; 'grove ls', 'grove send' and 'grove new' work without one");
        }
    }

    private static List<String> stty(String script) {
        require();
        try {
            Process p = new ProcessBuilder("/bin/sh", "-c", script)
                    .redirectInput(TTY)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return List.of();
            }
            return out.lines().toList();
        } catch (IOException e) {
            throw new UserError("cannot run stty: " + e.getMessage(), "grove needs stty (coreutils) on the PATH");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
