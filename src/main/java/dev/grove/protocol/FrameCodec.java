// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.protocol;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Encodes messages into frames and decodes frame payloads back into messages. Strings are
 * length-prefixed UTF-8, byte arrays length-prefixed, maps a count followed by key/value pairs.
 * Type codes 1 (Hello) and 3 (Refused) are fixed forever so that versions can refuse each other
 * politely. Stateless and thread-safe.
 */
public final class FrameCodec {
    static final byte HELLO = 1;
    static final byte WELCOME = 2;
    static final byte REFUSED = 3;
    static final byte INPUT = 4;
    static final byte RESIZE = 5;
    static final byte OUTPUT = 6;
    static final byte COMMAND = 7;
    static final byte COMMAND_RESULT = 8;
    static final byte DETACHED = 9;

    private FrameCodec() {}

    /** The whole frame (header and payload) for {@code message}, ready to write. */
    public static ByteBuffer encode(Message message) {
        if (message instanceof Message.Input) {
            return bytesFrame(INPUT, ((Message.Input) message).bytes());
        }
        if (message instanceof Message.Output) {
            return bytesFrame(OUTPUT, ((Message.Output) message).bytes());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(0);
            out.writeInt(0);
            byte type = writePayload(message, out);
            out.flush();
            byte[] frame = bytes.toByteArray();
            ByteBuffer buf = ByteBuffer.wrap(frame);
            buf.put(0, type);
            buf.putInt(1, frame.length - 5);
            return buf;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + message.getClass().getSimpleName(), e);
        }
    }

    /** Keystrokes and frames, the messages sent most often, go without a stream in between. */
    private static ByteBuffer bytesFrame(byte type, byte[] payload) {
        ByteBuffer frame = ByteBuffer.allocate(5 + payload.length);
        frame.put(type).putInt(payload.length).put(payload).flip();
        return frame;
    }

    private static byte writePayload(Message message, DataOutputStream out) throws IOException {
        if (message instanceof Message.Hello) {
            Message.Hello h = (Message.Hello) message;
            out.writeInt(Protocol.MAGIC);
            out.writeInt(h.version());
            out.writeByte(h.purpose().ordinal());
            out.writeInt(h.cols());
            out.writeInt(h.rows());
            writeString(out, h.term());
            writeString(out, h.colorTerm());
            writeString(out, h.cwd());
            writeMap(out, h.env());
            writeString(out, h.terminal().path());
            out.writeLong(h.terminal().device());
            out.writeLong(h.terminal().inode());
            return HELLO;
        } else if (message instanceof Message.Welcome) {
            writeString(out, ((Message.Welcome) message).serverVersion());
            out.writeBoolean(((Message.Welcome) message).readsTerminal());
            return WELCOME;
        } else if (message instanceof Message.Refused) {
            writeString(out, ((Message.Refused) message).message());
            writeString(out, ((Message.Refused) message).hint());
            return REFUSED;
        } else if (message instanceof Message.Resize) {
            out.writeInt(((Message.Resize) message).cols());
            out.writeInt(((Message.Resize) message).rows());
            return RESIZE;
        } else if (message instanceof Message.Command) {
            List<String> argv = ((Message.Command) message).argv();
            out.writeInt(argv.size());
            for (String arg : argv) {
                writeString(out, arg);
            }
            return COMMAND;
        } else if (message instanceof Message.CommandResult) {
            Message.CommandResult r = (Message.CommandResult) message;
            out.writeInt(r.exitCode());
            writeString(out, r.out());
            writeString(out, r.err());
            return COMMAND_RESULT;
        } else if (message instanceof Message.Detached) {
            writeString(out, ((Message.Detached) message).reason());
            return DETACHED;
        }
        throw new IllegalArgumentException("unknown message " + message.getClass());
    }

    /**
     * Decodes one frame payload. A Hello of another protocol version is returned with only its
     * version set (purpose null, other fields empty), because the rest of its layout is unknown.
     */
    public static Message decode(byte type, ByteBuffer payload) throws ProtocolException {
        try {
            return decodeOrThrow(type, payload);
        } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new ProtocolException("malformed frame of type " + type + ": " + e);
        }
    }

    private static Message decodeOrThrow(byte type, ByteBuffer in) throws ProtocolException {
        switch (type) {
            case HELLO: return decodeHello(in);
            case WELCOME: return new Message.Welcome(readString(in), in.get() != 0);
            case REFUSED: return new Message.Refused(readString(in), readString(in));
            case INPUT: return new Message.Input(rest(in));
            case RESIZE: return new Message.Resize(in.getInt(), in.getInt());
            case OUTPUT: return new Message.Output(rest(in));
            case COMMAND: return new Message.Command(readList(in));
            case COMMAND_RESULT: return new Message.CommandResult(in.getInt(), readString(in), readString(in));
            case DETACHED: return new Message.Detached(readString(in));
            default: throw new ProtocolException("unknown frame type " + type);
        }
    }

    private static Message.Hello decodeHello(ByteBuffer in) throws ProtocolException {
        if (in.remaining() < 8 || in.getInt() != Protocol.MAGIC) {
            throw new ProtocolException("not a grove client (bad magic)");
        }
        int version = in.getInt();
        if (version != Protocol.VERSION) {
            return new Message.Hello(version, null, 0, 0, "", "", "", Map.of(), Message.TerminalId.NONE);
        }
        Message.Purpose purpose = Message.Purpose.values()[in.get()];
        return new Message.Hello(version, purpose, in.getInt(), in.getInt(), readString(in), readString(in),
                readString(in), readMap(in), new Message.TerminalId(readString(in), in.getLong(), in.getLong()));
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static void writeMap(DataOutputStream out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> e : map.entrySet()) {
            writeString(out, e.getKey());
            writeString(out, e.getValue());
        }
    }

    private static String readString(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new IllegalArgumentException("string length " + n);
        }
        byte[] b = new byte[n];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static List<String> readList(ByteBuffer in) {
        int n = count(in);
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(readString(in));
        }
        return list;
    }

    private static Map<String, String> readMap(ByteBuffer in) {
        int n = count(in);
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            map.put(readString(in), readString(in));
        }
        return map;
    }

    private static int count(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining() / 4) {
            throw new IllegalArgumentException("count " + n);
        }
        return n;
    }

    private static byte[] rest(ByteBuffer in) {
        byte[] b = new byte[in.remaining()];
        in.get(b);
        return b;
    }
}
