// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.pty;

import com.pty4j.PtyProcess;
import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;

/**
 * Reads a pty master directly (see {@link Libc}), gathering what is ready at once into one
 * chunk. Output ends when the master reports end of file (every holder of the terminal closed
 * it) or, as with pty4j, when the direct child has exited and nothing more is ready, even if a
 * grandchild still holds the terminal open. Confined to the pane's reader thread.
 */
final class MasterReader {
    /** How often a silent terminal checks whether the child has exited. */
    private static final int EXIT_CHECK_MILLIS = 200;

    private final int fd;
    private final PtyProcess process;
    private final int chunkLimit;
    private final Memory buffer;
    private final Memory pollfd = new Memory(Libc.POLLFD_SIZE);

    /** Reads {@code fd}, the master of {@code process}'s terminal, in chunks of at most {@code chunkLimit} bytes. */
    MasterReader(int fd, PtyProcess process, int chunkLimit) {
        this.fd = fd;
        this.process = process;
        this.chunkLimit = chunkLimit;
        this.buffer = new Memory(chunkLimit);
    }

    /** Blocks until output is ready and returns all of it (up to the chunk limit); null at the end of output. */
    byte[] next() {
        while (true) {
            if (!ready(EXIT_CHECK_MILLIS)) {
                if (!process.isAlive() && !ready(0)) {
                    return null;
                }
                continue;
            }
            long n = readInto(0);
            if (n == 0) {
                continue;
            }
            if (n < 0) {
                return null;
            }
            while (n < chunkLimit && ready(0)) {
                long more = readInto(n);
                if (more <= 0) {
                    break;
                }
                n += more;
            }
            byte[] chunk = new byte[(int) n];
            buffer.read(0, chunk, 0, chunk.length);
            return chunk;
        }
    }

    /**
     * True when the master has output (or its end) to read within {@code timeoutMillis}; also
     * true when poll fails for any reason but a signal, so that the read that follows reports it.
     */
    private boolean ready(int timeoutMillis) {
        pollfd.setInt(0, fd);
        pollfd.setShort(4, Libc.POLLIN);
        pollfd.setShort(6, (short) 0);
        try {
            return Libc.poll(pollfd, 1, timeoutMillis) > 0;
        } catch (LastErrorException e) {
            return e.getErrorCode() != Libc.EINTR;
        }
    }

    /**
     * Reads at {@code offset} of the buffer: the bytes read, 0 when nothing is ready after all (the
     * master is non-blocking), -1 at the end of output (EIO once the terminal is closed).
     */
    private long readInto(long offset) {
        while (true) {
            try {
                long n = Libc.read(fd, buffer.share(offset), chunkLimit - offset);
                return n > 0 ? n : -1;
            } catch (LastErrorException e) {
                if (e.getErrorCode() == Libc.EAGAIN) {
                    return 0;
                }
                if (e.getErrorCode() != Libc.EINTR) {
                    return -1;
                }
            }
        }
    }
}
