// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The status table's {@code HH:mm} of a wall-clock time, remembering the last minute formatted
 * (a frame formats the same few minutes again and again; zone offsets change on whole minutes,
 * so a minute has one text). Confined to one thread.
 */
final class MinuteText {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private long formattedMinute = Long.MIN_VALUE;
    private String formattedText;

    /** {@code HH:mm} of {@code epochMillis} in the system's zone. */
    String of(long epochMillis) {
        long minute = Math.floorDiv(epochMillis, 60_000L);
        if (minute != formattedMinute) {
            formattedMinute = minute;
            formattedText = HH_MM.format(Instant.ofEpochMilli(epochMillis));
        }
        return formattedText;
    }
}
