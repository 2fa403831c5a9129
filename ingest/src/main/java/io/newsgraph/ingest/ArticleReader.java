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
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
    public static final List<String> FORMATS = List.of(".txt", ".csv", ".jsonl", ".ndjson", ".html", ".htm");

    /**
     * Default largest article, in bytes: a text or HTML file, or the text of one CSV or JSON Lines row. At the
     * annotator's ~2,000 tokens a second, 1 MiB (~170,000 words, several books' chapters) takes about a minute and a
     * half of one core; nothing printed as news comes close.
     */
    public static final long DEFAULT_MAX_BYTES = 1024L * 1024;

    /** CSV and JSON Lines files hold many articles: they may be this large, or --max-bytes if that is larger. */
    public static final long MIN_CONTAINER_BYTES = 64L * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final PlainTextParser parser;
    private final long maxBytes;
    private final ObjectMapper json = new ObjectMapper();

    /** @param maxBytes the largest article in bytes (see {@link #DEFAULT_MAX_BYTES}) */
    public ArticleReader(ReaderRules rules, long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the article size limit must be at least 1 byte, not " + maxBytes);
        }
        this.parser = new PlainTextParser(rules);
        this.maxBytes = maxBytes;
    }

    public ArticleReader(long maxBytes) {
        this(ReaderRules.defaults(), maxBytes);
    }

    public ArticleReader() {
        this(ReaderRules.defaults(), DEFAULT_MAX_BYTES);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The files a list of paths stands for, directories walked recursively, in a stable order. */
    public List<Path> expand(List<Path> paths, List<ReadResult.Failed> problems) {
        return expand(paths, problems, new ArrayList<>());
    }

    /**
     * The files a list of paths stands for, directories walked recursively (following symbolic links), in a stable
     * order. What cannot be read is reported in {@code problems} by name: a path that does not exist, a symbolic link
     * that is broken or part of a loop, a subdirectory that cannot be listed (the rest of the walk goes on). A link to
     * a directory that is being walked already (an ancestor) is not followed again and is listed in {@code skipped}.
     */
    public List<Path> expand(List<Path> paths, List<ReadResult.Failed> problems, List<ReadResult.Skipped> skipped) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                problems.add(new ReadResult.Failed(p.toString(), Files.isSymbolicLink(p) ? linkProblem(p)
                        : "no such file or directory"));
            } else if (Files.isDirectory(p)) {
                List<Path> found = new ArrayList<>();
                List<ReadResult.Failed> walkProblems = new ArrayList<>();
                List<ReadResult.Skipped> walkSkipped = new ArrayList<>();
                try {
                    Files.walkFileTree(p, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                            new Walk(found, walkProblems, walkSkipped));
                } catch (IOException | UncheckedIOException e) {
                    walkProblems.add(new ReadResult.Failed(p.toString(), "cannot list directory: " + e.getMessage()));
                }
                if (found.isEmpty() && walkProblems.isEmpty() && walkSkipped.isEmpty()) {
                    walkProblems.add(new ReadResult.Failed(p.toString(),
                            "directory holds no article files (" + String.join(", ", FORMATS) + ")"));
                }
                // in the order of their names, as the files are, whatever order the directory lists them in
                walkProblems.sort(java.util.Comparator.comparing(ReadResult.Failed::origin));
                walkSkipped.sort(java.util.Comparator.comparing(ReadResult.Skipped::origin));
                problems.addAll(walkProblems);
                skipped.addAll(walkSkipped);
                found.sort(null);
                files.addAll(found);
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** A directory walk that reports what it cannot follow or list, by name, and goes on. */
    private static final class Walk extends SimpleFileVisitor<Path> {
        private final List<Path> found;
        private final List<ReadResult.Failed> problems;
        private final List<ReadResult.Skipped> skipped;

        Walk(List<Path> found, List<ReadResult.Failed> problems, List<ReadResult.Skipped> skipped) {
            this.found = found;
            this.problems = problems;
            this.skipped = skipped;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (!isSupported(file)) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isRegularFile()) {
                found.add(file);
            } else if (attrs.isSymbolicLink()) {
                // the walk follows links: a link it could not follow is broken or part of a loop
                problems.add(new ReadResult.Failed(file.toString(), linkProblem(file)));
            } else if (!attrs.isDirectory()) {
                problems.add(new ReadResult.Failed(file.toString(), NOT_REGULAR));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (e instanceof FileSystemLoopException) {
                skipped.add(new ReadResult.Skipped(file.toString(), "symbolic link loop: it leads back to "
                        + realPath(file) + ", a directory this walk is in already; not followed again"));
            } else if (e instanceof java.nio.file.AccessDeniedException) {
                problems.add(new ReadResult.Failed(file.toString(), "cannot list directory: permission denied"));
            } else {
                problems.add(new ReadResult.Failed(file.toString(), "cannot read: " + e));
            }
            return FileVisitResult.CONTINUE;
        }
    }

    private static final String NOT_REGULAR = "not a regular file (a named pipe, socket or device): not read";

    private static String realPath(Path p) {
        try {
            return p.toRealPath().toString();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize().toString();
        }
    }

    /**
     * Why a symbolic link leads to no file: the chain of links it starts, ending where it loops back or at the target
     * that does not exist.
     */
    static String linkProblem(Path link) {
        List<String> chain = new ArrayList<>();
        java.util.Set<Path> seen = new java.util.HashSet<>();
        Path at = link.toAbsolutePath().normalize();
        chain.add(link.getFileName() == null ? link.toString() : link.getFileName().toString());
        for (int hops = 0; hops < 64; hops++) {
            if (!seen.add(at)) {
                return "symbolic link loop (" + String.join(" -> ", chain) + ")";
            }
            Path target;
            try {
                target = Files.readSymbolicLink(at);
            } catch (IOException | UnsupportedOperationException e) {
                return "cannot follow symbolic link: " + e.getMessage();
            }
            chain.add(target.toString());
            Path next = (at.getParent() == null ? target : at.getParent().resolve(target)).normalize();
            if (!Files.isSymbolicLink(next)) {
                return Files.exists(next, LinkOption.NOFOLLOW_LINKS)
                        ? "cannot follow symbolic link (" + String.join(" -> ", chain) + ")"
                        : "broken symbolic link (" + String.join(" -> ", chain) + ": no such file or directory)";
            }
            at = next;
        }
        return "symbolic link loop (more than 64 links: " + String.join(" -> ", chain.subList(0, 4)) + " ...)";
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
            if (Files.isDirectory(file)) {
                return List.of(new ReadResult.Failed(origin, "is a directory"));
            }
            if (!Files.isRegularFile(file)) {
                return List.of(new ReadResult.Failed(origin, Files.exists(file) ? NOT_REGULAR
                        : Files.isSymbolicLink(file) ? linkProblem(file) : "no such file or directory"));
            }
            if (!Files.isReadable(file)) {
                return List.of(new ReadResult.Failed(origin, "cannot read: permission denied"));
            }
            boolean container = name.endsWith(".csv") || name.endsWith(".jsonl") || name.endsWith(".ndjson");
            long limit = container ? Math.max(maxBytes, MIN_CONTAINER_BYTES) : maxBytes;
            long size = Files.size(file);
            if (size > limit) {
                return List.of(new ReadResult.Failed(origin, "file is " + size + " bytes, over the limit of " + limit
                        + (container ? " for a CSV or JSON Lines file" : " (--max-bytes)")));
            }
            Decoded decoded = decode(Files.readAllBytes(file));
            ReadResult.Warning warning = decoded.warning() == null ? null
                    : new ReadResult.Warning(origin, decoded.warning());
            String text = decoded.text();
            List<ReadResult> results;
            if (name.endsWith(".csv")) {
                results = readCsv(origin, text);
            } else if (container) {
                results = readJsonLines(origin, text);
            } else if (name.endsWith(".html") || name.endsWith(".htm") || HtmlText.looksLikeHtml(text)) {
                results = List.of(readHtml(origin, text, file.toUri().toString()));
            } else {
                results = List.of(checked(origin, parser.parse(text, PlainTextParser.Known.none(file.toUri()
                        .toString()))));
            }
            return warning == null ? results : results.stream().map(r -> r instanceof ReadResult.Ok ok
                    ? new ReadResult.Ok(ok.origin(), ok.article(), warning) : r).toList();
        } catch (BadInput e) {
            return List.of(new ReadResult.Failed(origin, e.getMessage()));
        } catch (java.nio.file.AccessDeniedException e) {
            return List.of(new ReadResult.Failed(origin, "cannot read: permission denied"));
        } catch (IOException e) {
            return List.of(new ReadResult.Failed(origin, "cannot read: " + e));
        }
    }

    private ReadResult readHtml(String origin, String html, String uri) {
        HtmlText.Page page = HtmlText.extract(html);
        if (page.text().isBlank()) {
            return new ReadResult.Failed(origin, "HTML page with no paragraph text");
        }
        return checked(origin, parser.parse(page.text(), new PlainTextParser.Known(page.title(),
                Dates.parse(page.published()), page.siteName(), uri)));
    }

    /**
     * Rows with their line numbers. A row with too few or too many fields is reported and the next row read; a
     * quotation mark left open swallows the rest of the file, so the row it opens is reported and reading starts
     * again on the line after it.
     */
    private List<ReadResult> readCsv(String origin, String text) throws BadInput {
        List<ReadResult> out = new ArrayList<>();
        int[] lineStarts = lineStarts(text);
        String[] names = null;
        Map<String, Integer> header = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        int startLine = 1;
        restart:
        while (startLine <= lineStarts.length) {
            int base = lineStarts[startLine - 1];
            CSVFormat format = names == null
                    ? CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    : CSVFormat.DEFAULT.builder().setHeader(names).build();
            CSVParser csv;
            try {
                csv = CSVParser.parse(new StringReader(text.substring(base)), format);
            } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                throw new BadInput("malformed CSV header: " + rootMessage(e));
            }
            try (csv) {
                if (names == null) {
                    names = csv.getHeaderNames().toArray(String[]::new);
                    header.putAll(csv.getHeaderMap());
                    if (!header.containsKey("text")) {
                        throw new BadInput("CSV header has no 'text' column (expected url,date,title,text), found "
                                + csv.getHeaderNames());
                    }
                }
                Iterator<CSVRecord> rows = csv.iterator();
                while (true) {
                    long consumed = csv.getCurrentLineNumber();
                    CSVRecord row;
                    try {
                        if (!rows.hasNext()) {
                            break restart;
                        }
                        row = rows.next();
                    } catch (UncheckedIOException | IllegalStateException e) {
                        int bad = firstNonBlankLine(text, lineStarts, startLine + (int) consumed);
                        out.add(new ReadResult.Failed(origin + ":" + bad, "malformed CSV: " + csvProblem(e)));
                        startLine = bad + 1;
                        continue restart;
                    }
                    String rowOrigin = origin + ":" + lineAt(lineStarts, text, base + row.getCharacterPosition());
                    if (!row.isConsistent()) {
                        out.add(new ReadResult.Failed(rowOrigin, "row has " + row.size() + " fields, the header has "
                                + header.size() + " (" + String.join(",", names) + ")"));
                        continue;
                    }
                    out.add(fromFields(rowOrigin, field(row, header, "url"), field(row, header, "date"),
                            field(row, header, "title"), field(row, header, "text"), origin));
                }
            } catch (IOException | UncheckedIOException e) {
                out.add(new ReadResult.Failed(origin, "malformed CSV: " + rootMessage(e)));
                break;
            }
        }
        return out;
    }

    /** What commons-csv's message means, in the words of someone who wrote the file. */
    private static String csvProblem(Throwable e) {
        String m = rootMessage(e);
        if (m != null && m.contains("EOF reached before encapsulated token finished")) {
            return "a quotation mark opened on this line is never closed (" + m + ")";
        }
        if (m != null && m.contains("invalid char between encapsulated token and delimiter")) {
            return "text after a closing quotation mark, or a quotation mark left open on this line (" + m + ")";
        }
        return m;
    }

    /** Offsets at which each line starts: index 0 is line 1. */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (i + 1 < text.length()) {
                    starts.add(i + 1);
                }
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int firstNonBlankLine(String text, int[] lineStarts, int line) {
        int l = Math.max(1, line);
        while (l < lineStarts.length) {
            int end = lineStarts[l];
            if (!text.substring(lineStarts[l - 1], end).isBlank()) {
                return l;
            }
            l++;
        }
        return Math.min(l, lineStarts.length);
    }

    /** The 1-based line on which a character offset stands (a row starting with a line break: the line after it). */
    private static long lineAt(int[] lineStarts, String text, long offset) {
        while (offset < text.length() && (text.charAt((int) offset) == '\n' || text.charAt((int) offset) == '\r')) {
            offset++;
        }
        int i = java.util.Arrays.binarySearch(lineStarts, (int) Math.min(offset, Integer.MAX_VALUE));
        return i >= 0 ? i + 1 : -i - 1;
    }

    private static String field(CSVRecord row, Map<String, Integer> header, String name) {
        Integer i = header.get(name);
        return i == null || i >= row.size() ? null : row.get(i);
    }

    private List<ReadResult> readJsonLines(String origin, String text) {
        List<ReadResult> out = new ArrayList<>();
        String[] lines = text.split("\r\n|\n|\r", -1);
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
        long bytes = text.length() <= maxBytes / 3 ? text.length() : text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            return new ReadResult.Failed(origin, "article text is " + bytes + " bytes, over the limit of " + maxBytes
                    + " (--max-bytes)");
        }
        LocalDate published = Dates.parse(date);
        String uri = url == null || url.isBlank() ? Path.of(file).toUri() + "#" + origin.substring(file.length() + 1)
                : url.strip();
        ReadResult r = checked(origin, parser.parse(text, new PlainTextParser.Known(title, published, sourceOf(uri),
                uri)));
        if (published == null && date != null && !date.isBlank() && r instanceof ReadResult.Ok ok
                && ok.article().published() == null) {
            String shown = date.strip().length() > 40 ? date.strip().substring(0, 40) + "..." : date.strip();
            return new ReadResult.Ok(origin, ok.article(), new ReadResult.Warning(origin, "date '" + shown
                    + "' is not a date in a known form (2026-02-03, February 3, 2026, 3 February 2026): the article "
                    + "is undated"));
        }
        return r;
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
        if (article.text().codePoints().noneMatch(Character::isLetter)) {
            return new ReadResult.Skipped(origin, "no article text: no words, only numbers and punctuation");
        }
        return new ReadResult.Ok(origin, article);
    }

    /** A file's text, with a warning when it was not UTF-8 and had to be read in another encoding. */
    record Decoded(String text, String warning) {
    }

    /**
     * Strict UTF-8 (a byte-order mark is dropped), or UTF-16 or UTF-32 where the file starts with their byte-order
     * mark ({@link #decodeWide}). Bytes that are not UTF-8 but are all defined in windows-1252 (a
     * superset of Latin-1's printable characters, with the smart quotes of Word documents) are read as windows-1252
     * with a warning; anything else fails with the offset of the first bad byte. Binary content (a NUL byte, or
     * control characters no text has) is refused rather than analysed as text.
     */
    static Decoded decode(byte[] bytes) throws BadInput {
        if (bytes.length == 0) {
            throw new BadInput("empty file");
        }
        Unicode wide = Unicode.marked(bytes);
        if (wide != null) {
            return decodeWide(bytes, wide);
        }
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new BadInput("binary file (NUL byte at offset " + i + ")");
            }
            if (i < 65536 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B
                    && b != 0x1A) {
                throw new BadInput(String.format("binary file (control byte 0x%02X at offset %d)", b, i));
            }
        }
        String s;
        String warning = null;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = offsetOf(bytes, StandardCharsets.UTF_8);
            try {
                s = WINDOWS_1252.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                warning = String.format("not UTF-8 (byte 0x%02X at offset %d), read as windows-1252 (Latin-1)",
                        bytes[bad] & 0xFF, bad);
            } catch (CharacterCodingException e2) {
                int gap = offsetOf(bytes, WINDOWS_1252);
                throw new BadInput(String.format("invalid UTF-8 (malformed input at byte %d) and not windows-1252 "
                        + "either (byte 0x%02X at offset %d is undefined there)", bad, bytes[gap] & 0xFF, gap));
            }
        }
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        if (s.isBlank()) {
            throw new BadInput("file holds only white space");
        }
        return new Decoded(s, warning);
    }

    /** The encodings of Unicode other than UTF-8 that a byte-order mark names for certain. */
    enum Unicode {
        // UTF-32LE's mark begins with UTF-16LE's: the longer marks are tried first
        UTF_32LE("UTF-32LE", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}),
        UTF_32BE("UTF-32BE", new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}),
        UTF_16LE("UTF-16LE", new byte[] {(byte) 0xFF, (byte) 0xFE}),
        UTF_16BE("UTF-16BE", new byte[] {(byte) 0xFE, (byte) 0xFF});

        final String label;
        final byte[] mark;

        Unicode(String label, byte[] mark) {
            this.label = label;
            this.mark = mark;
        }

        static Unicode marked(byte[] bytes) {
            for (Unicode u : values()) {
                if (bytes.length >= u.mark.length
                        && java.util.Arrays.equals(bytes, 0, u.mark.length, u.mark, 0, u.mark.length)) {
                    return u;
                }
            }
            return null;
        }

        String markHex() {
            StringBuilder out = new StringBuilder();
            for (byte b : mark) {
                out.append(out.isEmpty() ? "" : " ").append(String.format("%02X", b & 0xFF));
            }
            return out.toString();
        }
    }

    /**
     * A file that starts with the byte-order mark of UTF-16 or UTF-32 (as Windows Notepad and Excel save "Unicode"
     * text) is decoded as that, strictly; the mark is dropped. Its NUL bytes are half of every Latin character, so
     * the test for binary content is made on the characters instead: a NUL or a control character no text has.
     */
    private static Decoded decodeWide(byte[] bytes, Unicode encoding) throws BadInput {
        Charset charset = Charset.forName(encoding.label);
        String s;
        try {
            s = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, encoding.mark.length, bytes.length - encoding.mark.length))
                    .toString();
        } catch (CharacterCodingException e) {
            int bad = encoding.mark.length + offsetOf(java.util.Arrays.copyOfRange(bytes, encoding.mark.length,
                    bytes.length), charset);
            throw new BadInput(String.format("invalid %s (byte-order mark %s): malformed input at byte %d",
                    encoding.label, encoding.markHex(), bad));
        }
        int unit = encoding.label.startsWith("UTF-32") ? 4 : 2;
        for (int i = 0, units = 0; i < s.length(); i++, units++) {
            char c = s.charAt(i);
            int at = encoding.mark.length + units * unit;
            if (c == 0) {
                throw new BadInput(String.format("binary file (%s: NUL character at byte %d)", encoding.label, at));
            }
            if (units < 65536 && c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B
                    && c != 0x1A) {
                throw new BadInput(String.format("binary file (%s: control character U+%04X at byte %d)",
                        encoding.label, (int) c, at));
            }
            if (unit == 4 && Character.isHighSurrogate(c)) {
                i++; // one UTF-32 unit, two chars
            }
        }
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        if (s.isBlank()) {
            throw new BadInput("file holds only white space");
        }
        return new Decoded(s, null);
    }

    /** Where a decoder first stops on these bytes. */
    private static int offsetOf(byte[] bytes, Charset charset) {
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
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
