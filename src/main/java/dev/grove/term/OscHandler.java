// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import dev.grove.term.screen.Screen;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;

/**
 * Operating system commands: titles (0, 1, 2 and the title stack), hyperlinks (8), clipboard
 * writes (52, recorded, never answered: a program cannot read the clipboard), notifications
 * (9 and 777;notify), colour queries and changes (4, 10, 11, 12, 104, 110, 111, 112).
 * Others (7 working directory, 133 shell marks, 1337 and so on) are ignored.
 * Everything kept is bounded.
 */
final class OscHandler {
    static final int MAX_TITLE = 4096;
    static final int MAX_URI = 8192;
    static final int MAX_PENDING = 64;
    static final int MAX_TITLE_STACK = 10;

    private final Screen screen;
    private final Replies replies;
    private final Palette palette;
    private final Deque<String> titleStack = new ArrayDeque<>();
    private List<ClipboardWrite> clipboard = new ArrayList<>();
    private List<String> notifications = new ArrayList<>();
    private String title = "";

    OscHandler(Screen screen, Replies replies, Palette palette) {
        this.screen = screen;
        this.replies = replies;
        this.palette = palette;
    }

    String title() {
        return title;
    }

    List<ClipboardWrite> takeClipboardWrites() {
        List<ClipboardWrite> taken = clipboard;
        clipboard = new ArrayList<>();
        return taken;
    }

    List<String> takeNotifications() {
        List<String> taken = notifications;
        notifications = new ArrayList<>();
        return taken;
    }

    /** CSI 22 t: saves the title. */
    void pushTitle() {
        if (titleStack.size() == MAX_TITLE_STACK) {
            titleStack.removeFirst();
        }
        titleStack.addLast(title);
    }

    /** CSI 23 t: restores the last saved title. */
    void popTitle() {
        if (!titleStack.isEmpty()) {
            title = titleStack.removeLast();
        }
    }

    void reset() {
        title = "";
        titleStack.clear();
        palette.reset();
        screen.setPenLink(null);
    }

    void dispatch(byte[] data, int length, int terminator) {
        int semicolon = indexOf(data, length, 0, ';');
        int command = number(data, 0, semicolon < 0 ? length : semicolon);
        String body = semicolon < 0 ? "" : new String(data, semicolon + 1, length - semicolon - 1, StandardCharsets.UTF_8);
        switch (command) {
            case 0: case 2: setTitle(body); break;
            case 4: palette(body, terminator); break;
            case 8: hyperlink(body); break;
            case 9: notify9(body); break;
            case 10: case 11: case 12: dynamicColors(command, body, terminator); break;
            case 52: clipboard(body); break;
            case 104: resetPalette(body); break;
            case 110: palette.resetForeground(); break;
            case 111: palette.resetBackground(); break;
            case 777: notify777(body); break;
            default: break;
        }
    }

    private void setTitle(String text) {
        title = text.length() > MAX_TITLE ? text.substring(0, MAX_TITLE) : text;
    }

    /**
     * OSC 8 ; params ; uri: an empty uri ends the link. A URI may only hold printable ASCII (as
     * the OSC 8 convention says); anything else ends the link too, so no control character ever
     * travels on with it.
     */
    private void hyperlink(String body) {
        int semicolon = body.indexOf(';');
        String uri = semicolon < 0 ? "" : body.substring(semicolon + 1);
        boolean usable = !uri.isEmpty() && uri.length() <= MAX_URI && uri.chars().allMatch(c -> c > 0x20 && c < 0x7f);
        screen.setPenLink(usable ? uri : null);
    }

    private void clipboard(String body) {
        int semicolon = body.indexOf(';');
        if (semicolon < 0) {
            return;
        }
        String selection = body.substring(0, semicolon);
        String payload = body.substring(semicolon + 1);
        if (payload.equals("?")) {
            return;
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(payload);
        } catch (IllegalArgumentException e) {
            return;
        }
        if (clipboard.size() == MAX_PENDING) {
            clipboard.remove(0);
        }
        clipboard.add(new ClipboardWrite(selection.isEmpty() ? "c" : selection, decoded));
    }

    /** OSC 9 ; text (iTerm2 notification); {@code 9;4;...} is ConEmu progress, not a message. */
    private void notify9(String body) {
        if (body.startsWith("4;") || body.equals("4")) {
            return;
        }
        addNotification(body);
    }

    /** OSC 777 ; notify ; title ; body. */
    private void notify777(String body) {
        String[] parts = body.split(";", 3);
        if (parts.length == 3 && parts[0].equals("notify")) {
            addNotification(parts[2]);
        }
    }

    private void addNotification(String text) {
        if (notifications.size() == MAX_PENDING) {
            notifications.remove(0);
        }
        notifications.add(text.length() > MAX_TITLE ? text.substring(0, MAX_TITLE) : text);
    }

    /** OSC 4 ; index ; spec [; index ; spec ...]: "?" queries, a colour sets. */
    private void palette(String body, int terminator) {
        String[] parts = body.split(";", -1);
        for (int i = 0; i + 1 < parts.length; i += 2) {
            int index = parseIndex(parts[i]);
            if (index < 0) {
                continue;
            }
            if (parts[i + 1].equals("?")) {
                replies.osc("4;" + index + ";" + Palette.format(palette.get(index)), terminator);
            } else {
                int rgb = Palette.parse(parts[i + 1]);
                if (rgb >= 0) {
                    palette.set(index, rgb);
                }
            }
        }
    }

    /** OSC 10/11/12 ; spec [; spec ...]: each further spec applies to the next number. */
    private void dynamicColors(int first, String body, int terminator) {
        String[] specs = body.split(";", -1);
        for (int i = 0; i < specs.length && first + i <= 12; i++) {
            int which = first + i;
            if (specs[i].equals("?")) {
                int rgb = which == 11 ? palette.background() : palette.foreground();
                replies.osc(which + ";" + Palette.format(rgb), terminator);
            } else {
                int rgb = Palette.parse(specs[i]);
                if (rgb >= 0 && which == 10) {
                    palette.setForeground(rgb);
                } else if (rgb >= 0 && which == 11) {
                    palette.setBackground(rgb);
                }
            }
        }
    }

    private void resetPalette(String body) {
        if (body.isEmpty()) {
            for (int i = 0; i < 256; i++) {
                palette.resetIndex(i);
            }
            return;
        }
        for (String part : body.split(";")) {
            int index = parseIndex(part);
            if (index >= 0) {
                palette.resetIndex(index);
            }
        }
    }

    private static int parseIndex(String s) {
        if (s.isEmpty() || s.length() > 3) {
            return -1;
        }
        int n = number(s.getBytes(StandardCharsets.US_ASCII), 0, s.length());
        return n <= 255 ? n : -1;
    }

    /** The decimal number in {@code data[from..to)}, or -1 when it is not one. */
    private static int number(byte[] data, int from, int to) {
        if (from >= to || to - from > 6) {
            return -1;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            int d = data[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            n = n * 10 + d;
        }
        return n;
    }

    private static int indexOf(byte[] data, int length, int from, char c) {
        for (int i = from; i < length; i++) {
            if (data[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
