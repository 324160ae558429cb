// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.fuzz;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Checks a byte stream sent to a client's terminal against the vocabulary grove's renderer
 * speaks: printable UTF-8 text, CR, LF, BS and TAB, cursor and erase sequences, SGR, the modes
 * grove sets (cursor, synchronized output, mouse, bracketed paste, alternate screen, focus),
 * cursor shape and OSC 8 links with printable URIs; OSC 52, OSC 777 notifications and BEL only
 * when {@link Allowed} says so. Anything else (title sequences, DCS, APC, PM, SOS, C1 controls,
 * queries that make the terminal answer) is a violation: it could only have come from a pane.
 */
public final class ClientStreamCheck {
    private static final int ESC = 0x1b;
    private static final int BEL = 0x07;
    private static final String PLAIN_FINALS = "HABCDEFGdfmXKJ@PLMSTr`";
    private static final Set<String> MODES = Set.of("25", "2026", "1000", "1002", "1003", "1004", "1006", "1015",
            "2004", "1049", "1", "7");

    /** What the user config lets panes send through grove. */
    public record Allowed(boolean bell, boolean clipboard, boolean notifications) {
        public static final Allowed NOTHING = new Allowed(false, false, false);
    }

    private final String text;
    private final Allowed allowed;
    private int i;

    private ClientStreamCheck(String text, Allowed allowed) {
        this.text = text;
        this.allowed = allowed;
    }

    /** The first violation with its position and surroundings, or null when the stream is clean. */
    public static String firstViolation(byte[] bytes, Allowed allowed) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            return "not valid UTF-8 at byte " + at + ": "
                    + Mutator.show(Arrays.copyOfRange(bytes, Math.max(0, at - 20), Math.min(bytes.length, at + 20)));
        }
        return new ClientStreamCheck(out.flip().toString(), allowed).scan();
    }

    private String scan() {
        while (i < text.length()) {
            int start = i;
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String problem = cp == ESC ? escape() : character(cp);
            if (problem != null) {
                return problem + " at " + start + ": " + Mutator.show(
                        text.substring(Math.max(0, start - 20), Math.min(text.length(), start + 40))
                                .getBytes(StandardCharsets.UTF_8));
            }
        }
        return null;
    }

    private String character(int cp) {
        if (cp == BEL) {
            return allowed.bell() ? null : "BEL";
        }
        if (cp == '\r' || cp == '\n' || cp == '\b' || cp == '\t') {
            return null;
        }
        if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) {
            return "control character U+" + Integer.toHexString(cp);
        }
        return null;
    }

    private String escape() {
        if (i >= text.length()) {
            return "lone ESC";
        }
        char kind = text.charAt(i++);
        if (kind == '[') {
            return csi();
        }
        if (kind == ']') {
            return osc();
        }
        return "ESC " + kind;
    }

    private String csi() {
        int from = i;
        while (i < text.length() && text.charAt(i) >= 0x30 && text.charAt(i) <= 0x3f) {
            i++;
        }
        String params = text.substring(from, i);
        int mid = i;
        while (i < text.length() && text.charAt(i) >= 0x20 && text.charAt(i) <= 0x2f) {
            i++;
        }
        String intermediates = text.substring(mid, i);
        if (i >= text.length()) {
            return "unfinished CSI";
        }
        char fin = text.charAt(i++);
        boolean plainParams = params.chars().allMatch(c -> c >= '0' && c <= ';');
        if (PLAIN_FINALS.indexOf(fin) >= 0 && plainParams && intermediates.isEmpty()) {
            return null;
        }
        if ((fin == 'h' || fin == 'l') && params.startsWith("?") && intermediates.isEmpty()
                && MODES.containsAll(Set.of(params.substring(1).split(";")))) {
            return null;
        }
        if (fin == 'q' && intermediates.equals(" ") && params.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return "CSI " + params + intermediates + fin;
    }

    private String osc() {
        int from = i;
        int end = from;
        while (end < text.length() && text.charAt(end) != BEL && text.charAt(end) != ESC) {
            end++;
        }
        if (end >= text.length()) {
            return "unfinished OSC";
        }
        if (text.charAt(end) == ESC && (end + 1 >= text.length() || text.charAt(end + 1) != '\\')) {
            return "OSC ended by ESC without backslash";
        }
        String body = text.substring(from, end);
        i = end + (text.charAt(end) == BEL ? 1 : 2);
        if (body.startsWith("8;")) {
            return body.chars().allMatch(c -> c >= 0x20 && c < 0x7f) ? null : "OSC 8 with a non-printable URI";
        }
        if (body.startsWith("52;")) {
            return allowed.clipboard() && body.matches("52;[cpqs0-7]*;[A-Za-z0-9+/=]*") ? null : "OSC 52";
        }
        if (body.startsWith("777;notify;")) {
            return allowed.notifications() && body.codePoints().noneMatch(c -> c < 0x20 || (c >= 0x7f && c < 0xa0))
                    ? null : "OSC 777";
        }
        return "OSC " + CharBuffer.wrap(body, 0, Math.min(body.length(), 12));
    }
}
