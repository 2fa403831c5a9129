package io.newsgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.model.Article;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads articles from files and directories: plain text ({@code .txt}), CSV and JSON Lines with
 * {@code url,date,title,text} fields. A file that cannot be read gives a {@link ReadResult.Failed} naming the file (and
 * line) and the reason; the other files are still read.
 */
public final class ArticleReader {

    /** File endings read when a directory is walked; other files there are passed over. */
    public static final List<String> FORMATS = List.of(".txt", ".csv", ".jsonl", ".ndjson");

    private final PlainTextParser parser;
    private final long maxFileBytes;
    private final ObjectMapper json = new ObjectMapper();

    public ArticleReader(ReaderRules rules, long maxFileBytes) {
        this.parser = new PlainTextParser(rules);
        this.maxFileBytes = maxFileBytes;
    }

    public ArticleReader() {
        this(ReaderRules.defaults(), 64L * 1024 * 1024);
    }

    /** The files a list of paths stands for, directories walked recursively, in a stable order. */
    public List<Path> expand(List<Path> paths, List<ReadResult.Failed> problems) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                problems.add(new ReadResult.Failed(p.toString(), "no such file or directory"));
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    List<Path> found = walk.filter(Files::isRegularFile).filter(ArticleReader::isSupported)
                            .sorted().toList();
                    if (found.isEmpty()) {
                        problems.add(new ReadResult.Failed(p.toString(),
                                "directory holds no article files (" + String.join(", ", FORMATS) + ")"));
                    }
                    files.addAll(found);
                } catch (IOException | UncheckedIOException e) {
                    problems.add(new ReadResult.Failed(p.toString(), "cannot list directory: " + e.getMessage()));
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    public static boolean isSupported(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return FORMATS.stream().anyMatch(name::endsWith);
    }

    /** Every article in one file, or the reasons it (or some of its rows) could not be read. */
    public List<ReadResult> read(Path file) {
        String origin = file.toString();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (!isSupported(file)) {
                return List.of(new ReadResult.Failed(origin,
                        "unsupported format (expected " + String.join(", ", FORMATS) + ")"));
            }
            long size = Files.size(file);
            if (size > maxFileBytes) {
                return List.of(new ReadResult.Failed(origin,
                        "file is " + size + " bytes, over the limit of " + maxFileBytes));
            }
            String text = decode(Files.readAllBytes(file));
            if (name.endsWith(".csv")) {
                return readCsv(origin, text);
            }
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                return readJsonLines(origin, text);
            }
            return List.of(checked(origin, parser.parse(text, PlainTextParser.Known.none(file.toUri().toString()))));
        } catch (BadInput e) {
            return List.of(new ReadResult.Failed(origin, e.getMessage()));
        } catch (IOException e) {
            return List.of(new ReadResult.Failed(origin, "cannot read: " + e));
        }
    }

    private List<ReadResult> readCsv(String origin, String text) throws BadInput {
        List<ReadResult> out = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (CSVParser csv = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> header = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            header.putAll(csv.getHeaderMap());
            if (!header.containsKey("text")) {
                throw new BadInput("CSV header has no 'text' column (expected url,date,title,text), found "
                        + csv.getHeaderNames());
            }
            for (CSVRecord row : csv) {
                String rowOrigin = origin + ":" + lineAt(text, row.getCharacterPosition());
                if (!row.isConsistent()) {
                    out.add(new ReadResult.Failed(rowOrigin, "row has " + row.size() + " fields, the header has "
                            + header.size()));
                    continue;
                }
                out.add(fromFields(rowOrigin, field(row, header, "url"), field(row, header, "date"),
                        field(row, header, "title"), field(row, header, "text"), origin));
            }
        } catch (IOException | UncheckedIOException e) {
            out.add(new ReadResult.Failed(origin, "malformed CSV: " + rootMessage(e)));
        }
        return out;
    }

    /** The 1-based line on which a character offset stands. */
    private static long lineAt(String text, long offset) {
        while (offset < text.length() && (text.charAt((int) offset) == '\n' || text.charAt((int) offset) == '\r')) {
            offset++;
        }
        long line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String field(CSVRecord row, Map<String, Integer> header, String name) {
        Integer i = header.get(name);
        return i == null || i >= row.size() ? null : row.get(i);
    }

    private List<ReadResult> readJsonLines(String origin, String text) {
        List<ReadResult> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String lineOrigin = origin + ":" + (i + 1);
            try {
                JsonNode node = json.readTree(line);
                if (!node.isObject()) {
                    out.add(new ReadResult.Failed(lineOrigin, "line is not a JSON object"));
                    continue;
                }
                out.add(fromFields(lineOrigin, textOf(node, "url"), textOf(node, "date"), textOf(node, "title"),
                        textOf(node, "text"), origin));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                out.add(new ReadResult.Failed(lineOrigin, "malformed JSON: " + e.getOriginalMessage()));
            }
        }
        return out;
    }

    private static String textOf(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private ReadResult fromFields(String origin, String url, String date, String title, String text,
                                  String file) {
        if (text == null || text.isBlank()) {
            return new ReadResult.Failed(origin, "no text");
        }
        LocalDate published = Dates.parse(date);
        String uri = url == null || url.isBlank() ? Path.of(file).toUri() + "#" + origin.substring(file.length() + 1)
                : url.strip();
        return checked(origin, parser.parse(text, new PlainTextParser.Known(title, published, sourceOf(uri), uri)));
    }

    /** The publication behind a URL: its host without "www.". */
    private static String sourceOf(String uri) {
        try {
            String host = URI.create(uri).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ReadResult checked(String origin, Article article) {
        if (article.text().isBlank()) {
            return new ReadResult.Skipped(origin, "no article text, only page furniture (a date line, a byline...)");
        }
        return new ReadResult.Ok(origin, article);
    }

    /** Strict UTF-8 (a byte-order mark is dropped); binary content is refused rather than analysed as text. */
    static String decode(byte[] bytes) throws BadInput {
        if (bytes.length == 0) {
            throw new BadInput("empty file");
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new BadInput("binary file (NUL byte at offset " + i + ")");
            }
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (s.startsWith("\uFEFF")) {
                s = s.substring(1);
            }
            if (s.isBlank()) {
                throw new BadInput("file holds only white space");
            }
            return s;
        } catch (MalformedInputException e) {
            throw new BadInput("invalid UTF-8 (malformed input at byte " + offsetOf(bytes) + ")");
        } catch (CharacterCodingException e) {
            throw new BadInput("invalid UTF-8: " + e.getMessage());
        }
    }

    private static int offsetOf(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /** A file whose bytes cannot be taken as article text. */
    static final class BadInput extends Exception {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }
    }
}
