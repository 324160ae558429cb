// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameCodecTest {

    private static Message roundTrip(Message m) throws IOException {
        ByteBuffer frame = FrameCodec.encode(m);
        byte[] bytes = new byte[frame.remaining()];
        frame.get(bytes);
        return new FrameReader(Channels.newChannel(new ByteArrayInputStream(bytes))).read();
    }

    @Test
    void helloKeepsEveryFieldIncludingUtf8Environment() throws IOException {
        Message.Hello h = new Message.Hello(Protocol.VERSION, Message.Purpose.ATTACH_READ_ONLY, 120, 40,
                "xterm-256color", "truecolor", "/home/ä", Map.of("LANG", "C.UTF-8", "X", "日本"),
                new Message.TerminalId("/dev/pts/7", 25L, 10L));
        assertEquals(h, roundTrip(h));
    }

    @Test
    void bytesMessagesArriveByteExact() throws IOException {
        byte[] data = new byte[70_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        assertArrayEquals(data, ((Message.Output) roundTrip(new Message.Output(data))).bytes());
        assertArrayEquals(data, ((Message.Input) roundTrip(new Message.Input(data))).bytes());
    }

    @Test
    void controlMessagesRoundTrip() throws IOException {
        assertEquals(new Message.Resize(3, 4), roundTrip(new Message.Resize(3, 4)));
        assertEquals(new Message.Command(List.of("new", "--", "sh")), roundTrip(new Message.Command(List.of("new", "--", "sh"))));
        assertEquals(new Message.CommandResult(2, "o", "e"), roundTrip(new Message.CommandResult(2, "o", "e")));
        assertEquals(new Message.Refused("no", "hint"), roundTrip(new Message.Refused("no", "hint")));
        assertEquals(new Message.Detached("bye"), roundTrip(new Message.Detached("bye")));
        assertEquals(new Message.Welcome("1.0", true), roundTrip(new Message.Welcome("1.0", true)));
    }

    @Test
    void framesFollowEachOtherAndEndCleanly() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        FrameWriter w = new FrameWriter(Channels.newChannel(all));
        w.write(new Message.Resize(1, 2));
        w.write(new Message.Input("héllo".getBytes(StandardCharsets.UTF_8)));
        FrameReader r = new FrameReader(Channels.newChannel(new ByteArrayInputStream(all.toByteArray())));
        assertEquals(new Message.Resize(1, 2), r.read());
        assertEquals("héllo", new String(((Message.Input) r.read()).bytes(), StandardCharsets.UTF_8));
        assertNull(r.read());
    }

    @Test
    void aReaderContinuedOnAnotherChannelKeepsWhatWasReadAhead() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        FrameWriter w = new FrameWriter(Channels.newChannel(all));
        w.write(new Message.Welcome("1.0", false));
        w.write(new Message.Output("first frame".getBytes(StandardCharsets.UTF_8)));
        w.write(new Message.Resize(3, 4));
        FrameReader handshake = new FrameReader(Channels.newChannel(new ByteArrayInputStream(all.toByteArray())));
        assertEquals(new Message.Welcome("1.0", false), handshake.read());
        FrameReader rest = handshake.continuingOn(Channels.newChannel(new ByteArrayInputStream(new byte[0])));
        assertEquals("first frame", new String(((Message.Output) rest.read()).bytes(), StandardCharsets.UTF_8));
        assertEquals(new Message.Resize(3, 4), rest.read());
        assertNull(rest.read());
    }

    @Test
    void aLargeFrameIsReadWholeAfterSmallOnes() throws IOException {
        byte[] big = new byte[200_000];
        java.util.Arrays.fill(big, (byte) 'x');
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        FrameWriter w = new FrameWriter(Channels.newChannel(all));
        w.write(new Message.Input("a".getBytes(StandardCharsets.UTF_8)));
        w.write(new Message.Output(big));
        w.write(new Message.Input("b".getBytes(StandardCharsets.UTF_8)));
        FrameReader r = new FrameReader(Channels.newChannel(new ByteArrayInputStream(all.toByteArray())));
        assertEquals("a", new String(((Message.Input) r.read()).bytes(), StandardCharsets.UTF_8));
        assertEquals(big.length, ((Message.Output) r.read()).bytes().length);
        assertEquals("b", new String(((Message.Input) r.read()).bytes(), StandardCharsets.UTF_8));
        assertNull(r.read());
    }

    @Test
    void helloOfAnotherVersionIsRecognisedWithoutParsingTheRest() throws IOException {
        ByteBuffer payload = ByteBuffer.allocate(12).putInt(Protocol.MAGIC).putInt(Protocol.VERSION + 7).putInt(99);
        payload.flip();
        Message.Hello h = (Message.Hello) FrameCodec.decode((byte) 1, payload);
        assertEquals(Protocol.VERSION + 7, h.version());
        assertNull(h.purpose());
    }

    @Test
    void garbageIsAProtocolError() {
        ByteBuffer notGrove = ByteBuffer.wrap("GET / HTTP/1.1".getBytes(StandardCharsets.US_ASCII));
        assertThrows(ProtocolException.class, () -> FrameCodec.decode((byte) 1, notGrove));
        assertThrows(ProtocolException.class, () -> FrameCodec.decode((byte) 42, ByteBuffer.allocate(0)));
        byte[] huge = {6, 0x7f, 0, 0, 0};
        assertThrows(ProtocolException.class,
                () -> new FrameReader(Channels.newChannel(new ByteArrayInputStream(huge))).read());
        byte[] truncated = {6, 0, 0, 0, 9, 1, 2};
        assertThrows(java.io.EOFException.class,
                () -> new FrameReader(Channels.newChannel(new ByteArrayInputStream(truncated))).read());
    }
}
