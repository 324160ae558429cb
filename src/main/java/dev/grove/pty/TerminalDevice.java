// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.pty;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The terminal an attached client runs in, opened by the server through its device path, so
 * that keys and frames travel between the server and the user's terminal without passing
 * through the client process: two thread hand-offs fewer on every keystroke's round trip (tmux's
 * server uses its client's terminal the same way). Opened in non-blocking mode and without
 * becoming a controlling terminal. Waits happen in poll together with a wake-up pipe, so
 * {@link #close} stops a waiting reader or writer at once; once it returns, nothing more is read
 * from the terminal, and keys typed after a detach reach the user's shell. Thread-safe.
 */
public final class TerminalDevice implements AutoCloseable {
    private static final int READ_LIMIT = 16 * 1024;

    private final int fd;
    /** Read end and write end; a byte in it means closing. */
    private final int[] wake;
    /** Held shared by every call on the descriptors, exclusively by {@link #close} before it closes them. */
    private final ReadWriteLock use = new ReentrantReadWriteLock();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final Memory readBuffer = new Memory(READ_LIMIT);
    private final Memory readPoll = new Memory(2L * Libc.POLLFD_SIZE);
    private final Memory writePoll = new Memory(2L * Libc.POLLFD_SIZE);

    private TerminalDevice(int fd, int[] wake) {
        this.fd = fd;
        this.wake = wake;
    }

    /**
     * Opens the terminal at {@code path} for reading and writing, when it is the terminal the
     * client named: a terminal device whose device and inode numbers are {@code device} and
     * {@code inode} here too.
     *
     * @throws IOException naming the reason when it cannot be used
     */
    public static TerminalDevice open(String path, long device, long inode) throws IOException {
        if (!path.startsWith("/dev/")) {
            throw new IOException(path + " is not a device path");
        }
        int fd;
        try {
            fd = Libc.open(path, Libc.O_RDWR | Libc.O_NOCTTY | Libc.O_NONBLOCK | Libc.O_CLOEXEC);
        } catch (LastErrorException e) {
            throw new IOException("cannot open " + path + " (errno " + e.getErrorCode() + ")");
        }
        try {
            if (Libc.isatty(fd) != 1) {
                throw new IOException(path + " is not a terminal");
            }
            Path opened = Path.of("/proc/self/fd/" + fd);
            if (((Number) Files.getAttribute(opened, "unix:dev")).longValue() != device
                    || ((Number) Files.getAttribute(opened, "unix:ino")).longValue() != inode) {
                throw new IOException(path + " is another terminal here than the client's");
            }
            int[] wake = new int[2];
            Libc.pipe2(wake, Libc.O_NONBLOCK | Libc.O_CLOEXEC);
            return new TerminalDevice(fd, wake);
        } catch (LastErrorException e) {
            closeQuietly(fd);
            throw new IOException("no wake-up pipe (errno " + e.getErrorCode() + ")");
        } catch (IOException | RuntimeException e) {
            closeQuietly(fd);
            throw e;
        }
    }

    /**
     * Blocks until the terminal has input and returns what is ready (up to 16 KiB); null once
     * closed or when the terminal hung up.
     */
    public byte[] read() {
        use.readLock().lock();
        try {
            while (!closing.get()) {
                short events = await(readPoll, Libc.POLLIN);
                if (events < 0) {
                    return null;
                }
                try {
                    long n = Libc.read(fd, readBuffer, READ_LIMIT);
                    if (n <= 0) {
                        return null;
                    }
                    return readBuffer.getByteArray(0, (int) n);
                } catch (LastErrorException e) {
                    if (e.getErrorCode() != Libc.EAGAIN && e.getErrorCode() != Libc.EINTR) {
                        return null;
                    }
                }
            }
            return null;
        } finally {
            use.readLock().unlock();
        }
    }

    /**
     * Writes what the terminal takes now, without blocking; {@code src}'s position moves past
     * what was written.
     *
     * @throws IOException when closed or the terminal is gone
     */
    public void write(ByteBuffer src) throws IOException {
        use.readLock().lock();
        try {
            if (closing.get()) {
                throw new ClosedChannelException();
            }
            byte[] bytes;
            if (src.hasArray() && src.arrayOffset() + src.position() == 0) {
                bytes = src.array();
            } else {
                bytes = new byte[src.remaining()];
                src.duplicate().get(bytes);
            }
            while (true) {
                try {
                    long n = Libc.write(fd, bytes, src.remaining());
                    src.position(src.position() + (int) n);
                    return;
                } catch (LastErrorException e) {
                    if (e.getErrorCode() == Libc.EAGAIN) {
                        return;
                    }
                    if (e.getErrorCode() != Libc.EINTR) {
                        throw new IOException("terminal write failed (errno " + e.getErrorCode() + ")");
                    }
                }
            }
        } finally {
            use.readLock().unlock();
        }
    }

    /**
     * Blocks until the terminal would take more output (or reports an error, which the next
     * write shows).
     *
     * @throws ClosedChannelException when closed meanwhile
     */
    public void awaitWritable() throws ClosedChannelException {
        use.readLock().lock();
        try {
            if (closing.get() || await(writePoll, Libc.POLLOUT) < 0) {
                throw new ClosedChannelException();
            }
        } finally {
            use.readLock().unlock();
        }
    }

    /**
     * Waits in poll for {@code events} on the terminal or a byte in the wake-up pipe: the
     * terminal's returned events, or -1 when closing.
     */
    private short await(Memory pollfds, short events) {
        pollfds.setInt(0, fd);
        pollfds.setShort(4, events);
        pollfds.setInt(Libc.POLLFD_SIZE, wake[0]);
        pollfds.setShort(Libc.POLLFD_SIZE + 4, Libc.POLLIN);
        while (true) {
            pollfds.setShort(6, (short) 0);
            pollfds.setShort(Libc.POLLFD_SIZE + 6, (short) 0);
            try {
                Libc.poll(pollfds, 2, -1);
            } catch (LastErrorException e) {
                if (e.getErrorCode() == Libc.EINTR) {
                    continue;
                }
                return -1;
            }
            if (closing.get() || pollfds.getShort(Libc.POLLFD_SIZE + 6) != 0) {
                return -1;
            }
            short ready = pollfds.getShort(6);
            if ((ready & Libc.POLLNVAL) != 0) {
                return -1;
            }
            if (ready != 0) {
                return ready;
            }
        }
    }

    /** False once {@link #close} has begun. */
    public boolean isOpen() {
        return !closing.get();
    }

    /** Stops every reader and writer, then closes the terminal (this server's handle on it only). Idempotent. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        try {
            Libc.write(wake[1], new byte[] {1}, 1);
        } catch (LastErrorException e) {
            // The pipe is empty and open, so this cannot fail; the flag alone still stops new calls.
        }
        use.writeLock().lock();
        try {
            closeQuietly(fd);
            closeQuietly(wake[0]);
            closeQuietly(wake[1]);
        } finally {
            use.writeLock().unlock();
        }
    }

    private static void closeQuietly(int fd) {
        try {
            Libc.close(fd);
        } catch (LastErrorException e) {
            // Nothing to do: the descriptor is released either way.
        }
    }
}
