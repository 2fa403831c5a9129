package io.newsgraph.ingest;

import io.newsgraph.model.Article;

/** What reading one article gave: the article, or the reason it could not be read, naming the file (and line). */
public sealed interface ReadResult {

    /** Where the article came from: a path, or a path and line for one row of a CSV or JSON Lines file. */
    String origin();

    /** An article read; {@code warning} says what was guessed to read it (an encoding), or is null. */
    record Ok(String origin, Article article, Warning warning) implements ReadResult {
        public Ok(String origin, Article article) {
            this(origin, article, null);
        }
    }

    /**
     * Something read, but not as given: a file that was not UTF-8 and was read as windows-1252, or a row whose date
     * field is no date and which is read undated. Not a failure.
     */
    record Warning(String origin, String message) {
        @Override
        public String toString() {
            return printable(origin + ": " + message);
        }
    }

    /**
     * Well-formed input that holds no article: a row whose text is only a date line or page furniture. Reported,
     * but not a failure of the input.
     */
    record Skipped(String origin, String reason) implements ReadResult {
        @Override
        public String toString() {
            return printable(origin + ": " + reason);
        }
    }

    record Failed(String origin, String reason) implements ReadResult {
        @Override
        public String toString() {
            return printable(origin + ": " + reason);
        }
    }

    /**
     * A line as it is printed: control characters (a newline or a carriage return in a file name, an escape
     * character) and the invisible characters that reorder or break lines (U+2028, U+2029, the bidirectional
     * overrides) are written as escapes ({@code \\n}, {@code \\r}, {@code \\t}, {@code \\u001B}), so that every
     * failure, warning and skipped input is one line whatever its file is called, and the name shown is the one on
     * disk. Other characters (accents, other scripts) are kept.
     */
    static String printable(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escape = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                        || c == '\u200E' || c == '\u200F' ? String.format("\\u%04X", (int) c) : null;
            };
            if (escape != null && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }
}
