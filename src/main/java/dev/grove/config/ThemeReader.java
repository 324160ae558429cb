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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a theme file with Jackson's streaming parser. Every server reads a theme before its
 * first frame, and the data binder would cost a new JVM about a tenth of a second of processor
 * time and 5 MB for it. As strict as {@link Json}: an unknown key or a value of the wrong kind is
 * an error naming the file, line, column and field. Stateless; thread-safe.
 */
final class ThemeReader {
    private static final JsonFactory FACTORY = new JsonFactory();
    /** The theme's styles, in the order of {@link Theme}'s components. */
    static final List<String> STYLE_KEYS = List.of("border", "borderFocused", "borderAttention",
            "title", "titleFocused", "titleAttention", "statusBar", "statusHeader", "statusFocused",
            "keyHints", "message", "prompt", "overlay", "overlayBorder", "selection", "searchMatch", "footer");
    private static final List<String> STYLE_FIELDS = List.of("fg", "bg", "bold", "dim", "italic", "underline",
            "reverse");

    private ThemeReader() {}

    /**
     * Parses {@code json} (its encoding detected as a JSON reader does); {@code origin} names it
     * in errors.
     *
     * @throws UserError naming origin, position and field when the theme is broken
     */
    static Theme parse(byte[] json, String origin) {
        try {
            return read(FACTORY.createParser(json), origin);
        } catch (IOException e) {
            throw unreadable(origin, e);
        }
    }

    /** As {@link #parse(byte[], String)}, for text already decoded. */
    static Theme parse(String json, String origin) {
        try {
            return read(FACTORY.createParser(json), origin);
        } catch (IOException e) {
            throw unreadable(origin, e);
        }
    }

    private static Theme read(JsonParser parser, String origin) {
        try (JsonParser p = parser) {
            JsonToken first = p.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                throw new UserError(origin + ": expected a JSON object, found " + (first == null ? "nothing" : "null"),
                        "fix the file or remove it to use the defaults");
            }
            return new Document(p, origin).theme();
        } catch (JsonProcessingException e) {
            throw Json.describe(origin, e);
        } catch (IOException e) {
            throw unreadable(origin, e);
        }
    }

    /** Bytes that are no text in any encoding JSON allows, or a failed read. */
    private static UserError unreadable(String origin, IOException e) {
        return new UserError("cannot read " + origin + ": " + e.getMessage(), "fix the file or remove it to use the defaults");
    }

    /** One parse: the parser and what names its positions in errors. */
    private record Document(JsonParser p, String origin) {
        Theme theme() throws IOException {
            expect(JsonToken.START_OBJECT, "an object", "");
            String name = null;
            String description = null;
            Map<String, Theme.Style> styles = new HashMap<>();
            Map<String, Theme.Style> statuses = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonLocation keyAt = p.currentTokenLocation();
                p.nextToken();
                if (key.equals("name")) {
                    name = string(key);
                } else if (key.equals("description")) {
                    description = string(key);
                } else if (key.equals("statuses")) {
                    statuses = statuses();
                } else if (STYLE_KEYS.contains(key)) {
                    styles.put(key, style(key));
                } else {
                    throw unknown(keyAt, key, "", topKeys());
                }
            }
            return new Theme(name, description,
                    styles.get("border"), styles.get("borderFocused"), styles.get("borderAttention"),
                    styles.get("title"), styles.get("titleFocused"), styles.get("titleAttention"),
                    styles.get("statusBar"), styles.get("statusHeader"), styles.get("statusFocused"),
                    styles.get("keyHints"), styles.get("message"),
                    styles.get("prompt"), styles.get("overlay"), styles.get("overlayBorder"),
                    styles.get("selection"), styles.get("searchMatch"), styles.get("footer"),
                    statuses);
        }

        private Map<String, Theme.Style> statuses() throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            expect(JsonToken.START_OBJECT, "an object", "statuses");
            Map<String, Theme.Style> statuses = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String status = p.currentName();
                p.nextToken();
                statuses.put(status, style("statuses." + status));
            }
            return statuses;
        }

        private Theme.Style style(String path) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            expect(JsonToken.START_OBJECT, "an object", path);
            Map<String, Object> fields = new HashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonLocation keyAt = p.currentTokenLocation();
                p.nextToken();
                String at = path + "." + key;
                if (key.equals("fg") || key.equals("bg")) {
                    fields.put(key, color(at));
                } else if (STYLE_FIELDS.contains(key)) {
                    fields.put(key, flag(at));
                } else {
                    throw unknown(keyAt, key, path, STYLE_FIELDS);
                }
            }
            return new Theme.Style((ThemeColor) fields.get("fg"), (ThemeColor) fields.get("bg"),
                    (Boolean) fields.get("bold"), (Boolean) fields.get("dim"), (Boolean) fields.get("italic"),
                    (Boolean) fields.get("underline"), (Boolean) fields.get("reverse"));
        }

        /** A colour: a string, or a whole number for a palette index. */
        private ThemeColor color(String path) throws IOException {
            JsonLocation at = p.currentTokenLocation();
            try {
                switch (p.currentToken()) {
                    case VALUE_NULL:
                        return null;
                    case VALUE_STRING:
                        return ThemeColor.parse(p.getText());
                    case VALUE_NUMBER_INT:
                        if (p.getNumberType() == JsonParser.NumberType.INT) {
                            return ThemeColor.indexed(p.getIntValue());
                        }
                        break;
                    default:
                        break;
                }
            } catch (IllegalArgumentException e) {
                throw error(at, e.getMessage(), path);
            }
            throw error(at, "bad colour " + p.getText() + ": use \"#rrggbb\", a palette name or an index 0-255", path);
        }

        private Boolean flag(String path) throws IOException {
            switch (p.currentToken()) {
                case VALUE_NULL:
                    return null;
                case VALUE_TRUE:
                    return true;
                case VALUE_FALSE:
                    return false;
                default:
                    throw error(p.currentTokenLocation(), "expected true or false, found " + p.getText(), path);
            }
        }

        private String string(String path) throws IOException {
            switch (p.currentToken()) {
                case VALUE_NULL:
                    return null;
                case VALUE_STRING:
                    return p.getText();
                default:
                    throw error(p.currentTokenLocation(), "expected a string, found " + p.getText(), path);
            }
        }

        private void expect(JsonToken token, String what, String path) throws IOException {
            if (p.currentToken() != token) {
                throw error(p.currentTokenLocation(), "expected " + what + ", found " + p.getText(), path);
            }
        }

        private UserError unknown(JsonLocation at, String key, String path, List<String> valid) {
            return new UserError(where(at) + ": unknown key '" + key + "'" + field(path),
                    "valid keys here: " + valid);
        }

        private UserError error(JsonLocation at, String what, String path) {
            return new UserError(where(at) + ": " + what + field(path), "fix the file or remove it to use the defaults");
        }

        private String where(JsonLocation at) {
            return at == null ? origin : origin + ":" + at.getLineNr() + ":" + at.getColumnNr();
        }

        private static String field(String path) {
            return path.isEmpty() ? "" : " (field '" + path + "')";
        }

        private static List<String> topKeys() {
            List<String> keys = new ArrayList<>(List.of("name", "description"));
            keys.addAll(STYLE_KEYS);
            keys.add("statuses");
            return keys;
        }
    }
}
