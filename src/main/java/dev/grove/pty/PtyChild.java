// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.pty;

import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;
import com.pty4j.WinSize;
import com.pty4j.unix.UnixPtyProcess;
import com.sun.jna.LastErrorException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A process running on its own pseudo-terminal, as the leader of its own terminal session.
 * Output is read from the master on a dedicated reader thread ({@link MasterReader}) and handed
 * to a {@link PtyListener}; input is written without blocking the caller ({@link PtyWriter});
 * terminating ends the whole session. The child sees its real size from the first byte: it is started through
 * {@code sh -c 'stty rows R cols C; exec "$@"'} because pty4j sets the size only after the child
 * has started. Methods are thread-safe.
 */
public final class PtyChild {
    /** Bytes of input that may wait for a child that does not read. */
    private static final int INPUT_LIMIT = 1 << 20;
    /** Most output handed over in one chunk: what one read finds ready, plus what is ready right after. */
    private static final int READ_CHUNK = 64 * 1024;
    /** How long a terminated child's session has to exit before it is killed. */
    static final long GRACE_MILLIS = 1_000;
    private static final ScheduledExecutorService KILLER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pty-killer");
        t.setDaemon(true);
        return t;
    });

    private final PtyProcess process;
    private final int masterFd;
    private final PtyWriter writer;

    private PtyChild(PtyProcess process, int masterFd) {
        this.process = process;
        this.masterFd = masterFd;
        this.writer = new PtyWriter(masterFd, INPUT_LIMIT, BacklogWriter.SHARED);
    }

    /**
     * Starts {@code spec} and begins reading its output into {@code listener}.
     *
     * @param name names the reader thread (for logs and thread dumps)
     * @throws UncheckedIOException when the process cannot be started
     */
    public static PtyChild start(PtySpec spec, String name, PtyListener listener) {
        PtyProcess process;
        try {
            process = new PtyProcessBuilder(sizedCommand(spec).toArray(new String[0]))
                    .setEnvironment(spec.env())
                    .setDirectory(spec.cwd().toString())
                    .setInitialColumns(spec.cols())
                    .setInitialRows(spec.rows())
                    .setConsole(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + spec.command().get(0) + " in " + spec.cwd(), e);
        }
        PtyChild child = new PtyChild(process, nonBlockingMaster(process));
        Thread reader = new Thread(() -> child.readAll(listener), "pty-reader-" + name);
        reader.setDaemon(true);
        reader.start();
        return child;
    }

    /** The command wrapped so the terminal size is set before the real command runs. */
    static List<String> sizedCommand(PtySpec spec) {
        List<String> argv = new ArrayList<>(Arrays.asList("/bin/sh", "-c",
                "stty rows " + spec.rows() + " cols " + spec.cols() + " 2>/dev/null; exec \"$@\"", "grove"));
        argv.addAll(spec.command());
        return argv;
    }

    /** The master's file descriptor, switched to non-blocking mode (reads and writes never wait). */
    private static int nonBlockingMaster(PtyProcess process) {
        int fd = ((UnixPtyProcess) process).getPty().getMasterFD();
        try {
            Libc.fcntl(fd, Libc.F_SETFL, Libc.fcntl(fd, Libc.F_GETFL, 0) | Libc.O_NONBLOCK);
        } catch (LastErrorException e) {
            process.destroy();
            throw new UncheckedIOException(new IOException("cannot make the pty master non-blocking", e));
        }
        return fd;
    }

    private void readAll(PtyListener listener) {
        MasterReader reader = new MasterReader(masterFd, process, READ_CHUNK);
        for (byte[] chunk = reader.next(); chunk != null; chunk = reader.next()) {
            listener.output(chunk);
        }
        writer.close();
        closeMaster();
        listener.exited(waitForExit());
    }

    /** Closes the master once its output was read to the end (pty4j closes it with its input stream). */
    private void closeMaster() {
        try {
            process.getInputStream().close();
        } catch (IOException e) {
            System.getLogger(PtyChild.class.getName()).log(System.Logger.Level.DEBUG, "closing pty master: " + e);
        }
    }

    private int waitForExit() {
        while (true) {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                // The reader thread is never interrupted on purpose; keep waiting for the exit status.
                Thread.interrupted();
            }
        }
    }

    /** The child's process id. */
    public long pid() {
        return process.pid();
    }

    /**
     * Sets the terminal size; the kernel sends SIGWINCH to the child's foreground group. A child
     * that is exiting may already have lost its terminal; it is left as it is.
     */
    public void resize(int cols, int rows) {
        if (process.isAlive()) {
            try {
                process.setWinSize(new WinSize(cols, rows));
            } catch (IllegalStateException e) {
                System.getLogger(PtyChild.class.getName()).log(System.Logger.Level.DEBUG,
                        "not resized, its terminal is closed: " + e.getMessage());
            }
        }
    }

    /** Queues input for the child; false when its input queue is full (the bytes are dropped). */
    public boolean write(byte[] bytes) {
        return writer.offer(bytes);
    }

    /**
     * Ends the child and everything else in its terminal session (background jobs, processes that
     * ignore the hang-up), even when the child itself has exited: SIGTERM now, SIGKILL to whatever
     * is left after {@link #GRACE_MILLIS}. Returns at once.
     */
    public void terminate() {
        writer.close();
        if (process.isAlive()) {
            process.destroy();
        }
        if (sessionIsOurs()) {
            SessionProcesses.signal(process.pid(), false);
            KILLER.schedule(this::killSession, GRACE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Waits up to {@link #GRACE_MILLIS} for the child's session to end after {@link #terminate},
     * then kills what is left.
     */
    public void awaitTerminated() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS);
        while (System.nanoTime() < deadline && sessionIsOurs() && !SessionProcesses.members(process.pid()).isEmpty()) {
            LockSupport.parkNanos(10_000_000L);
        }
        killSession();
    }

    private void killSession() {
        if (sessionIsOurs()) {
            SessionProcesses.signal(process.pid(), true);
        }
    }

    /**
     * True while the session id (the child's pid) can only mean the child's session: the child
     * runs, or no process has that pid (a pid is not reused while a session of that id has members).
     */
    private boolean sessionIsOurs() {
        return process.isAlive() || ProcessHandle.of(process.pid()).isEmpty();
    }

    public boolean isRunning() {
        return process.isAlive();
    }
}
