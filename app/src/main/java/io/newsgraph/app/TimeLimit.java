package io.newsgraph.app;

import java.time.Duration;
import picocli.CommandLine;

/** "120" (seconds), "1.5s", "500ms", "2m". */
final class TimeLimit implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        double unitMillis = 1000;
        if (v.endsWith("ms")) {
            unitMillis = 1;
            v = v.substring(0, v.length() - 2);
        } else if (v.endsWith("s")) {
            v = v.substring(0, v.length() - 1);
        } else if (v.endsWith("m")) {
            unitMillis = 60_000;
            v = v.substring(0, v.length() - 1);
        }
        try {
            double n = Double.parseDouble(v.strip());
            long millis = Math.round(n * unitMillis);
            if (!(n > 0) || millis < 1 || Double.isInfinite(n)) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a positive time");
            }
            return Duration.ofMillis(millis);
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a time (e.g. 120, 90s, 500ms, "
                    + "2m)");
        }
    }
}
