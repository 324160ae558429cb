// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.pty;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * The C library calls grove makes itself on a pty master or a client's terminal, direct-mapped
 * through JNA (a direct call costs about as much as the system call). pty4j's own read path is
 * several times slower:
 * every read polls a wake-up pipe through reflective JNA structures and copies the caller's
 * whole buffer in and out. Constants are Linux's. Stateless; thread-safe.
 */
final class Libc {
    static final short POLLIN = 0x1;
    static final short POLLOUT = 0x4;
    static final short POLLNVAL = 0x20;
    static final int EINTR = 4;
    static final int EAGAIN = 11;
    static final int F_GETFL = 3;
    static final int F_SETFL = 4;
    static final int O_RDWR = 0x2;
    static final int O_NOCTTY = 0x100;
    static final int O_NONBLOCK = 0x800;
    static final int O_CLOEXEC = 0x80000;
    /** Size of {@code struct pollfd}: int fd, short events, short revents. */
    static final int POLLFD_SIZE = 8;

    static {
        Native.register(NativeLibrary.getInstance(Platform.C_LIBRARY_NAME));
    }

    private Libc() {}

    /** read(2) into native memory; throws with errno on failure. */
    static native long read(int fd, Pointer buffer, long count) throws LastErrorException;

    /** write(2) from an array; throws with errno on failure. */
    static native long write(int fd, byte[] buffer, long count) throws LastErrorException;

    /** fcntl(2) with an int argument (F_GETFL, F_SETFL); throws with errno on failure. */
    static native int fcntl(int fd, int command, int argument) throws LastErrorException;

    /** open(2); throws with errno on failure. */
    static native int open(String path, int flags) throws LastErrorException;

    /** close(2); throws with errno on failure. */
    static native int close(int fd) throws LastErrorException;

    /** isatty(3): 1 for a terminal, else 0. */
    static native int isatty(int fd);

    /** pipe2(2) into {@code fds} (read end, write end); throws with errno on failure. */
    static native int pipe2(int[] fds, int flags) throws LastErrorException;

    /** poll(2) over {@code count} {@code struct pollfd} in native memory; throws with errno on failure. */
    static native int poll(Pointer fds, long count, int timeoutMillis) throws LastErrorException;
}
