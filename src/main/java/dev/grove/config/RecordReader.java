// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.grove.common.UserError;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a JSON document into a record with Jackson's streaming parser, as strictly as
 * {@link Json}: an unknown key, a value of the wrong kind or a value the record refuses is an
 * error naming the file, line, column and field. Scalars are taken as the data binder takes
 * them: a whole number or {@code true} written as a string, a number or boolean where text is
 * expected; but a number with a fraction where a whole number is expected is refused, where the
 * data binder would cut it. Record components may be strings, whole numbers, booleans, enums, {@link ThemeColor}s,
 * lists, maps with string keys, and records of these. The files every grove process reads at
 * start (the user config, themes) go through here: the data binder costs a new JVM a tenth of a
 * second and 5 MB to set up. Stateless; thread-safe.
 */
final class RecordReader {
    private static final JsonFactory FACTORY = new JsonFactory();

    private RecordReader() {}

    /**
     * Reads {@code json} (its encoding detected as a JSON reader does) as a {@code type};
     * {@code origin} names it in errors.
     *
     * @throws UserError naming origin, position and field when the document does not fit
     */
    static <R extends Record> R read(byte[] json, String origin, Class<R> type) {
        return read(json, origin, type, Set.of());
    }

    /**
     * As {@link #read(byte[], String, Class)}, skipping the top-level keys in {@code readElsewhere}
     * (parts of a shared file that other readers own).
     */
    static <R extends Record> R read(byte[] json, String origin, Class<R> type, Set<String> readElsewhere) {
        try {
            return read(FACTORY.createParser(json), origin, type, readElsewhere);
        } catch (IOException e) {
            throw unreadable(origin, e);
        }
    }

    /** As {@link #read(byte[], String, Class)}, for text already decoded. */
    static <R extends Record> R read(String json, String origin, Class<R> type) {
        try {
            return read(FACTORY.createParser(json), origin, type, Set.of());
        } catch (IOException e) {
            throw unreadable(origin, e);
        }
    }

    private static <R extends Record> R read(JsonParser parser, String origin, Class<R> type, Set<String> readElsewhere) {
        try (JsonParser p = parser) {
            JsonToken first = p.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                throw new UserError(origin + ": expected a JSON object, found " + (first == null ? "nothing" : "null"),
                        Json.FIX_HINT);
            }
            return type.cast(new Document(p, origin, readElsewhere).record(type, ""));
        } catch (JsonProcessingException e) {
            throw Json.describe(origin, e);
        } catch (IOException e) {
            throw unreadable(origin, e);
        }
    }

    /** Bytes that are no text in any encoding JSON allows, or a failed read. */
    private static UserError unreadable(String origin, IOException e) {
        return new UserError("cannot read " + origin + ": " + e.getMessage(), Json.FIX_HINT);
    }

    /** One parse: the parser, what names its positions in errors, and the top-level keys to skip. */
    private record Document(JsonParser p, String origin, Set<String> readElsewhere) {
        /** The value at the current token as {@code type}; {@code path} names it in errors. */
        Object value(Type type, String path) throws IOException {
            if (type instanceof ParameterizedType generic) {
                Type raw = generic.getRawType();
                Type item = generic.getActualTypeArguments()[generic.getActualTypeArguments().length - 1];
                if (raw == List.class) {
                    return list(item, path);
                }
                if (raw == Map.class) {
                    return map(item, path);
                }
            } else if (type instanceof Class<?> c) {
                if (c.isRecord()) {
                    return record(c, path);
                }
                return scalar(c, path);
            }
            throw new IllegalArgumentException("cannot read a " + type.getTypeName() + " from JSON");
        }

        Object record(Class<?> type, String path) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            expect(JsonToken.START_OBJECT, "an object", path);
            JsonLocation start = p.currentTokenLocation();
            RecordComponent[] components = type.getRecordComponents();
            List<String> names = new ArrayList<>(components.length);
            Class<?>[] types = new Class<?>[components.length];
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                names.add(components[i].getName());
                types[i] = components[i].getType();
                args[i] = absent(types[i]);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonLocation keyAt = p.currentTokenLocation();
                int at = names.indexOf(key);
                if (at < 0 && path.isEmpty() && readElsewhere.contains(key)) {
                    p.nextToken();
                    p.skipChildren();
                    continue;
                }
                if (at < 0) {
                    throw new UserError(where(keyAt) + ": unknown key '" + key + "'" + field(path),
                            "valid keys here: " + names);
                }
                p.nextToken();
                String keyPath = path.isEmpty() ? key : path + "." + key;
                Object v = value(components[at].getGenericType(), keyPath);
                if (v == null && types[at].isPrimitive()) {
                    throw error(p.currentTokenLocation(), "null is no value for a " + types[at].getName(), keyPath);
                }
                args[at] = v;
            }
            try {
                Constructor<?> canonical = type.getDeclaredConstructor(types);
                return canonical.newInstance(args);
            } catch (InvocationTargetException e) {
                // The record refused the values (its compact constructor checks them).
                Throwable refusal = e.getCause();
                throw error(start, refusal.getMessage() != null ? refusal.getMessage() : refusal.toString(), path);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot construct " + type.getName(), e);
            }
        }

        private List<Object> list(Type item, String path) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            expect(JsonToken.START_ARRAY, "a list", path);
            List<Object> out = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                out.add(value(item, path + "[" + out.size() + "]"));
            }
            return out;
        }

        private Map<String, Object> map(Type item, String path) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            expect(JsonToken.START_OBJECT, "an object", path);
            Map<String, Object> out = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                out.put(key, value(item, path + "." + key));
            }
            return out;
        }

        private Object scalar(Class<?> type, String path) throws IOException {
            JsonToken t = p.currentToken();
            JsonLocation at = p.currentTokenLocation();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                throw error(at, "expected " + kind(type) + ", found " + (t == JsonToken.START_OBJECT ? "an object" : "a list"),
                        path);
            }
            String text = p.getText();
            try {
                if (type == String.class) {
                    return text;
                }
                if (type == Integer.class || type == int.class) {
                    Long v = wholeNumber(t, text, Integer.MIN_VALUE, Integer.MAX_VALUE);
                    return v == null ? null : (Object) v.intValue();
                }
                if (type == Long.class || type == long.class) {
                    return wholeNumber(t, text, Long.MIN_VALUE, Long.MAX_VALUE);
                }
                if (type == Boolean.class || type == boolean.class) {
                    return flag(t, text);
                }
                if (type == ThemeColor.class) {
                    return t == JsonToken.VALUE_NUMBER_INT ? ThemeColor.indexed(p.getIntValue()) : ThemeColor.parse(text);
                }
                if (type.isEnum()) {
                    for (Object constant : type.getEnumConstants()) {
                        if (((Enum<?>) constant).name().equals(text)) {
                            return constant;
                        }
                    }
                }
            } catch (IllegalArgumentException e) {
                throw error(at, e.getMessage(), path);
            }
            throw error(at, "expected " + kind(type) + ", found " + text, path);
        }

        /** A whole number within bounds: a JSON number, or a string of one; null for an empty string. */
        private Long wholeNumber(JsonToken t, String text, long min, long max) {
            String digits = text.strip();
            if (t == JsonToken.VALUE_STRING && digits.isEmpty()) {
                return null;
            }
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_STRING || !digits.matches("-?[0-9]{1,19}")) {
                throw new IllegalArgumentException("expected a whole number, found " + text);
            }
            try {
                long v = Long.parseLong(digits);
                if (v >= min && v <= max) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // out of range for a long: reported below
            }
            throw new IllegalArgumentException("the number " + text + " is too large");
        }

        private Boolean flag(JsonToken t, String text) {
            if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                return t == JsonToken.VALUE_TRUE;
            }
            if (t == JsonToken.VALUE_STRING && (text.equals("true") || text.equals("false"))) {
                return text.equals("true");
            }
            if (t == JsonToken.VALUE_STRING && text.isEmpty()) {
                return null;
            }
            throw new IllegalArgumentException("expected true or false, found " + text);
        }

        private void expect(JsonToken token, String what, String path) throws IOException {
            if (p.currentToken() != token) {
                throw error(p.currentTokenLocation(), "expected " + what + ", found " + p.getText(), path);
            }
        }

        private UserError error(JsonLocation at, String what, String path) {
            return new UserError(where(at) + ": " + what + field(path), Json.FIX_HINT);
        }

        private String where(JsonLocation at) {
            return at == null ? origin : origin + ":" + at.getLineNr() + ":" + at.getColumnNr();
        }

        private static String field(String path) {
            return path.isEmpty() ? "" : " (field '" + path + "')";
        }

        private static String kind(Class<?> type) {
            if (type == String.class) {
                return "text";
            }
            if (type == Boolean.class || type == boolean.class) {
                return "true or false";
            }
            if (type == ThemeColor.class) {
                return "a colour";
            }
            return type.isEnum() ? "one of " + List.of(type.getEnumConstants()) : "a whole number";
        }

        /** What a component left out of the document gets: nothing, or zero for a primitive. */
        private static Object absent(Class<?> type) {
            if (!type.isPrimitive()) {
                return null;
            }
            return type == boolean.class ? Boolean.FALSE : type == long.class ? (Object) 0L : (Object) 0;
        }
    }
}
