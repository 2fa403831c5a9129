package io.newsgraph.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Publication dates as news pages print them. */
final class Dates {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("MMMM d, uuuu"),
            pattern("MMMM d uuuu"),
            pattern("EEEE, MMMM d, uuuu"),
            pattern("EEEE MMMM d, uuuu"),
            pattern("EEEE, MMMM d uuuu"),
            pattern("d MMMM uuuu"),
            pattern("MMM d, uuuu"));

    private Dates() {
    }

    private static DateTimeFormatter pattern(String p) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH);
    }

    /** The date, or null when the text is not a date in a known form. */
    static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() >= 10 && t.charAt(4) == '-' && Character.isDigit(t.charAt(0))) {
            t = t.substring(0, 10);
        }
        for (DateTimeFormatter f : FORMATS) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return null;
    }
}
