// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.protocol;

/**
 * Constants of the wire format. A frame is one type byte, a big-endian 32-bit payload length and
 * the payload. The first frame of a connection is always a Hello whose payload starts with
 * {@link #MAGIC} and {@link #VERSION}; these two fields never move, so any two grove versions can
 * tell each other apart and say so.
 */
public final class Protocol {
    /** Bumped whenever any message's encoding or meaning changes. */
    public static final int VERSION = 3;
    /** Leads every Hello payload. */
    public static final int MAGIC = 0x47524f56; // "GROV"
    /** Frames larger than this are a protocol error. */
    public static final int MAX_FRAME = 16 << 20;

    private Protocol() {}
}
