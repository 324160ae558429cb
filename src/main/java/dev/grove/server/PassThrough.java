// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.common.PrintableText;
import dev.grove.config.UserConfig;
import dev.grove.session.Pane;
import dev.grove.term.ClipboardWrite;
import dev.grove.term.Emulator;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

/**
 * What a pane may pass on to the terminals of the attached clients: clipboard writes (OSC 52),
 * bells and desktop notifications (OSC 9 and OSC 777 from the pane, sent as OSC 777), each only
 * when the user config allows it ({@code clipboard}, {@code bell}, {@code notifications}). The
 * pane's bytes never travel: the emulator records what the program asked for and this class
 * writes a fresh sequence from checked parts (a clipboard target letter, base64 data, a
 * notification text without control characters). Bells are limited to one per
 * {@link #BELL_INTERVAL_NANOS}, so a program ringing in a loop cannot flood the user's terminal.
 * Confined to the session thread.
 */
final class PassThrough {
    static final long BELL_INTERVAL_NANOS = 500_000_000L;
    /** Longest notification text passed on, in characters. */
    static final int MAX_NOTIFICATION = 256;
    private static final byte[] BEL = {7};

    private final UserConfig config;
    private long lastBellNanos = Long.MIN_VALUE / 2;

    PassThrough(UserConfig config) {
        this.config = config;
    }

    /** Takes what {@code pane}'s program asked for since the last call and sends what is allowed to {@code clients}. */
    void forward(Pane pane, Collection<AttachedClient> clients, long nowNanos) {
        Emulator emulator = pane.emulator();
        List<ClipboardWrite> clips = emulator.takeClipboardWrites();
        int bells = emulator.takeBells();
        List<String> notes = emulator.takeNotifications();
        if (clients.isEmpty()) {
            return;
        }
        if (config.clipboard()) {
            for (ClipboardWrite clip : clips) {
                send(clients, clipboard(clip));
            }
        }
        if (config.notifications()) {
            for (String note : notes) {
                send(clients, notification(pane.name(), note));
            }
        }
        if (config.bell() && bells > 0 && nowNanos - lastBellNanos >= BELL_INTERVAL_NANOS) {
            lastBellNanos = nowNanos;
            send(clients, BEL);
        }
    }

    private static void send(Collection<AttachedClient> clients, byte[] bytes) {
        for (AttachedClient c : clients) {
            c.output.sendOutput(bytes);
        }
    }

    /** OSC 52 with the target reduced to the letters terminals know and the data encoded again. */
    static byte[] clipboard(ClipboardWrite clip) {
        String target = clip.selection().replaceAll("[^cpqs0-7]", "");
        String data = Base64.getEncoder().encodeToString(clip.data());
        return ("\033]52;" + (target.isEmpty() ? "c" : target) + ";" + data + "\007").getBytes(StandardCharsets.US_ASCII);
    }

    /** OSC 777 notify with the pane's name as the title and the text without control characters. */
    static byte[] notification(String paneName, String text) {
        String body = PrintableText.of(text);
        if (body.length() > MAX_NOTIFICATION) {
            body = body.substring(0, MAX_NOTIFICATION);
        }
        return ("\033]777;notify;grove: " + PrintableText.of(paneName) + ";" + body + "\033\\").getBytes(StandardCharsets.UTF_8);
    }
}
