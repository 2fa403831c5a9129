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
