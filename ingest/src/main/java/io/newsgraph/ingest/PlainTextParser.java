package io.newsgraph.ingest;

import io.newsgraph.model.Article;
import io.newsgraph.model.Ids;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the plain text of a news page into an {@link Article}: takes title, date, authors, dateline and source from
 * where news pages print them, and keeps page furniture (headers, bylines, captions, comment footers) out of the text
 * that is analysed. Layout knowledge lives in {@link ReaderRules}.
 */
public final class PlainTextParser {

    /** What is known of an article before its text is read, e.g. the columns of a CSV row. */
    public record Known(String title, LocalDate published, String source, String uri) {
        public static Known none(String uri) {
            return new Known(null, null, null, uri);
        }
    }

    private static final int MAX_HEADLINE = 200;
    /**
     * Headers, bylines and datelines are short lines; a longer one is body text. The layout patterns are never tried
     * on it, which also keeps their nested repetitions from backtracking over a page-long line.
     */
    private static final int MAX_HEAD_LINE = 300;
    /**
     * Characters a line of prose ends with, so that a line ending with one is no headline: Latin punctuation, and the
     * full stops and question and exclamation marks of other scripts (Urdu and Arabic {@code ۔ ؟}, Chinese and
     * Japanese {@code 。！？}, Devanagari {@code । ॥}, Armenian, Ethiopic, Burmese).
     */
    static final String SENTENCE_ENDS = ".!\"\u201D;,\u06D4\u061F\u3002\uFF01\uFF1F\uFF0E\u0964\u0965\u0589"
            + "\u1362\u104B\u2026";
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"\u201D\u2019']?\\s+(?=\\S)");

    private final ReaderRules rules;

    public PlainTextParser(ReaderRules rules) {
        this.rules = rules;
    }

    /** The article; its text may be empty, which the caller reports. */
    public Article parse(String raw, Known known) {
        String text = raw.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
        String title = blankToNull(known.title());
        LocalDate published = known.published();
        String source = blankToNull(known.source());
        String dateline = null;
        List<String> authors = new ArrayList<>();

        Matcher prefix = rules.datePrefix().matcher(text);
        if (prefix.find()) {
            published = firstNonNull(published, Dates.parse(prefix.group("date")));
            text = text.substring(prefix.end());
        }

        List<String> lines = Arrays.stream(text.split("\n")).map(String::strip).toList();
        int i = 0;
        boolean titleAllowed = title == null;
        boolean deckAllowed = false;
        String deck = null;
        // The head: furniture, title, deck, byline and a dateline on its own line, before the first paragraph.
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() > MAX_HEAD_LINE) {
                break;
            }
            if (matchesAny(rules.dropLines(), line)) {
                continue;
            }
            ReaderRules.HeaderLine header = findHeader(line);
            if (header != null) {
                Matcher m = header.pattern().matcher(line);
                if (m.find()) {
                    published = firstNonNull(published, Dates.parse(m.group("date")));
                }
                source = firstNonNull(source, header.source());
                continue;
            }
            Matcher byline = firstMatch(rules.bylines(), line);
            if (byline != null) {
                authors.addAll(splitAuthors(byline.group("authors")));
                if (hasGroup(byline, "date")) {
                    published = firstNonNull(published, Dates.parse(byline.group("date")));
                }
                titleAllowed = false;
                deckAllowed = false;
                continue;
            }
            Matcher dl = rules.datelines().isEmpty() ? null : rules.datelines().get(0).matcher(line);
            if (dl != null && dl.matches()) {
                dateline = dl.group("place");
                i++;
                break;
            }
            if (isHeadline(line) && (titleAllowed || deckAllowed)) {
                if (titleAllowed) {
                    title = line;
                    titleAllowed = false;
                    deckAllowed = true;
                } else {
                    deck = line;
                    deckAllowed = false;
                }
                continue;
            }
            break;
        }

        List<String> paragraphs = new ArrayList<>();
        boolean titleRepeated = false;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            if (matchesAny(rules.footerStarts(), line)) {
                break;
            }
            if (matchesAny(rules.dropLines(), line)) {
                continue;
            }
            line = dropCaption(line);
            // a title repeated as the text's first line has no dateline ("Pence: Gennifer Flowers Won't ..."); the
            // paragraph after it may
            boolean repeatsTitle = paragraphs.isEmpty() && title != null && lettersOf(line).equals(lettersOf(title));
            if (paragraphs.size() == (titleRepeated ? 1 : 0) && dateline == null && !repeatsTitle) {
                for (Pattern p : rules.datelines()) {
                    Matcher m = p.matcher(line);
                    if (m.find() && m.start() == 0 && m.end() < line.length()) {
                        dateline = m.group("place");
                        if (hasGroup(m, "agency") && m.group("agency") != null) {
                            source = firstNonNull(source, m.group("agency").strip());
                        }
                        line = line.substring(m.end());
                        break;
                    }
                }
            }
            titleRepeated |= repeatsTitle;
            if (!line.isBlank()) {
                paragraphs.add(line);
            }
        }
        if (paragraphs.isEmpty() && deck != null) {
            // a title and one more line with no sentence end: that line is the article, not a deck above it
            paragraphs.add(deck);
        }
        String body = Ids.normaliseText(String.join("\n\n", paragraphs));
        return new Article(Ids.article(body), title, published, source, authors, dateline, known.uri(), body);
    }

    /** The letters and digits of a line, lower case, one space between runs: "Kasich: 'We Go.'" as "kasich we go". */
    static String lettersOf(String line) {
        return line.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Removes a trailing photo caption ("... (AFP)") from a paragraph: the last sentence, where it ends so. */
    private String dropCaption(String paragraph) {
        if (!rules.captionCredit().matcher(paragraph).find()) {
            return paragraph;
        }
        Matcher m = SENTENCE_END.matcher(paragraph);
        int lastStart = 0;
        while (m.find()) {
            lastStart = m.end();
        }
        return paragraph.substring(0, lastStart).strip();
    }

    private ReaderRules.HeaderLine findHeader(String line) {
        for (ReaderRules.HeaderLine h : rules.headerLines()) {
            if (h.pattern().matcher(line).find()) {
                return h;
            }
        }
        return null;
    }

    private static boolean isHeadline(String line) {
        if (line.length() > MAX_HEADLINE || !twoWordsOrMore(line)) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return SENTENCE_ENDS.indexOf(last) < 0;
    }

    /**
     * Whether a line has two words or more: two separated by white space, or two characters of a script written
     * without spaces between words (Chinese, Japanese, Thai...), where one character is often a word.
     */
    private static boolean twoWordsOrMore(String line) {
        return line.split("\\s+").length >= 2 || line.codePoints().filter(PlainTextParser::unspacedScript).limit(2)
                .count() >= 2;
    }

    private static boolean unspacedScript(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI
                || s == Character.UnicodeScript.LAO || s == Character.UnicodeScript.KHMER
                || s == Character.UnicodeScript.MYANMAR || s == Character.UnicodeScript.TIBETAN;
    }

    static List<String> splitAuthors(String authors) {
        return Arrays.stream(authors.split("\\s*(/|,|&|\\band\\b)\\s*")).map(String::strip)
                .filter(a -> !a.isEmpty()).toList();
    }

    private static boolean matchesAny(List<Pattern> patterns, String line) {
        return firstMatch(patterns, line) != null;
    }

    private static Matcher firstMatch(List<Pattern> patterns, String line) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }

    private static boolean hasGroup(Matcher m, String name) {
        try {
            m.start(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }
}
