package io.newsgraph.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The layout of plain-text news (headers, bylines, datelines, footers, captions), loaded from
 * {@code reader-rules.yaml} so that a new source's furniture is a data change, not a code change.
 */
public record ReaderRules(List<HeaderLine> headerLines, Pattern datePrefix, List<Pattern> bylines,
                          List<Pattern> footerStarts, List<Pattern> dropLines, Pattern captionCredit,
                          List<Pattern> datelines) {

    public static final String RESOURCE = "/newsgraph/reader-rules.yaml";

    /** A header line with a date in it; {@code source} is the publication that prints it, or null. */
    public record HeaderLine(Pattern pattern, String source) {
    }

    private record Raw(List<RawHeader> headerLines, String datePrefix, List<String> bylines,
                       List<String> footerStarts, List<String> dropLines, String captionCredit,
                       List<String> datelines) {
    }

    private record RawHeader(String pattern, String source) {
    }

    public static ReaderRules defaults() {
        try (InputStream in = ReaderRules.class.getResourceAsStream(RESOURCE)) {
            return parse(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public static ReaderRules load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read reader rules " + file + ": " + e.getMessage(), e);
        }
    }

    private static ReaderRules parse(InputStream in, String name) throws IOException {
        if (in == null) {
            throw new IOException("missing resource " + name);
        }
        Raw raw = new ObjectMapper(new YAMLFactory()).readValue(in, Raw.class);
        int ci = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return new ReaderRules(
                raw.headerLines().stream().map(h -> new HeaderLine(Pattern.compile(h.pattern(), ci), h.source()))
                        .toList(),
                Pattern.compile(raw.datePrefix()),
                compile(raw.bylines(), 0),
                compile(raw.footerStarts(), ci),
                compile(raw.dropLines(), ci),
                Pattern.compile(raw.captionCredit()),
                compile(raw.datelines(), 0));
    }

    private static List<Pattern> compile(List<String> patterns, int flags) {
        return patterns == null ? List.of() : patterns.stream().map(p -> Pattern.compile(p, flags)).toList();
    }
}
