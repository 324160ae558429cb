// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

/**
 * The colours grove reports when a program asks (OSC 4, 10, 11): xterm's 256-colour palette
 * and default foreground and background, all changeable by programs (OSC 4/10/11 with a
 * colour) and resettable (OSC 104/110/111). Colours are 0xRRGGBB.
 */
final class Palette {
    private static final int[] BASE16 = {
        0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5,
        0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff,
    };

    private final int[] colors = new int[256];
    private int defaultForeground;
    private int defaultBackground;
    private int foreground;
    private int background;

    Palette(int foreground, int background) {
        this.defaultForeground = foreground;
        this.defaultBackground = background;
        reset();
    }

    void reset() {
        for (int i = 0; i < 256; i++) {
            resetIndex(i);
        }
        foreground = defaultForeground;
        background = defaultBackground;
    }

    /** New defaults, applied now and on every reset. */
    void setDefaults(int foreground, int background) {
        defaultForeground = foreground;
        defaultBackground = background;
        this.foreground = foreground;
        this.background = background;
    }

    void resetIndex(int i) {
        colors[i] = standard(i);
    }

    int get(int i) {
        return colors[i];
    }

    void set(int i, int rgb) {
        colors[i] = rgb;
    }

    int foreground() {
        return foreground;
    }

    int background() {
        return background;
    }

    void setForeground(int rgb) {
        foreground = rgb;
    }

    void setBackground(int rgb) {
        background = rgb;
    }

    void resetForeground() {
        foreground = defaultForeground;
    }

    void resetBackground() {
        background = defaultBackground;
    }

    /** xterm's colour for palette index {@code i}. */
    static int standard(int i) {
        if (i < 16) {
            return BASE16[i];
        }
        if (i < 232) {
            int n = i - 16;
            return level(n / 36) << 16 | level(n / 6 % 6) << 8 | level(n % 6);
        }
        int gray = 8 + (i - 232) * 10;
        return gray << 16 | gray << 8 | gray;
    }

    private static int level(int step) {
        return step == 0 ? 0 : 55 + step * 40;
    }

    /** The X11 form used in replies: {@code rgb:rrrr/gggg/bbbb}. */
    static String format(int rgb) {
        return String.format("rgb:%1$02x%1$02x/%2$02x%2$02x/%3$02x%3$02x", rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }

    /**
     * Parses {@code #rgb}, {@code #rrggbb}, {@code rgb:r/g/b} (1-4 hex digits each) into
     * 0xRRGGBB, or -1 when it is not one of those.
     */
    static int parse(String spec) {
        try {
            if (spec.startsWith("#") && (spec.length() == 4 || spec.length() == 7)) {
                int digits = (spec.length() - 1) / 3;
                int r = scale(spec.substring(1, 1 + digits));
                int g = scale(spec.substring(1 + digits, 1 + 2 * digits));
                int b = scale(spec.substring(1 + 2 * digits));
                return r << 16 | g << 8 | b;
            }
            if (spec.startsWith("rgb:")) {
                String[] parts = spec.substring(4).split("/", -1);
                if (parts.length == 3) {
                    return scale(parts[0]) << 16 | scale(parts[1]) << 8 | scale(parts[2]);
                }
            }
        } catch (NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** 1-4 hex digits scaled to 0-255. */
    private static int scale(String hex) {
        if (hex.isEmpty() || hex.length() > 4) {
            throw new NumberFormatException("bad colour component '" + hex + "'");
        }
        int v = Integer.parseInt(hex, 16);
        int max = (1 << (4 * hex.length())) - 1;
        return Math.round(v * 255f / max);
    }
}
