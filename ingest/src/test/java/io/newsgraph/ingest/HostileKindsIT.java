package io.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Record;

/**
 * Each kind of hostile input (hostile/README.md), in a batch with one good article, through the whole ingest (the
 * real CoreNLP pipeline, a real in-process Neo4j): the report says what became of the hostile input, line by line as
 * the user sees it, and the good article's part of the graph is exactly what an ingest of it alone gives.
 */
class HostileKindsIT extends EmptiedGraph {

    static final Path FIXTURES = HostileInputTests.HOSTILE;
    static final String GOOD = "good-article.txt";
    static final String LIMIT = "over the limit of 1048576 (--max-bytes)";

    /** The good article's subgraph after an ingest of it alone into an empty graph. */
    static List<String> reference;
    static String goodId;

    /** Writes a kind's input into the batch directory; returns the paths to ingest (the batch directory and others). */
    interface Setup {
        List<Path> make(Path batch) throws IOException;
    }

    /** What else a kind's ingest must show in the graph. */
    interface GraphCheck {
        void check(Path batch);
    }

    /**
     * One kind: its input, the report lines it must give (exactly, with the batch directory shown as {@code BATCH};
     * a line starting {@code ~} is a regular expression), and the articles written, the good one included.
     */
    record Kind(String name, long maxBytes, Setup setup, List<String> lines, int written, GraphCheck graphCheck) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Kind kind(String name, Setup setup, int written, String... lines) {
        return new Kind(name, ArticleReader.DEFAULT_MAX_BYTES, setup, List.of(lines), written, b -> { });
    }

    static Kind kind(String name, Setup setup, int written, GraphCheck check, String... lines) {
        return new Kind(name, ArticleReader.DEFAULT_MAX_BYTES, setup, List.of(lines), written, check);
    }

    static Setup fixture(String... names) {
        return batch -> {
            for (String n : names) {
                copy(FIXTURES.resolve(n), batch.resolve(n));
            }
            return List.of(batch);
        };
    }

    static Setup file(String name, String text) {
        return batch -> {
            Files.writeString(batch.resolve(name), text);
            return List.of(batch);
        };
    }

    static Setup bytes(String name, byte[] content) {
        return batch -> {
            Files.write(batch.resolve(name), content);
            return List.of(batch);
        };
    }

    static void copy(Path from, Path to) throws IOException {
        if (Files.isDirectory(from)) {
            Files.createDirectories(to);
            try (Stream<Path> list = Files.list(from)) {
                for (Path p : list.toList()) {
                    copy(p, to.resolve(p.getFileName().toString()));
                }
            }
        } else {
            Files.copy(from, to);
        }
    }

    static Stream<Kind> kinds() {
        String noArticles = "directory holds no article files (.txt, .csv, .jsonl, .ndjson, .html, .htm)";
        return Stream.of(
                // today's fixtures
                kind("empty file", fixture("empty.txt"), 1, "FAILED BATCH/empty.txt: empty file"),
                kind("white space only", fixture("whitespace.txt"), 1,
                        "FAILED BATCH/whitespace.txt: file holds only white space"),
                kind("NUL bytes", fixture("nul-bytes.txt"), 1,
                        "FAILED BATCH/nul-bytes.txt: binary file (NUL byte at offset 7)"),
                kind("PNG image named .txt", bytes("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n',
                        0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}), 1,
                        "FAILED BATCH/photo.txt: binary file (NUL byte at offset 8)"),
                kind("neither UTF-8 nor windows-1252", fixture("invalid-utf8.txt"), 1,
                        "FAILED BATCH/invalid-utf8.txt: invalid UTF-8 (malformed input at byte 32) and not "
                                + "windows-1252 either (byte 0x81 at offset 46 is undefined there)"),
                kind("Latin-1", fixture("latin1.txt"), 2, "warning BATCH/latin1.txt: not UTF-8 (byte 0xE9 at "
                        + "offset 3), read as windows-1252 (Latin-1)"),
                kind("windows-1252", fixture("windows-1252.txt"), 2, "~warning BATCH/windows-1252\\.txt: not UTF-8 "
                        + "\\(byte 0x93 at offset \\d+\\), read as windows-1252 \\(Latin-1\\)"),
                kind("UTF-8 byte-order mark", fixture("bom.txt"), 2),
                kind("CRLF and CR line endings", fixture("crlf.txt", "cr.txt"), 3),
                kind("HTML page", fixture("page.html"), 2),
                kind("CSV with bad rows and an unbalanced quote", fixture("bad-rows.csv"), 3,
                        "FAILED BATCH/bad-rows.csv:3: row has 3 fields, the header has 4 (url,date,title,text)",
                        "FAILED BATCH/bad-rows.csv:4: row has 5 fields, the header has 4 (url,date,title,text)",
                        "~FAILED BATCH/bad-rows\\.csv:5: malformed CSV: a quotation mark opened on this line is never "
                                + "closed \\(.*\\)"),
                kind("CSV whose last row opens a quote", file("open-quote.csv", "url,date,title,text\n"
                        + "https://example.org/tarbela,2026-02-01,Dam inspected in Tarbela,Engineers inspected the "
                        + "dam at Tarbela on Sunday.\nhttps://example.org/2,2026-02-02,\"Unclosed,The text goes on\n"
                        + "and on to the end of the file.\n"), 2,
                        "FAILED BATCH/open-quote.csv:3: malformed CSV: a quotation mark opened on this line is "
                                + "never closed ((startline 3) EOF reached before encapsulated token finished)",
                        // reading starts again on the line after the one that opened the quote
                        "FAILED BATCH/open-quote.csv:4: row has 1 fields, the header has 4 (url,date,title,text)"),
                kind("JSON Lines with a broken line", fixture("broken.jsonl"), 3,
                        "~FAILED BATCH/broken\\.jsonl:2: malformed JSON: .*"),
                kind("the same article twice", fixture("duplicate-a.txt", "duplicate-b.txt"), 2,
                        "duplicate BATCH/duplicate-b.txt: duplicate of BATCH/duplicate-a.txt (the same text): "
                                + "written once"),
                kind("directory with no article files", batch -> {
                    copy(FIXTURES.resolve("no-articles"), batch.resolve("no-articles"));
                    return List.of(batch.resolve(GOOD), batch.resolve("no-articles"));
                }, 1, "FAILED BATCH/no-articles: " + noArticles),
                kind("path that does not exist", batch -> List.of(batch, batch.resolve("nowhere.txt")), 1,
                        "FAILED BATCH/nowhere.txt: no such file or directory"),
                // generated kinds
                kind("UTF-16LE with byte-order mark", bytes("utf16le.txt", HostileKinds.utf16(HostileKinds.FLOODS,
                        true)), 2, titled("Floods reach Sukkur")),
                kind("UTF-16BE with byte-order mark", bytes("utf16be.txt", HostileKinds.utf16(HostileKinds.FLOODS,
                        false)), 2, titled("Floods reach Sukkur")),
                kind("30 MB file", batch -> {
                    Files.write(batch.resolve("huge.txt"), HostileInputTests.generatedArticle(30 * 1024 * 1024)
                            .getBytes(StandardCharsets.US_ASCII));
                    return List.of(batch);
                }, 1, "~FAILED BATCH/huge\\.txt: file is 314\\d{5} bytes, " + LIMIT.replace("(", "\\(")
                        .replace(")", "\\)")),
                kind("3 MB line with no sentence end", file("run-on.txt", HostileKinds.runOnLine(3 * 1024 * 1024)),
                        1, "FAILED BATCH/run-on.txt: file is 3145728 bytes, " + LIMIT),
                new Kind("100,000 nested <div> (read with --max-bytes 2M)", 2L * 1024 * 1024,
                        file("nested.html", HostileKinds.nestedHtml(100_000)), List.of(), 2,
                        titled("Ferry service resumes in Keti Bandar")),
                kind("100,000 nested <div> (default limit)", file("nested.html", HostileKinds.nestedHtml(100_000)),
                        1, "FAILED BATCH/nested.html: file is " + HostileKinds.nestedHtml(100_000).length() + " bytes, " + LIMIT),
                kind("JSON Lines line of 10 MB", file("long.jsonl", HostileKinds.jsonlWithLongLine(10 * 1024 * 1024)),
                        2, "FAILED BATCH/long.jsonl:1: article text is 10485760 bytes, " + LIMIT),
                kind("directory symlink to its own ancestor", batch -> {
                    Path sub = Files.createDirectories(batch.resolve("sub"));
                    copy(FIXTURES.resolve("bom.txt"), sub.resolve("bom.txt"));
                    Files.createSymbolicLink(sub.resolve("up"), Path.of(".."));
                    return List.of(batch);
                }, 2, "skipped BATCH/sub/up: symbolic link loop: it leads back to BATCH, a directory this walk is "
                        + "in already; not followed again"),
                kind("two symlinks pointing at each other", batch -> {
                    Files.createSymbolicLink(batch.resolve("a.txt"), Path.of("b.txt"));
                    Files.createSymbolicLink(batch.resolve("b.txt"), Path.of("a.txt"));
                    return List.of(batch, batch.resolve("a.txt"));
                }, 1, "FAILED BATCH/a.txt: symbolic link loop (a.txt -> b.txt -> a.txt)",
                        "FAILED BATCH/b.txt: symbolic link loop (b.txt -> a.txt -> b.txt)",
                        "FAILED BATCH/a.txt: symbolic link loop (a.txt -> b.txt -> a.txt)"),
                kind("directory named x.txt", batch -> {
                    Path dir = Files.createDirectories(batch.resolve("x.txt"));
                    copy(FIXTURES.resolve("bom.txt"), dir.resolve("inside.txt"));
                    Files.createDirectories(batch.resolve("empty.txt"));
                    return List.of(batch, batch.resolve("empty.txt"));
                }, 2, titled("Floods reach Sukkur"), "FAILED BATCH/empty.txt: " + noArticles),
                kind("file names with spaces and newlines", batch -> {
                    copy(FIXTURES.resolve("bom.txt"), batch.resolve("with  spaces .txt"));
                    copy(FIXTURES.resolve("crlf.txt"), batch.resolve("new\nline.txt"));
                    Files.write(batch.resolve("empty\nname\r.txt"), new byte[0]);
                    return List.of(batch);
                }, 3, b -> assertEquals(1, count("MATCH (a:Article) WHERE a.uri ENDS WITH '/new%0Aline.txt' "
                        + "RETURN count(a)")), "FAILED BATCH/empty\\nname\\r.txt: empty file"),
                kind("Urdu", file("urdu.txt", HostileKinds.URDU), 2, titled(HostileKinds.URDU_TITLE)),
                kind("Chinese", file("chinese.txt", HostileKinds.CHINESE), 2, titled(HostileKinds.CHINESE_TITLE)),
                kind("only numbers", file("numbers.txt", HostileKinds.NUMBERS), 1,
                        "skipped BATCH/numbers.txt: no article text: no words, only numbers and punctuation"),
                kind("dates in year 9999 and 0001 in the text", batch -> {
                    Files.writeString(batch.resolve("dates-9999.txt"), HostileKinds.DATES_9999);
                    Files.writeString(batch.resolve("dates-0001.txt"), HostileKinds.DATES_0001);
                    return List.of(batch);
                }, 3, b -> {
                    titled("Court hearing set in Hyderabad").check(b);
                    titled("Archive opens in Multan").check(b);
                    try (var s = graph.driver.session()) {
                        List<String> events = s.run("MATCH (e:Event) WHERE NOT e.id CONTAINS 'chitral' "
                                + "RETURN e.id + ' ' + coalesce(e.date, '-') AS x ORDER BY x")
                                .list(r -> r.get("x").asString());
                        assertEquals(3, events.size(), events.toString());
                        assertEquals("event:meeting:0001-01-01:multan 0001-01-01", events.get(0));
                        assertEquals("event:meeting:9999-12-31:karachi 9999-12-31", events.get(1));
                        // SUTime knows no year past 2999: "December 31, 9999" is December 31 of no year
                        assertTrue(events.get(2).matches("event:protest:undated:hyderabad:\\w+ -"), events.get(2));
                    }
                }),
                kind("dates in year 9999 and 0001 in CSV and JSON Lines date fields", batch -> {
                    Files.writeString(batch.resolve("dates.csv"), "url,date,title,text\n"
                            + "https://example.org/far,9999-12-31,Clinic opens in Jhelum,\"A clinic opened in Jhelum on "
                            + "Monday, officials said.\"\n"
                            + "https://example.org/early,0001-01-01,Well dug in Mardan,\"Villagers dug a well in Mardan "
                            + "on Sunday, officials said.\"\n"
                            + "https://example.org/beyond,10000-01-01,School opens in Swabi,\"A school opened in Swabi "
                            + "on Monday, officials said.\"\n");
                    Files.writeString(batch.resolve("dates.jsonl"), "{\"url\": \"https://example.org/j1\", \"date\": "
                            + "\"9999-12-31T23:59:59Z\", \"title\": \"Road opens in Kasur\", \"text\": \"A road opened "
                            + "in Kasur on Friday, officials said.\"}\n{\"url\": \"https://example.org/j2\", \"date\": "
                            + "\"0001-01-01\", \"title\": \"Bridge opens in Okara\", \"text\": \"A bridge opened in "
                            + "Okara on Friday, officials said.\"}\n");
                    return List.of(batch);
                }, 6, b -> {
                    assertEquals(1, count("MATCH (a:Article {title: 'School opens in Swabi'}) WHERE a.published IS NULL "
                            + "RETURN count(a)"), "written undated");
                    try (var s = graph.driver.session()) {
                        assertEquals(List.of("Bridge opens in Okara 0001-01-01", "Clinic opens in Jhelum 9999-12-31",
                                "Road opens in Kasur 9999-12-31", "Well dug in Mardan 0001-01-01"), s.run(
                                "MATCH (a:Article) WHERE a.published IS NOT NULL AND a.published.year IN [1, 9999] "
                                        + "RETURN a.title + ' ' + toString(a.published) AS t ORDER BY t")
                                .list(r -> r.get("t").asString()), "the dates are kept as Neo4j dates");
                    }
                }, "warning BATCH/dates.csv:4: date '10000-01-01' is not a date in a known form (2026-02-03, "
                        + "February 3, 2026, 3 February 2026): the article is undated"),
                kind("text full of Cypher", file("cypher.txt", HostileKinds.cypherArticle()), 2, b -> {
                    assertEquals(1, count("MATCH (a:Article) WHERE a.text CONTAINS 'MATCH (m) DETACH DELETE m' "
                            + "RETURN count(a)"));
                    assertEquals(0, count("MATCH (n:Pwned) RETURN count(n)"));
                }),
                kind("5,000 capitalised names in one article", file("names.txt", HostileKinds.names(5000)), 2, b -> {
                    long people = count("MATCH (:Article {title: 'Delegates meet in Sialkot'})-[:MENTIONS]->(p:Person) "
                            + "RETURN count(p)");
                    assertTrue(people > 1000, "the people are mentioned: " + people);
                }));
    }

    static GraphCheck titled(String title) {
        return b -> assertEquals(1, count("MATCH (a:Article {title: $t}) RETURN count(a)", Map.of("t", title)),
                "written: " + title);
    }

    static long count(String cypher) {
        return count(cypher, Map.of());
    }

    static long count(String cypher, Map<String, Object> params) {
        try (var session = graph.driver.session()) {
            return session.run(cypher, params).single().get(0).asLong();
        }
    }

    @BeforeAll
    static void referenceOfTheGoodArticleAlone(@TempDir Path dir) throws IOException {
        graph.clear();
        Path alone = Files.createDirectories(dir.resolve("alone"));
        Files.copy(FIXTURES.resolve(GOOD), alone.resolve(GOOD));
        IngestReport r = graph.pipeline().ingest(List.of(alone), IngestPipeline.Listener.NONE);
        assertEquals(1, r.written(), r.toString());
        goodId = new ArticleReader().read(alone.resolve(GOOD)).get(0) instanceof ReadResult.Ok ok
                ? ok.article().id() : null;
        reference = subgraph(goodId);
        assertTrue(reference.stream().anyMatch(l -> l.contains(":MENTIONS") && l.contains("-> person:")),
                "the good article mentions people: " + reference);
        assertTrue(reference.stream().anyMatch(l -> l.contains("Statement")), "and has statements: " + reference);
        graph.clear();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void theHostileInputIsReportedOrReadAndTheGoodArticleIsComplete(Kind kind, @TempDir Path dir) throws IOException {
        Path batch = Files.createDirectories(dir.toRealPath().resolve("batch"));
        Files.copy(FIXTURES.resolve(GOOD), batch.resolve(GOOD));
        List<Path> paths = kind.setup().make(batch);

        long t0 = System.nanoTime();
        IngestReport report = graph.pipeline(new ArticleReader(kind.maxBytes())).ingest(paths,
                IngestPipeline.Listener.NONE);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("kind %-60s %6.1f s%n", kind.name(), seconds);

        List<String> lines = lines(report, batch);
        for (String line : lines) {
            assertFalse(line.contains("\n") || line.contains("\r"), "one line per input: " + line);
        }
        assertEquals(kind.lines().size(), lines.size(), "report lines: " + lines);
        for (int i = 0; i < lines.size(); i++) {
            String want = kind.lines().get(i);
            String got = lines.get(i);
            assertTrue(want.startsWith("~") ? got.matches(want.substring(1)) : got.equals(want),
                    "line " + i + ": expected\n  " + want + "\nbut was\n  " + got + "\nall lines: " + lines);
        }
        assertEquals(kind.written(), report.written(), "articles written: " + report);
        kind.graphCheck().check(batch);
        assertEquals(reference, subgraph(goodId), "the good article's part of the graph is as when ingested alone");
        // a liveness bound, not a speed target
        assertTrue(seconds < 300, "took " + seconds + " s");
    }

    /** The report as the user reads it (kg prints these lines), the batch directory shown as BATCH. */
    static List<String> lines(IngestReport r, Path batch) {
        List<String> out = new ArrayList<>();
        r.failed().forEach(f -> out.add("FAILED " + f));
        r.skipped().forEach(s -> out.add("skipped " + s));
        r.duplicates().forEach(d -> out.add("duplicate " + d));
        r.warnings().forEach(w -> out.add("warning " + w));
        return out.stream().map(l -> l.replace(batch.toString(), "BATCH")).toList();
    }

    /**
     * The article's part of the graph, as sorted lines: the Article node's properties (its uri by file name only);
     * every node next to it with its labels and properties; every relationship of the article and of its statements,
     * claims and events, and every relationship between two nodes next to it, each with its properties.
     */
    static List<String> subgraph(String articleId) {
        List<String> out = new ArrayList<>();
        try (var session = graph.driver.session()) {
            Record a = session.run("MATCH (a:Article {id: $id}) RETURN properties(a) AS p", Map.of("id", articleId))
                    .single();
            Map<String, Object> props = new TreeMap<>(a.get("p").asMap());
            props.computeIfPresent("uri", (k, v) -> v.toString().replaceFirst("^.*/", ".../"));
            out.add("article " + props);
            for (Record r : session.run("""
                    MATCH (a:Article {id: $id})--(n)
                    RETURN DISTINCT labels(n) AS l, properties(n) AS p""", Map.of("id", articleId)).list()) {
                out.add("node " + r.get("l").asList() + " " + new TreeMap<>(r.get("p").asMap()));
            }
            for (Record r : session.run("""
                    MATCH (a:Article {id: $id})
                    OPTIONAL MATCH (a)--(n)
                    WITH a, collect(DISTINCT n) + [a] AS near
                    UNWIND near AS x
                    MATCH (x)-[r]-(y)
                    WHERE x = a OR x:Statement OR x:Claim OR x:Event OR y IN near
                    WITH DISTINCT r
                    RETURN startNode(r).id AS s, type(r) AS t, properties(r) AS p, endNode(r).id AS e""",
                    Map.of("id", articleId)).list()) {
                out.add("rel " + r.get("s").asString() + " -[:" + r.get("t").asString() + " "
                        + new TreeMap<>(r.get("p").asMap()) + "]-> " + r.get("e").asString());
            }
        }
        out.sort(null);
        return out;
    }
}
