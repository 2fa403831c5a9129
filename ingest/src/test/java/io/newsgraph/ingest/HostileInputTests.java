package io.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Article;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader on the hostile fixtures (src/test/resources/hostile, see its README) and on generated large inputs. */
class HostileInputTests {

    static final Path HOSTILE = Path.of("src", "test", "resources", "hostile");

    final ArticleReader reader = new ArticleReader();

    List<ReadResult> read(String name) {
        return reader.read(HOSTILE.resolve(name));
    }

    ReadResult.Failed failed(String name) {
        List<ReadResult> r = read(name);
        assertEquals(1, r.size(), r.toString());
        ReadResult.Failed f = assertInstanceOf(ReadResult.Failed.class, r.get(0), r.toString());
        assertTrue(f.origin().endsWith(name), "the failure names the file: " + f);
        return f;
    }

    ReadResult.Ok ok(String name) {
        List<ReadResult> r = read(name);
        assertEquals(1, r.size(), r.toString());
        return assertInstanceOf(ReadResult.Ok.class, r.get(0), r.toString());
    }

    @Test
    void emptyWhiteSpaceAndBinaryFilesFailWithTheReason() {
        assertEquals("empty file", failed("empty.txt").reason());
        assertEquals("file holds only white space", failed("whitespace.txt").reason());
        assertEquals("binary file (NUL byte at offset 7)", failed("nul-bytes.txt").reason());
    }

    @Test
    void anImageFailsAsBinaryWhateverItsName(@TempDir Path dir) throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xFF8800);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        Files.write(dir.resolve("photo.txt"), png.toByteArray());
        ReadResult.Failed f = assertInstanceOf(ReadResult.Failed.class, reader.read(dir.resolve("photo.txt")).get(0));
        assertTrue(f.reason().startsWith("binary file ("), f.reason());

        Files.write(dir.resolve("photo.png"), png.toByteArray());
        assertTrue(reader.read(dir.resolve("photo.png")).get(0).toString().contains("unsupported format"));
    }

    @Test
    void bytesThatAreNeitherUtf8NorWindows1252FailWithTheirOffsets() {
        String reason = failed("invalid-utf8.txt").reason();
        assertEquals("invalid UTF-8 (malformed input at byte 32) and not windows-1252 either (byte 0x81 at offset "
                + "46 is undefined there)", reason);
    }

    @Test
    void latin1AndWindows1252AreReadWithAWarningNamingTheFile() {
        ReadResult.Ok latin1 = ok("latin1.txt");
        assertEquals("Jos\u00e9 Mar\u00eda G\u00f3mez visits Quetta", latin1.article().title());
        assertTrue(latin1.article().text().contains("M\u00fcller and Fran\u00e7ois Dupont"), latin1.article().text());
        assertNotNull(latin1.warning(), "a guessed encoding is reported");
        assertTrue(latin1.warning().toString().matches(".*latin1\\.txt: not UTF-8 \\(byte 0xE9 at offset 3\\), "
                + "read as windows-1252.*"), latin1.warning().toString());

        ReadResult.Ok cp1252 = ok("windows-1252.txt");
        assertEquals("\u201CWe want peace,\u201D said Ren\u00e9e Fran\u00e7ois, the envoy\u2019s spokesperson, in "
                + "Islamabad on Tuesday \u2013 a day after the talks.", cp1252.article().text());
        assertTrue(cp1252.warning().toString().contains("windows-1252.txt: not UTF-8"));

        assertNull(ok("bom.txt").warning(), "UTF-8 is read without a warning");
    }

    @Test
    void byteOrderMarkAndEveryLineEndingGiveTheSameArticleAsPlainLf() {
        Article bom = ok("bom.txt").article();
        assertEquals("Floods reach Sukkur", bom.title());
        assertEquals("Floods reached Sukkur in Sindh on Friday, officials said.", bom.text());

        Article crlf = ok("crlf.txt").article();
        assertEquals("Traders strike in Karachi", crlf.title());
        assertFalse(crlf.text().contains("\r"));
        assertTrue(crlf.text().startsWith("Traders in Karachi closed their shops"));

        Article cr = ok("cr.txt").article();
        assertEquals("Rain delays match in Lahore", cr.title());
        assertEquals("Rain delayed the cricket match in Lahore on Sunday, the Pakistan Cricket Board said.",
                cr.text());
    }

    @Test
    void anHtmlPageGivesItsHeadlineDateAndParagraphsAndNothingOfItsScriptsOrMenus() {
        Article a = ok("page.html").article();
        assertEquals("Bridge opens in Gilgit", a.title());
        assertEquals(LocalDate.of(2026, 2, 5), a.published());
        assertEquals("Example News", a.source());
        assertEquals("""
                A new bridge over the Gilgit River opened on Wednesday, the \u201Clifeline\u201D of the valley, \
                officials said.

                Chief Minister Gulbar Khan said the bridge would cut travel time to Skardu & Hunza by two hours.

                It cost Rs2 billion.""", a.text());
    }

    @Test
    void anHtmlPageSavedAsTextIsReadAsHtml(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("saved.txt"), "  <!doctype html><html><head><title>Court rules</title>"
                + "</head><body><p>The court ruled on Monday.</p><p>Unclosed paragraph <b>bold</b>");
        Article a = assertInstanceOf(ReadResult.Ok.class, reader.read(dir.resolve("saved.txt")).get(0)).article();
        assertEquals("Court rules", a.title());
        assertEquals("The court ruled on Monday.\n\nUnclosed paragraph bold", a.text());
    }

    @Test
    void csvRowsWithAMissingOrExtraColumnOrAnUnclosedQuoteFailWithTheirLinesAndTheRestAreRead() {
        List<ReadResult> rows = read("bad-rows.csv");
        assertEquals(5, rows.size(), rows.toString());
        assertEquals("Dam inspected in Tarbela", assertInstanceOf(ReadResult.Ok.class, rows.get(0)).article().title());
        ReadResult.Failed missing = assertInstanceOf(ReadResult.Failed.class, rows.get(1));
        assertTrue(missing.origin().endsWith("bad-rows.csv:3"), missing.origin());
        assertEquals("row has 3 fields, the header has 4 (url,date,title,text)", missing.reason());
        ReadResult.Failed extra = assertInstanceOf(ReadResult.Failed.class, rows.get(2));
        assertTrue(extra.origin().endsWith("bad-rows.csv:4"), extra.origin());
        assertTrue(extra.reason().startsWith("row has 5 fields"), extra.reason());
        ReadResult.Failed unclosed = assertInstanceOf(ReadResult.Failed.class, rows.get(3));
        assertTrue(unclosed.origin().endsWith("bad-rows.csv:5"), unclosed.origin());
        assertTrue(unclosed.reason().startsWith("malformed CSV: a quotation mark opened on this line is never closed"),
                unclosed.reason());
        Article after = assertInstanceOf(ReadResult.Ok.class, rows.get(4), rows.get(4).toString()).article();
        assertEquals("School opens in Swat", after.title());
        assertEquals("https://example.org/news/5", after.uri());
    }

    @Test
    void anUnclosedQuoteThatMeetsALaterQuoteLosesOnlyItsOwnRow(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("q.csv");
        Files.writeString(csv, """
                url,date,title,text
                https://x.org/1,2026-01-01,"Open,Text one.
                https://x.org/2,2026-01-02,"Quoted, title",Text two.
                https://x.org/3,2026-01-03,Three,Text three.
                """);
        List<ReadResult> rows = reader.read(csv);
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.get(0).origin().endsWith("q.csv:2"), rows.get(0).toString());
        assertInstanceOf(ReadResult.Failed.class, rows.get(0));
        assertEquals("Quoted, title", assertInstanceOf(ReadResult.Ok.class, rows.get(1)).article().title());
        assertEquals("Three", assertInstanceOf(ReadResult.Ok.class, rows.get(2)).article().title());
    }

    @Test
    void aBrokenJsonLineFailsWithItsLineAndTheOtherLinesAreRead() {
        List<ReadResult> lines = read("broken.jsonl");
        assertEquals(3, lines.size());
        assertEquals("Port expands in Gwadar", assertInstanceOf(ReadResult.Ok.class, lines.get(0)).article().title());
        ReadResult.Failed broken = assertInstanceOf(ReadResult.Failed.class, lines.get(1));
        assertTrue(broken.origin().endsWith("broken.jsonl:2"), broken.origin());
        assertTrue(broken.reason().startsWith("malformed JSON"), broken.reason());
        assertEquals("Hospital opens in Turbat", assertInstanceOf(ReadResult.Ok.class, lines.get(2)).article()
                .title());
    }

    @Test
    void theSameArticleUnderTwoNamesHasOneId() {
        assertEquals(ok("duplicate-a.txt").article().id(), ok("duplicate-b.txt").article().id());
    }

    @Test
    void aDirectoryWithNoArticleFilesAndAMissingPathAreNamedWithTheReason() {
        List<ReadResult.Failed> problems = new ArrayList<>();
        List<Path> files = reader.expand(List.of(HOSTILE.resolve("no-articles"), HOSTILE.resolve("nowhere")),
                problems);
        assertTrue(files.isEmpty());
        assertEquals(2, problems.size());
        String noArticles = problems.get(0).toString();
        assertTrue(noArticles.matches(".*no-articles: directory holds no article files \\(.txt, .csv.*"), noArticles);
        assertTrue(problems.get(1).toString().endsWith("nowhere: no such file or directory"), problems.toString());
    }

    @Test
    void aFiveMegabyteArticleIsRefusedByTheDefaultLimitAndReadUnderAHigherOne(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.txt");
        Files.writeString(big, generatedArticle(5 * 1024 * 1024));
        ReadResult.Failed refused = assertInstanceOf(ReadResult.Failed.class, reader.read(big).get(0));
        assertEquals("file is " + Files.size(big) + " bytes, over the limit of 1048576 (--max-bytes)",
                refused.reason());

        Article a = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertInstanceOf(ReadResult.Ok.class,
                new ArticleReader(10L * 1024 * 1024).read(big).get(0)).article());
        assertTrue(a.text().length() > 4_900_000, "read whole: " + a.text().length());
    }

    @Test
    void theSizeLimitAppliesToEachCsvAndJsonLinesRow(@TempDir Path dir) throws IOException {
        String longText = "word ".repeat(300);
        Files.writeString(dir.resolve("rows.csv"), "url,date,title,text\nhttps://x/1,,Short,Short text.\n"
                + "https://x/2,,Long," + longText + "\n");
        Files.writeString(dir.resolve("rows.jsonl"), "{\"title\": \"Long\", \"text\": \"" + longText + "\"}\n"
                + "{\"title\": \"Short\", \"text\": \"Short text.\"}\n");
        ArticleReader small = new ArticleReader(1000);
        List<ReadResult> csv = small.read(dir.resolve("rows.csv"));
        assertInstanceOf(ReadResult.Ok.class, csv.get(0));
        ReadResult.Failed csvLong = assertInstanceOf(ReadResult.Failed.class, csv.get(1));
        assertTrue(csvLong.toString().matches(".*rows\\.csv:3: article text is 1500 bytes, over the limit of 1000 "
                + "\\(--max-bytes\\)"), csvLong.toString());
        List<ReadResult> jsonl = small.read(dir.resolve("rows.jsonl"));
        assertTrue(jsonl.get(0).toString().matches(".*rows\\.jsonl:1: article text is \\d+ bytes, over the limit.*"),
                jsonl.get(0).toString());
        assertInstanceOf(ReadResult.Ok.class, jsonl.get(1));
    }

    @Test
    void aHundredThousandCharacterSentenceIsReadQuicklyAndSplitForTheTaggerWithoutMovingAnyOffset(@TempDir Path dir)
            throws IOException {
        String sentence = noPunctuation(100_000);
        Files.writeString(dir.resolve("run-on.txt"), "Capitalised Words Can Look Like A Byline " + sentence + "\n");
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertInstanceOf(ReadResult.Ok.class,
                reader.read(dir.resolve("run-on.txt")).get(0)).article());
        assertTrue(a.text().length() > 100_000);

        String split = Annotator.breakLongRuns(a.text(), Annotator.MAX_SENTENCE_CHARS);
        assertEquals(a.text().length(), split.length(), "offsets still point into the article text");
        int longest = 0;
        for (String run : split.split("\n")) {
            longest = Math.max(longest, run.length());
        }
        assertTrue(longest <= Annotator.MAX_SENTENCE_CHARS, "longest run " + longest);
        assertEquals(a.text(), split.replace('\n', ' '), "only white space was replaced");
        String normal = "A sentence. Another one!\nA third?";
        assertEquals(normal, Annotator.breakLongRuns(normal, Annotator.MAX_SENTENCE_CHARS));
    }

    // ---- the kinds of issue 15 (HostileKinds); HostileKindsIT puts each through the whole ingest ----

    List<ReadResult> readBytes(Path dir, String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return reader.read(f);
    }

    @Test
    void utf16WithAByteOrderMarkIsReadAsUtf16InEitherByteOrder(@TempDir Path dir) throws IOException {
        for (boolean le : new boolean[] {true, false}) {
            List<ReadResult> r = readBytes(dir, "u" + le + ".txt", HostileKinds.utf16(HostileKinds.FLOODS, le));
            ReadResult.Ok ok = assertInstanceOf(ReadResult.Ok.class, r.get(0), r.toString());
            assertEquals("Floods reach Sukkur", ok.article().title());
            assertEquals("Floods reached Sukkur in Sindh on Friday, officials said.", ok.article().text());
            assertNull(ok.warning(), "the mark says the encoding: nothing is guessed");
            assertEquals(ok("bom.txt").article().id(), ok.article().id(), "the same article as in UTF-8");
        }
        byte[] csv = HostileKinds.utf16("url,date,title,text\nhttps://x.org/1,2026-01-02,Snow in Murree,Snow fell in "
                + "Murree.\n", true);
        assertEquals("Snow in Murree", assertInstanceOf(ReadResult.Ok.class, readBytes(dir, "u.csv", csv).get(0))
                .article().title(), "a CSV file too");
    }

    @Test
    void utf16WithANulCharacterOrCutInHalfFailsWithTheReason(@TempDir Path dir) throws IOException {
        ReadResult.Failed nul = assertInstanceOf(ReadResult.Failed.class, readBytes(dir, "nul.txt",
                HostileKinds.utf16("Floods\0 reach", true)).get(0));
        assertEquals("binary file (UTF-16LE: NUL character at byte 14)", nul.reason());
        byte[] odd = HostileKinds.utf16(HostileKinds.FLOODS, false);
        ReadResult.Failed cut = assertInstanceOf(ReadResult.Failed.class, readBytes(dir, "cut.txt",
                java.util.Arrays.copyOf(odd, odd.length - 1)).get(0));
        assertEquals("invalid UTF-16BE (byte-order mark FE FF): malformed input at byte " + (odd.length - 2),
                cut.reason());
        assertEquals("binary file (NUL byte at offset 1)", assertInstanceOf(ReadResult.Failed.class,
                readBytes(dir, "nomark.txt", "Floods".getBytes(StandardCharsets.UTF_16LE)).get(0)).reason(),
                "UTF-16 without a mark is not guessed at");
    }

    @Test
    void aThirtyMegabyteFileIsRefusedWithoutBeingRead(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.txt");
        Files.write(huge, new byte[30 * 1024 * 1024]);
        ReadResult.Failed f = assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertInstanceOf(ReadResult.Failed.class, reader.read(huge).get(0)));
        assertEquals("file is 31457280 bytes, over the limit of 1048576 (--max-bytes)", f.reason(),
                "refused by its size (its NUL bytes are never looked at)");
    }

    @Test
    void aThreeMegabyteLineWithNoSentenceEndIsRefusedAndUnderAHigherLimitReadAndCutForTheTagger(@TempDir Path dir)
            throws IOException {
        Path line = dir.resolve("run-on.txt");
        Files.writeString(line, HostileKinds.runOnLine(3 * 1024 * 1024));
        assertEquals("file is 3145728 bytes, over the limit of 1048576 (--max-bytes)",
                assertInstanceOf(ReadResult.Failed.class, reader.read(line).get(0)).reason());
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertInstanceOf(ReadResult.Ok.class,
                new ArticleReader(4L * 1024 * 1024).read(line).get(0)).article());
        assertTrue(a.text().length() > 3_000_000, "read whole: " + a.text().length());
        String split = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Annotator.breakLongRuns(a.text(),
                Annotator.MAX_SENTENCE_CHARS));
        assertEquals(a.text().length(), split.length());
        assertTrue(java.util.Arrays.stream(split.split("\n")).allMatch(r -> r.length() <= Annotator.MAX_SENTENCE_CHARS));
    }

    @Test
    void aHundredThousandNestedDivsAreReadInOnePassWithoutRecursion(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("nested.html");
        String html = HostileKinds.nestedHtml(100_000);
        Files.writeString(page, html);
        assertEquals("file is " + html.length() + " bytes, over the limit of 1048576 (--max-bytes)",
                assertInstanceOf(ReadResult.Failed.class, reader.read(page).get(0)).reason());
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertInstanceOf(ReadResult.Ok.class,
                new ArticleReader(2L * 1024 * 1024).read(page).get(0)).article());
        assertEquals("Ferry service resumes in Keti Bandar", a.title());
        assertEquals("The ferry service to Keti Bandar resumed on Monday, officials said.", a.text());
        // a million levels, unclosed, as one line: still no stack overflow
        HtmlText.Page deeper = HtmlText.extract("<div>".repeat(1_000_000) + "<p>Deep text.");
        assertEquals("Deep text.", deeper.text());
    }

    @Test
    void aCsvWhoseLastRowOpensAQuoteLosesThatRowOnly(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("open.csv");
        Files.writeString(csv, "url,date,title,text\nhttps://x.org/1,2026-02-01,Dam inspected,Engineers inspected "
                + "the dam.\nhttps://x.org/2,2026-02-02,\"Unclosed,The text goes on\nand on.\n");
        List<ReadResult> rows = reader.read(csv);
        assertEquals(3, rows.size(), rows.toString());
        assertEquals("Dam inspected", assertInstanceOf(ReadResult.Ok.class, rows.get(0)).article().title());
        assertTrue(rows.get(1).toString().endsWith("open.csv:3: malformed CSV: a quotation mark opened on this line "
                + "is never closed ((startline 3) EOF reached before encapsulated token finished)"), rows.toString());
        assertTrue(rows.get(2).toString().endsWith("open.csv:4: row has 1 fields, the header has 4 "
                + "(url,date,title,text)"), rows.toString());
    }

    @Test
    void aJsonLineOfTenMegabytesIsRefusedAndTheNextLineRead(@TempDir Path dir) throws IOException {
        Path jsonl = dir.resolve("long.jsonl");
        Files.writeString(jsonl, HostileKinds.jsonlWithLongLine(10 * 1024 * 1024));
        List<ReadResult> lines = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> reader.read(jsonl));
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).toString().endsWith("long.jsonl:1: article text is 10485760 bytes, over the limit of "
                + "1048576 (--max-bytes)"), lines.get(0).toString());
        assertEquals("Port expands in Gwadar", assertInstanceOf(ReadResult.Ok.class, lines.get(1)).article().title());
    }

    @Test
    void aSymbolicLinkLoopIsReportedByNameAndTheRestOfTheDirectoryIsRead(@TempDir Path tmp) throws IOException {
        Path dir = tmp.toRealPath().resolve("corpus");
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.copy(HOSTILE.resolve("bom.txt"), sub.resolve("bom.txt"));
        Files.createSymbolicLink(sub.resolve("up"), Path.of(".."));
        Files.createSymbolicLink(dir.resolve("a.txt"), Path.of("b.txt"));
        Files.createSymbolicLink(dir.resolve("b.txt"), Path.of("a.txt"));
        Files.createSymbolicLink(dir.resolve("gone.txt"), Path.of("nowhere.txt"));
        Files.createSymbolicLink(dir.resolve("alias.txt"), Path.of("sub/bom.txt"));
        List<ReadResult.Failed> problems = new ArrayList<>();
        List<ReadResult.Skipped> skipped = new ArrayList<>();
        List<Path> files = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> reader.expand(List.of(dir,
                dir.resolve("a.txt"), sub.resolve("up")), problems, skipped));
        assertEquals(List.of(dir.resolve("alias.txt"), sub.resolve("bom.txt"), sub.resolve("up/alias.txt"),
                sub.resolve("up/sub/bom.txt")), files, "each walk in name order; a link to a file is read");
        assertEquals(List.of(
                dir + "/a.txt: symbolic link loop (a.txt -> b.txt -> a.txt)",
                dir + "/b.txt: symbolic link loop (b.txt -> a.txt -> b.txt)",
                dir + "/gone.txt: broken symbolic link (gone.txt -> nowhere.txt: no such file or directory)",
                dir + "/a.txt: symbolic link loop (a.txt -> b.txt -> a.txt)",
                sub + "/up/a.txt: symbolic link loop (a.txt -> b.txt -> a.txt)",
                sub + "/up/b.txt: symbolic link loop (b.txt -> a.txt -> b.txt)",
                sub + "/up/gone.txt: broken symbolic link (gone.txt -> nowhere.txt: no such file or directory)"),
                problems.stream().map(Object::toString).toList());
        assertEquals(List.of(sub + "/up: symbolic link loop: it leads back to " + dir + ", a directory this walk is "
                        + "in already; not followed again",
                sub + "/up/sub/up: symbolic link loop: it leads back to " + dir + ", a directory this walk is in "
                        + "already; not followed again"),
                skipped.stream().map(Object::toString).toList());
        assertEquals(dir + "/a.txt: symbolic link loop (a.txt -> b.txt -> a.txt)",
                reader.read(dir.resolve("a.txt")).get(0).toString(), "read by name");
        assertEquals(dir + "/gone.txt: broken symbolic link (gone.txt -> nowhere.txt: no such file or directory)",
                reader.read(dir.resolve("gone.txt")).get(0).toString());
        assertEquals(dir + "/nowhere.txt: no such file or directory",
                reader.read(dir.resolve("nowhere.txt")).get(0).toString());
    }

    @Test
    void aDirectoryNamedLikeAnArticleIsWalkedNeverRead(@TempDir Path dir) throws IOException {
        Path x = Files.createDirectories(dir.resolve("x.txt"));
        Files.copy(HOSTILE.resolve("bom.txt"), x.resolve("inside.txt"));
        Path empty = Files.createDirectories(dir.resolve("empty.txt"));
        List<ReadResult.Failed> problems = new ArrayList<>();
        assertEquals(List.of(x.resolve("inside.txt")), reader.expand(List.of(x), problems), "given by name");
        assertEquals(List.of(x.resolve("inside.txt")), reader.expand(List.of(dir), problems), "found in a walk");
        assertEquals(List.of(), reader.expand(List.of(empty), problems));
        assertEquals(List.of(empty + ": directory holds no article files (.txt, .csv, .jsonl, .ndjson, .html, "
                + ".htm)"), problems.stream().map(Object::toString).toList());
        assertEquals(x + ": is a directory", reader.read(x).get(0).toString());
    }

    @Test
    void fileNamesWithSpacesAreReadAndControlCharactersInANameArePrintedEscapedOnOneLine(@TempDir Path dir)
            throws IOException {
        Path spaces = dir.resolve("with  spaces .txt");
        Files.copy(HOSTILE.resolve("bom.txt"), spaces);
        ReadResult.Ok ok = assertInstanceOf(ReadResult.Ok.class, reader.read(spaces).get(0));
        assertEquals(spaces.toString(), ok.origin());
        Path newline = dir.resolve("new\nline.txt");
        Files.copy(HOSTILE.resolve("bom.txt"), newline);
        assertInstanceOf(ReadResult.Ok.class, reader.read(newline).get(0));
        Path bad = dir.resolve("empty\nname\r\u001b[31m.txt");
        Files.write(bad, new byte[0]);
        ReadResult.Failed f = assertInstanceOf(ReadResult.Failed.class, reader.read(bad).get(0));
        assertEquals(bad.toString(), f.origin(), "the origin is the name itself");
        assertEquals(dir + "/empty\\nname\\r\\u001B[31m.txt: empty file", f.toString(), "printed on one line");
        assertEquals("a\\tb\\u2028c\\u202Ed \u00e9\u4eac", ReadResult.printable("a\tb\u2028c\u202Ed \u00e9\u4eac"));
    }

    @Test
    void urduAndChineseAreReadWithTheirHeadlines(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("urdu.txt"), HostileKinds.URDU);
        Article urdu = assertInstanceOf(ReadResult.Ok.class, reader.read(dir.resolve("urdu.txt")).get(0)).article();
        assertEquals(HostileKinds.URDU_TITLE, urdu.title());
        assertTrue(urdu.text().endsWith("\u06d4"), "the sentence, ending with the Urdu full stop: " + urdu.text());
        Files.writeString(dir.resolve("chinese.txt"), HostileKinds.CHINESE);
        Article zh = assertInstanceOf(ReadResult.Ok.class, reader.read(dir.resolve("chinese.txt")).get(0)).article();
        assertEquals(HostileKinds.CHINESE_TITLE, zh.title());
        assertTrue(zh.text().startsWith("\u5317\u4eac\u5e02") && zh.text().endsWith("\u3002"), zh.text());
    }

    @Test
    void textThatIsOnlyNumbersIsSkippedWithTheReason(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("numbers.txt"), HostileKinds.NUMBERS);
        ReadResult.Skipped s = assertInstanceOf(ReadResult.Skipped.class, reader.read(dir.resolve("numbers.txt"))
                .get(0));
        assertEquals("no article text: no words, only numbers and punctuation", s.reason());
    }

    @Test
    void datesInTheYears9999And0001AreKeptFromDateFieldsAndNeverThrow(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("d.csv"), "url,date,title,text\nhttps://x.org/1,9999-12-31,Far,Text one.\n"
                + "https://x.org/2,0001-01-01,Early,Text two.\nhttps://x.org/3,10000-01-01,Beyond,Text three.\n");
        Files.writeString(dir.resolve("d.jsonl"), "{\"date\": \"9999-12-31T23:59:59Z\", \"text\": \"Text one.\"}\n"
                + "{\"date\": \"January 1, 0001\", \"text\": \"Text two.\"}\n");
        List<LocalDate> dates = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String f : List.of("d.csv", "d.jsonl")) {
            for (ReadResult r : reader.read(dir.resolve(f))) {
                ReadResult.Ok ok = assertInstanceOf(ReadResult.Ok.class, r, r.toString());
                dates.add(ok.article().published());
                if (ok.warning() != null) {
                    warnings.add(ok.warning().toString());
                }
            }
        }
        assertEquals(java.util.Arrays.asList(LocalDate.of(9999, 12, 31), LocalDate.of(1, 1, 1), null,
                LocalDate.of(9999, 12, 31), LocalDate.of(1, 1, 1)), dates, "a year of five digits is no date here");
        assertEquals(List.of(dir.resolve("d.csv") + ":4: date '10000-01-01' is not a date in a known form "
                + "(2026-02-03, February 3, 2026, 3 February 2026): the article is undated"), warnings,
                "and the reader says so");
        Files.writeString(dir.resolve("t.txt"), HostileKinds.DATES_9999);
        assertInstanceOf(ReadResult.Ok.class, reader.read(dir.resolve("t.txt")).get(0));
        // event dates as SUTime gives them for such text
        assertEquals("9999-12-31", EventDates.of("9999-12-31", "December 31, 9999", null, true, null).date());
        assertEquals("0001-01-01", EventDates.of("0001-01-01", "January 1, 0001", null, true, null).date());
        assertEquals("0000-12-31", EventDates.of("0001-01-07", "Sunday", LocalDate.of(1, 1, 1), true, null).date(),
                "the Sunday before 1 January 0001 is in year 0 of the proleptic calendar");
        assertNull(EventDates.of("9999", "in 9999", null, true, null), "a bare year past 2999 is taken for no year");
        assertFalse(EventDates.compatible("9999-12-31", "0001-01-01"));
    }

    @Test
    void cypherInATextIsReadVerbatim(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cypher.txt"), HostileKinds.cypherArticle());
        Article a = assertInstanceOf(ReadResult.Ok.class, reader.read(dir.resolve("cypher.txt")).get(0)).article();
        assertEquals(ArticleTextIsDataIT.TITLE, a.title());
        for (String h : ArticleTextIsDataIT.HOSTILE) {
            assertTrue(a.text().contains(h), h);
        }
    }

    @Test
    void fiveThousandCapitalisedNamesAreReadQuickly(@TempDir Path dir) throws IOException {
        String text = HostileKinds.names(5000);
        assertEquals(5000, java.util.Arrays.stream(text.split("\n")).skip(2).flatMap(l -> java.util.Arrays.stream(
                l.replace(" attended the meeting in Sialkot on Monday.", "").split(", "))).filter(n -> n.matches(
                "[A-Z][a-z]+ [A-Z][a-z]+")).distinct().count(), "5,000 different names");
        Files.writeString(dir.resolve("names.txt"), text);
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertInstanceOf(ReadResult.Ok.class,
                reader.read(dir.resolve("names.txt")).get(0)).article());
        assertEquals("Delegates meet in Sialkot", a.title());
    }

    @Test
    void aNamedPipeIsRefusedNotWaitedOn(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no mkfifo here: " + e.getMessage());
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        ReadResult.Failed f = assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertInstanceOf(ReadResult.Failed.class, reader.read(fifo).get(0)));
        assertEquals("not a regular file (a named pipe, socket or device): not read", f.reason());
        List<ReadResult.Failed> problems = new ArrayList<>();
        assertEquals(List.of(), reader.expand(List.of(dir), problems));
        assertEquals(List.of(fifo + ": not a regular file (a named pipe, socket or device): not read"),
                problems.stream().map(Object::toString).toList());
    }

    /** Words and capitalised names, no sentence punctuation, about {@code chars} long. */
    static String noPunctuation(int chars) {
        String[] words = {"the", "army", "and", "police", "said", "Quetta", "Lahore", "officials", "in", "of",
                "Asif", "Bugti", "reported", "attack", "district", "on", "Monday", "when", "province", "Balochistan"};
        Random random = new Random(42);
        StringBuilder out = new StringBuilder(chars + 20);
        while (out.length() < chars) {
            out.append(words[random.nextInt(words.length)]).append(' ');
        }
        return out.toString().strip();
    }

    /** A news-like article of about {@code bytes} bytes: sentences of names, places and figures, in paragraphs. */
    static String generatedArticle(int bytes) {
        StringBuilder out = new StringBuilder(bytes + 200);
        out.append("A very long report\n\n");
        int i = 0;
        while (out.length() < bytes) {
            out.append("Officials in Quetta said on Monday that ").append(i % 97)
                    .append(" people were injured in Balochistan, and the provincial government promised an "
                            + "inquiry. ");
            if (++i % 5 == 0) {
                out.append("\n\n");
            }
        }
        return out.toString();
    }
}
