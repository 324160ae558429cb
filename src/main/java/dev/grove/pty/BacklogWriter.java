// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.pty;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One thread for every pty whose child does not read its input as fast as it arrives: it waits
 * until such a terminal takes more ({@code poll} for POLLOUT) and writes the backlog. Idle (and
 * without a thread) while no backlog exists. Thread-safe.
 */
final class BacklogWriter {
    /** How long a poll may miss a backlog that arrived meanwhile. */
    private static final int POLL_MILLIS = 20;
    /** The writer every pty of this process shares. */
    static final BacklogWriter SHARED = new BacklogWriter();

    private final Set<PtyWriter> pending = new LinkedHashSet<>();
    private Thread thread;

    /** {@code writer} has a backlog; it is written as its terminal takes it. */
    synchronized void add(PtyWriter writer) {
        pending.add(writer);
        if (thread == null) {
            thread = new Thread(this::run, "pty-backlog");
            thread.setDaemon(true);
            thread.start();
        }
        notifyAll();
    }

    private synchronized List<PtyWriter> waitForWork() throws InterruptedException {
        while (pending.isEmpty()) {
            wait();
        }
        return new ArrayList<>(pending);
    }

    /**
     * Drops {@code writer} once its backlog is written. Checked again under this lock: input may
     * have been queued between its drain and now, and its {@link #add} then found it still here.
     */
    private synchronized void finished(PtyWriter writer) {
        if (!writer.hasBacklog()) {
            pending.remove(writer);
        }
    }

    private void run() {
        try {
            while (true) {
                List<PtyWriter> writers = waitForWork();
                boolean[] writable = pollWritable(writers);
                for (int i = 0; i < writers.size(); i++) {
                    if (writable[i] && !writers.get(i).drain()) {
                        finished(writers.get(i));
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Which of the writers' terminals take output now (a failed poll counts as writable: the write reports it). */
    private static boolean[] pollWritable(List<PtyWriter> writers) {
        Memory fds = new Memory((long) Libc.POLLFD_SIZE * writers.size());
        for (int i = 0; i < writers.size(); i++) {
            fds.setInt((long) i * Libc.POLLFD_SIZE, writers.get(i).fd());
            fds.setShort((long) i * Libc.POLLFD_SIZE + 4, Libc.POLLOUT);
            fds.setShort((long) i * Libc.POLLFD_SIZE + 6, (short) 0);
        }
        boolean[] writable = new boolean[writers.size()];
        try {
            Libc.poll(fds, writers.size(), POLL_MILLIS);
            for (int i = 0; i < writers.size(); i++) {
                writable[i] = fds.getShort((long) i * Libc.POLLFD_SIZE + 6) != 0;
            }
        } catch (LastErrorException e) {
            Arrays.fill(writable, e.getErrorCode() != Libc.EINTR);
        }
        return writable;
    }
}
