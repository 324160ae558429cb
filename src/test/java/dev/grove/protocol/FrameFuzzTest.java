// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.grove.fuzz.AllocationMeter;
import dev.grove.fuzz.Mutator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The frame decoder under hostile input: seeded random bytes and mutations of valid frame
 * streams. The only failures allowed are {@link ProtocolException} and {@link EOFException};
 * memory follows the bytes received, never a length or count the input claims; whatever decodes
 * survives encoding and decoding again unchanged.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FrameFuzzTest {
    private static final int CASES = 100_000;
    /** Allocation allowed per case: a fixed part (buffers, decoder state) plus a multiple of the input. */
    private static final long FIXED_ALLOWANCE = 256 * 1024;
    private static final long PER_INPUT_BYTE = 32;
    private static final List<String> TOKENS = List.of("\u0001", "\u0004", "\u0006", "\u0007", "\u0000\u0000\u0000",
            "\u0000\u0000\u0000\u0004", "\u007f\u007f\u007f\u007f", "GROV", "\u0000\u0000\u0000\u0001", "\u00ff\u00ff",
            "\u0000\u0000\u0000\u0000", "x", "日本", "\u001b[A");

    @Test
    void randomAndMutatedFrameStreamsOnlyFailWithProtocolErrors() {
        Mutator mutator = new Mutator(new SplittableRandom(0x6a0f_2026L), TOKENS);
        AllocationMeter meter = new AllocationMeter();
        int decoded = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] input = i % 3 == 0 ? mutator.randomInput(24) : mutator.mutate(validStream(mutator.random()));
            meter.reset();
            try {
                decoded += readAll(input);
            } catch (RuntimeException | AssertionError e) {
                fail("case " + i + ": " + Mutator.show(input), e);
            }
            long allocated = meter.allocated();
            if (allocated > FIXED_ALLOWANCE + PER_INPUT_BYTE * input.length) {
                fail("case " + i + " allocated " + allocated + " bytes for " + input.length + " input bytes: "
                        + Mutator.show(input));
            }
        }
        assertTrue(decoded > CASES / 10, "too few frames decoded (" + decoded + ") for the mutations to be meaningful");
    }

    @Test
    void randomPayloadsOfEveryTypeDecodeOrFailCleanly() {
        Mutator mutator = new Mutator(new SplittableRandom(52L), TOKENS);
        for (int i = 0; i < CASES; i++) {
            byte type = (byte) mutator.random().nextInt(-2, 12);
            byte[] payload = i % 2 == 0 ? mutator.randomInput(12) : mutator.mutate(payloadOf(randomMessage(mutator.random())));
            try {
                Message m = FrameCodec.decode(type, ByteBuffer.wrap(payload));
                checkReencodes(m);
            } catch (ProtocolException expected) {
                assertTrue(expected.getMessage() != null && !expected.getMessage().isEmpty());
            } catch (RuntimeException | AssertionError e) {
                fail("case " + i + " type " + type + ": " + Mutator.show(payload), e);
            }
        }
    }

    /** Reads frames until the stream ends or is rejected; returns how many decoded. */
    private static int readAll(byte[] input) {
        FrameReader reader = new FrameReader(Channels.newChannel(new ByteArrayInputStream(input)));
        int n = 0;
        try {
            for (Message m = reader.read(); m != null; m = reader.read()) {
                checkReencodes(m);
                n++;
            }
        } catch (ProtocolException | EOFException expected) {
            assertTrue(expected.getMessage() != null);
        } catch (IOException e) {
            throw new AssertionError("unexpected I/O failure", e);
        }
        return n;
    }

    private static void checkReencodes(Message m) throws ProtocolException {
        if (m instanceof Message.Hello && ((Message.Hello) m).purpose() == null) {
            return;
        }
        byte[] frame = bytes(FrameCodec.encode(m));
        Message again = FrameCodec.decode(frame[0], ByteBuffer.wrap(frame, 5, frame.length - 5).slice());
        if (m instanceof Message.Input) {
            assertArrayEquals(((Message.Input) m).bytes(), ((Message.Input) again).bytes());
        } else if (m instanceof Message.Output) {
            assertArrayEquals(((Message.Output) m).bytes(), ((Message.Output) again).bytes());
        } else {
            assertEquals(m, again);
        }
    }

    private static byte[] validStream(SplittableRandom random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int frames = 1 + random.nextInt(4);
        for (int i = 0; i < frames; i++) {
            out.writeBytes(bytes(FrameCodec.encode(randomMessage(random))));
        }
        return out.toByteArray();
    }

    private static byte[] payloadOf(Message m) {
        byte[] frame = bytes(FrameCodec.encode(m));
        byte[] payload = new byte[frame.length - 5];
        System.arraycopy(frame, 5, payload, 0, payload.length);
        return payload;
    }

    private static Message randomMessage(SplittableRandom r) {
        switch (r.nextInt(9)) {
            case 0: return new Message.Hello(Protocol.VERSION, Message.Purpose.values()[r.nextInt(3)], r.nextInt(500),
                    r.nextInt(200), text(r), text(r), text(r), env(r),
                    new Message.TerminalId(text(r), r.nextLong(), r.nextLong()));
            case 1: return new Message.Welcome(text(r), r.nextBoolean());
            case 2: return new Message.Refused(text(r), text(r));
            case 3: return new Message.Input(randomBytes(r));
            case 4: return new Message.Resize(r.nextInt(), r.nextInt());
            case 5: return new Message.Output(randomBytes(r));
            case 6: return new Message.Command(List.of(text(r), text(r)));
            case 7: return new Message.CommandResult(r.nextInt(), text(r), text(r));
            default: return new Message.Detached(text(r));
        }
    }

    private static Map<String, String> env(SplittableRandom r) {
        Map<String, String> env = new LinkedHashMap<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            env.put("K" + i, text(r));
        }
        return env;
    }

    private static String text(SplittableRandom r) {
        String[] words = {"", "a", "xterm-256color", "/home/ä", "日本語", "grove", "\u001b]0;t\u0007"};
        List<String> parts = new ArrayList<>();
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            parts.add(words[r.nextInt(words.length)]);
        }
        return String.join(" ", parts);
    }

    private static byte[] randomBytes(SplittableRandom r) {
        byte[] b = new byte[r.nextInt(40)];
        r.nextBytes(b);
        return b;
    }

    private static byte[] bytes(ByteBuffer buf) {
        byte[] b = new byte[buf.remaining()];
        buf.duplicate().get(b);
        return b;
    }
}
