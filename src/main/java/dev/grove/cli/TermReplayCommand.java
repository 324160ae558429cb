// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.term.Emulator;
import dev.grove.term.ReplySink;
import dev.grove.term.screen.Screen;
import dev.grove.term.screen.ScreenText;
import dev.grove.term.screen.ScreenView;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code grove term-replay}: replays raw terminal output into a fresh emulator and prints the
 * final screen as text, then {@code cursor: ROW,COL} (0-based). How the emulator is checked
 * against reference screens. Exit 0 for any input; 2 for a missing file or a bad size.
 */
@Command(
        name = "term-replay",
        description = "Replays raw terminal output (FILE, or - for stdin) into grove's terminal emulator "
                + "and prints the final screen, one line per row, then 'cursor: ROW,COL'.")
public final class TermReplayCommand implements Callable<Integer> {
    private static final int USAGE = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--cols", paramLabel = "C", description = "Screen width in columns (1-" + Screen.MAX_SIZE + ").")
    private String cols;

    @Option(names = "--rows", paramLabel = "R", description = "Screen height in rows (1-" + Screen.MAX_SIZE + ").")
    private String rows;

    @Option(names = "--scrollback", paramLabel = "N", description = "Scrollback lines kept (default 10000).")
    private String scrollback = String.valueOf(Emulator.DEFAULT_SCROLLBACK);

    @Option(names = "--history", description = "Print the scrollback first, oldest line first, then '--- screen'.")
    private boolean history;

    @Parameters(index = "0", paramLabel = "FILE", arity = "0..1", description = "Raw bytes to replay, or - for stdin.")
    private String file;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        int c = size(cols, 1, Screen.MAX_SIZE);
        int r = size(rows, 1, Screen.MAX_SIZE);
        int n = size(scrollback, 0, Integer.MAX_VALUE);
        String problem = c < 0 ? sizeProblem("--cols", cols, Screen.MAX_SIZE)
                : r < 0 ? sizeProblem("--rows", rows, Screen.MAX_SIZE)
                : n < 0 ? "--scrollback must be a whole number of lines, not '" + scrollback + "'"
                : file == null ? "no FILE given (use - to read standard input)" : null;
        if (problem != null) {
            err.println("error: term-replay: " + problem);
            err.flush();
            return USAGE;
        }
        byte[] bytes;
        try {
            bytes = read(file);
        } catch (NoSuchFileException e) {
            err.println("error: term-replay: no such file '" + file + "'");
            err.flush();
            return USAGE;
        }
        Emulator emulator = new Emulator(c, r, n, ReplySink.NONE);
        emulator.feed(bytes);
        emulator.endOfInput();
        print(emulator.screen(), spec.commandLine().getOut());
        return 0;
    }

    private void print(ScreenView view, PrintWriter out) {
        if (history) {
            for (String line : ScreenText.history(view)) {
                out.print(line);
                out.print('\n');
            }
            out.print("--- screen\n");
        }
        for (String line : ScreenText.lines(view)) {
            out.print(line);
            out.print('\n');
        }
        out.print("cursor: " + view.cursorRow() + "," + view.cursorCol() + "\n");
        out.flush();
    }

    private static byte[] read(String file) throws IOException {
        if (file.equals("-")) {
            InputStream in = System.in;
            return in.readAllBytes();
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(file);
        }
        return Files.readAllBytes(path);
    }

    /** The value as an int in {@code [min, max]}, or -1 when missing or out of range. */
    private static int size(String value, int min, int max) {
        if (value == null || !value.matches("\\d{1,10}")) {
            return -1;
        }
        long v = Long.parseLong(value);
        return v < min || v > max ? -1 : (int) v;
    }

    private static String sizeProblem(String name, String value, int max) {
        if (value == null) {
            return name + " is required";
        }
        return name + " must be a whole number from 1 to " + max + ", not '" + value + "'";
    }
}
