package io.newsgraph.ingest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event dates from SUTime's normalised values, as precise as the text is certain: "2026-01-31" (day), "2025-03"
 * (month), "2025" (year). Two corrections for news: a weekday that SUTime puts after the publication date in a
 * report of what happened ("on Saturday" in a Wednesday paper) is the last such day before it; a month named
 * without a year takes the year named in the same sentence ("In 2025, ... the March hijacking").
 */
public final class EventDates {

    /** A date and how precise it is: day, month or year. */
    public record When(String date, String precision, String text) {
    }

    /** A calendar date, perhaps with a time of day ("2019-07-27TMO": Saturday morning; "2019-07-23T00:00"). */
    private static final Pattern RELATIVE = Pattern.compile(
            "(?i)\\b(years?|months?)\\s+(?:ago|later|earlier|before|after|on)\\b");
    private static final Pattern YEARLESS_MONTH = Pattern.compile("(?:\\*{4}|XXXX)-?(\\d{2})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T[\\dA-Z:.+\\-]*)?)?)?");

    /** "a month later", "two days after", "three weeks earlier": a count from another date the text gave. */
    private static final Pattern FROM_ANOTHER = Pattern.compile(
            "(?i)\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})\\s+"
                    + "(days?|weeks?|months?|years?)\\s+(later|after|afterwards|earlier|before)\\b");
    /** "that day", "the same day": the day the text gave just before. */
    static final Pattern SAME_DAY = Pattern.compile("(?i)\\b(?:that|the same|that same)\\s+day\\b");
    private static final List<String> COUNTS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    private EventDates() {
    }

    /**
     * The date words that count from another date name ("A month later, during the third primary debate"), counted
     * from that date ({@code anchor}, the last date the text gave before them), as precise as both allow; null when
     * the words count from no other date, or there is no anchor to count from.
     */
    public static When countedFrom(String words, When anchor) {
        if (anchor != null && SAME_DAY.matcher(words).find()) {
            return new When(anchor.date(), anchor.precision(), words);
        }
        Matcher m = FROM_ANOTHER.matcher(words);
        if (!m.find() || anchor == null) {
            return null;
        }
        String n = m.group(1).toLowerCase(Locale.ROOT);
        int count = n.matches("\\d+") ? Integer.parseInt(n) : n.startsWith("a") ? 1 : COUNTS.indexOf(n);
        if (back(m)) {
            count = -count;
        }
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        if ((unit.startsWith("day") || unit.startsWith("week")) && anchor.precision().equals("year")) {
            return null; // "two days later" after "in 2016": a narrative counts days from a day, not from a year
        }
        String[] parts = anchor.date().split("-");
        LocalDate base = LocalDate.of(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 1,
                parts.length > 2 ? Integer.parseInt(parts[2]) : 1);
        LocalDate d = unit.startsWith("day") ? base.plusDays(count) : unit.startsWith("week") ? base.plusWeeks(count)
                : unit.startsWith("month") ? base.plusMonths(count) : base.plusYears(count);
        // as precise as the anchor and the unit: a month after a day in August is some day in September
        String precision = unit.startsWith("year") || anchor.precision().equals("year") ? "year"
                : unit.startsWith("month") || anchor.precision().equals("month") ? "month" : "day";
        String date = switch (precision) {
            case "year" -> String.format("%04d", d.getYear());
            case "month" -> String.format("%04d-%02d", d.getYear(), d.getMonthValue());
            default -> d.toString();
        };
        return new When(date, precision, words);
    }

    /** Whether the words count back ("a day earlier", "two weeks before"). */
    public static boolean countsBack(String words) {
        Matcher m = FROM_ANOTHER.matcher(words);
        return m.find() && back(m);
    }

    private static boolean back(Matcher fromAnother) {
        return fromAnother.group(3).equalsIgnoreCase("earlier") || fromAnother.group(3).equalsIgnoreCase("before");
    }

    /** Whether the words count from another date ("a month later") rather than name one. */
    public static boolean countsFromAnother(String words) {
        return FROM_ANOTHER.matcher(words).find() || SAME_DAY.matcher(words).find();
    }

    /**
     * @param normalized SUTime's value for the words
     * @param words      the words
     * @param published  the article's date, or null
     * @param pastTense  whether the sentence reports something past
     * @param yearInSentence a year named elsewhere in the sentence, or null
     * @return the date, or null when the value is no calendar date (durations, "PAST_REF", ranges)
     */
    public static When of(String normalized, String words, LocalDate published, boolean pastTense,
                          Integer yearInSentence) {
        if (normalized == null) {
            return null;
        }
        Matcher partial = YEARLESS_MONTH.matcher(normalized);
        if (partial.matches() && namesMonth(words)) {
            // "In mid-September" ("****09"): the month of the sentence's year, else of the report's (the year before
            // when a past month would fall after it, the year after when a future one would fall before it)
            int month = Integer.parseInt(partial.group(1));
            Integer year = yearInSentence != null ? yearInSentence : published == null ? null
                    : pastTense && month > published.getMonthValue() ? published.getYear() - 1
                    : !pastTense && month < published.getMonthValue() ? published.getYear() + 1 : published.getYear();
            return year == null || month < 1 || month > 12 ? null
                    : new When(String.format("%04d-%02d", year, month), "month", words);
        }
        Matcher m = ISO.matcher(normalized);
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        // "three years ago", "a month later": a count of years or months from another date says no day
        Matcher rel = RELATIVE.matcher(words);
        if (m.group(3) != null && rel.find()) {
            return rel.group(1).startsWith("year") ? new When(String.format("%04d", year), "year", words)
                    : new When(String.format("%04d-%s", year, m.group(2)), "month", words);
        }
        if (m.group(3) != null) {
            LocalDate d = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (published != null && pastTense && d.isAfter(published) && namesWeekday(words)) {
                d = d.minusWeeks(1);
            }
            return new When(d.toString(), "day", words);
        }
        // a year only where the words write that year, and a plausible one ("at 0040" is a time of day)
        boolean yearWritten = year >= 1000 && year <= 2999 && words.matches(".*\\b" + m.group(1) + "s?\\b.*");
        if (m.group(2) != null) {
            if (!namesMonth(words)) {
                return null;
            }
            boolean yearWritten2 = yearWritten;
            if (!yearWritten2 && yearInSentence != null) {
                year = yearInSentence;
            }
            return new When(String.format("%04d-%s", year, m.group(2)), "month", words);
        }
        // a year only where the words write one: "previous years" is no date
        return yearWritten ? new When(String.format("%04d", year), "year", words) : null;
    }

    static boolean namesMonth(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        for (java.time.Month month : java.time.Month.values()) {
            if (w.contains(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static boolean namesWeekday(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (w.contains(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether two dates may be the same day: equal where both are known, or days at most one apart. */
    public static boolean compatible(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        if (a.length() == 10 && b.length() == 10) {
            long days = Math.abs(LocalDate.parse(a).toEpochDay() - LocalDate.parse(b).toEpochDay());
            return days <= 1;
        }
        return a.startsWith(b) || b.startsWith(a);
    }
}
