// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One line of the server log: the time in UTC to the second, the level, the logger and the
 * message, then the stack trace of an exception if there is one. Built by hand: the JDK's
 * date-and-locale formatting costs a new JVM tens of milliseconds on its first line, which is
 * written while the server starts. Stateless.
 */
final class LogLineFormat extends Formatter {
    @Override
    public String format(LogRecord r) {
        String time = Instant.ofEpochSecond(r.getInstant().getEpochSecond()).toString();
        StringBuilder line = new StringBuilder(time.length() + 80)
                .append(time, 0, 10).append(' ').append(time, 11, time.length())
                .append(' ').append(r.getLevel().getName()).append(' ').append(r.getLoggerName()).append(": ")
                .append(formatMessage(r)).append(System.lineSeparator());
        if (r.getThrown() != null) {
            StringWriter trace = new StringWriter();
            r.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        return line.toString();
    }
}
