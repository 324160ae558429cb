// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.grove.common.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.stream.Collectors;

/**
 * The one place that sets up Jackson's data binder. Reading is strict (unknown keys are errors)
 * and every error names the file, line, column and field; writing is atomic (temporary file,
 * fsync, rename), so a reader never sees half a file. The user config, themes and the server's
 * state, which every grove process reads or writes, use the streaming API instead
 * ({@link RecordReader}, {@link RecordWriter}). Thread-safe.
 */
public final class Json {
    /** The hint of every error in a configuration file's contents. */
    static final String FIX_HINT = "fix the file or remove it to use the defaults";

    private Json() {}

    /**
     * The mapper, set up on first use: a new JVM spends tens of milliseconds on it, which the
     * file helpers here and the start of a grove process (see {@link RecordReader}) do without.
     */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    /** The shared mapper, for packages that need tree access (config and protocol only). */
    static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    /**
     * Reads {@code file} as {@code type}.
     *
     * @throws UserError naming the file, position and field when the file is missing or invalid
     */
    public static <T> T read(Path file, Class<T> type) {
        byte[] bytes = readBytes(file);
        try {
            return nonNull(mapper().readValue(bytes, type), file.toString());
        } catch (JsonProcessingException e) {
            throw describe(file.toString(), e);
        } catch (IOException e) {
            throw new UserError("cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * The bytes of a configuration file.
     *
     * @throws UserError naming the file when it is missing or cannot be read
     */
    static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserError("file not found: " + file);
        } catch (IOException e) {
            if (!Files.exists(file)) {
                throw new UserError("file not found: " + file);
            }
            throw new UserError("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Parses {@code text} as {@code type}; {@code origin} names the text in errors. */
    public static <T> T parse(String text, String origin, Class<T> type) {
        try {
            return nonNull(mapper().readValue(text, type), origin);
        } catch (JsonProcessingException e) {
            throw describe(origin, e);
        }
    }

    /** A document that is just {@code null} is as wrong as a missing object. */
    private static <T> T nonNull(T value, String origin) {
        if (value == null) {
            throw new UserError(origin + ": expected a JSON object, found null",
                    FIX_HINT);
        }
        return value;
    }

    /** Serialises {@code value} as indented JSON. */
    public static String write(Object value) {
        try {
            return mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * Writes {@code text} to {@code file} atomically: a temporary file beside it (readable by its
     * owner only), fsync, a rename over the old file, then an fsync of the directory so the rename
     * survives a power cut. On failure the old file is untouched and no temporary file stays; a
     * process killed in the middle leaves the old file whole and at most a temporary file, named
     * {@code .NAME*.tmp}.
     */
    public static void writeAtomically(Path file, String text) {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
                d.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } finally {
            if (tmp != null) {
                // The write already failed and is being reported; removing the temp file is best effort.
                boolean removed = tmp.toFile().delete();
                assert removed || !Files.exists(tmp);
            }
        }
    }

    /** A UserError naming {@code origin}, the position and the field of a Jackson failure. */
    static UserError describe(String origin, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String where = loc == null ? origin : origin + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
        String field = "";
        if (e instanceof JsonMappingException) {
            JsonMappingException jm = (JsonMappingException) e;
            String path = jm.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            if (!path.isEmpty()) {
                field = " (field '" + path + "')";
            }
        }
        if (e instanceof UnrecognizedPropertyException) {
            UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
            return new UserError(where + ": unknown key '" + u.getPropertyName() + "'" + field,
                    "valid keys here: " + u.getKnownPropertyIds());
        }
        String what = e instanceof ValueInstantiationException && e.getCause() != null
                ? e.getCause().getMessage() : e.getOriginalMessage();
        return new UserError(where + ": " + what + field, FIX_HINT);
    }
}
