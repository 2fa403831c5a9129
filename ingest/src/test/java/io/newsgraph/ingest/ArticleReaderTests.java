package io.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTests {

    static final Path SAMPLES = Path.of("..", "samples", "articles");

    final ArticleReader reader = new ArticleReader();

    Article seed(String prefix) throws IOException {
        try (var files = Files.list(SAMPLES)) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            List<ReadResult> results = reader.read(file);
            assertEquals(1, results.size());
            return assertInstanceOf(ReadResult.Ok.class, results.get(0), results.get(0).toString()).article();
        }
    }

    @Test
    void epaperHeaderBylineAndDatelineBecomeMetadataNotText() throws IOException {
        Article a = seed("000_");
        assertEquals("Terror spike triggers call for troop surge in Balochistan", a.title());
        assertEquals(LocalDate.of(2026, 2, 3), a.published());
        assertEquals(List.of("Waqas Chaudhry", "Naeem Asghar"), a.authors());
        assertEquals("ISLAMABAD", a.dateline());
        assertEquals("The Express Tribune", a.source());
        assertTrue(a.text().startsWith("Lawmakers in both the National Assembly"), a.text().substring(0, 60));
        assertFalse(a.text().contains("EPAPER"));
        assertFalse(a.text().contains("min read"));
        assertFalse(a.text().contains("Parliament discusses security situation"), "the deck is not body text");
        assertFalse(a.text().contains("COMMENTS"));
        assertFalse(a.text().contains("Comments FAQ"));
        assertTrue(a.text().endsWith("ongoing operations and policy responses."));
    }

    @Test
    void photoCaptionLineIsDropped() throws IOException {
        Article a = seed("001_");
        assertEquals("Defence minister urges large-scale troop deployment in Balochistan", a.title());
        assertEquals(LocalDate.of(2026, 2, 2), a.published());
        assertEquals(List.of("Waqas Chaudhry"), a.authors());
        assertFalse(a.text().contains("PHOTO:"));
        assertTrue(a.text().startsWith("Defence Minister Khawaja Asif said on Monday"), a.text().substring(0, 60));
    }

    @Test
    void datePrefixIsThePublicationDateAndATrailingCreditedCaptionIsDropped() throws IOException {
        Article a = seed("002_");
        assertEquals(LocalDate.of(2026, 2, 4), a.published());
        assertNull(a.title(), "the text has no headline");
        assertFalse(a.text().startsWith("date"));
        assertFalse(a.text().contains("Bystanders walk past"), "caption credited (AFP) is furniture");
        assertTrue(a.text().startsWith("Tensions in Pakistan's restive Balochistan"));
    }

    @Test
    void inlineDatelineIsTakenOffTheFirstParagraph() throws IOException {
        Article a = seed("004_");
        assertEquals(LocalDate.of(2026, 2, 4), a.published());
        assertEquals("Quetta", a.dateline());
        assertTrue(a.text().startsWith("Pakistan\u2019s Defence Minister Khawaja Asif"), a.text().substring(0, 40));
    }

    @Test
    void anArticleWithNoDateStaysUndated() throws IOException {
        Article a = seed("003_");
        assertNull(a.published());
        assertEquals("Addressing the security issues in KP and Balochistan: Challenges and the path forward",
                a.title());
        assertTrue(a.authors().isEmpty());
    }

    @Test
    void badFilesFailWithTheirNameAndReasonWhileTheBatchGoesOn(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("a-empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("b-blank.txt"), " \n\t\n");
        Files.write(dir.resolve("c-binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.write(dir.resolve("d-latin1.txt"),
                "Caf\u00e9 owners said prices rose.\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("e-good.txt"), "\uFEFFA headline here\r\n\r\nThe body of the article.\r\n");
        Files.writeString(dir.resolve("ignored.md"), "# not an article");

        List<ReadResult.Failed> problems = new ArrayList<>();
        List<Path> files = reader.expand(List.of(dir, dir.resolve("missing.txt")), problems);
        assertEquals(5, files.size(), "the .md file is passed over in a directory");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).toString().contains("missing.txt: no such file"), problems.toString());

        List<String> failures = new ArrayList<>();
        List<ReadResult.Ok> read = new ArrayList<>();
        for (Path f : files) {
            for (ReadResult r : reader.read(f)) {
                if (r instanceof ReadResult.Ok ok) {
                    read.add(ok);
                } else {
                    failures.add(r.toString());
                }
            }
        }
        assertEquals(2, read.size());
        assertEquals("Caf\u00e9 owners said prices rose.", read.get(0).article().text(),
                "Latin-1 is read as windows-1252");
        String warning = read.get(0).warning().toString();
        assertTrue(warning.matches(".*d-latin1\\.txt: not UTF-8 \\(byte 0xE9 at offset 3\\).*"), warning);
        assertEquals("A headline here", read.get(1).article().title());
        assertEquals("The body of the article.", read.get(1).article().text());
        assertNull(read.get(1).warning());
        assertEquals(3, failures.size(), failures.toString());
        assertTrue(failures.get(0).matches(".*a-empty\\.txt: empty file"), failures.get(0));
        assertTrue(failures.get(1).matches(".*b-blank\\.txt: file holds only white space"), failures.get(1));
        assertTrue(failures.get(2).matches(".*c-binary\\.txt: binary file.*"), failures.get(2));
    }

    @Test
    void aCaptionWithItsCreditGluedOnIsDroppedButProseAboutAnImageIsKept(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("news.csv");
        Files.writeString(csv, """
                url,date,title,text
                https://en.wikinews.org/wiki/A,2020-10-01,Candidates,"Jo JorgensenImage: Jo Jorgensen for President.


                Howie Hawkins Image: GreenIn2010.


                Jorgensen said the image: a small government, was what voters wanted."
                """);
        Article a = assertInstanceOf(ReadResult.Ok.class, reader.read(csv).get(0)).article();
        assertEquals("Jorgensen said the image: a small government, was what voters wanted.", a.text());
    }

    @Test
    void csvRowsAreArticlesAndABadRowNamesItsLine(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("news.csv");
        Files.writeString(csv, """
                url,date,title,text
                https://en.wikinews.org/wiki/A,2019-01-04,"First, with comma","Friday, January 4, 2019


                Officials said on Monday that ""it"" ended."
                https://en.wikinews.org/wiki/B,2019-01-05,Second,Second text.,extra
                https://en.wikinews.org/wiki/C,,Third,Undated text.
                """);
        List<ReadResult> results = reader.read(csv);
        assertEquals(3, results.size(), results.toString());
        Article first = assertInstanceOf(ReadResult.Ok.class, results.get(0)).article();
        assertEquals("First, with comma", first.title());
        assertEquals(LocalDate.of(2019, 1, 4), first.published());
        assertEquals("Officials said on Monday that \"it\" ended.", first.text());
        assertEquals("en.wikinews.org", first.source());
        assertEquals("https://en.wikinews.org/wiki/A", first.uri());
        ReadResult.Failed second = assertInstanceOf(ReadResult.Failed.class, results.get(1));
        assertTrue(second.origin().endsWith("news.csv:6"), second.origin());
        assertTrue(second.reason().contains("5 fields"), second.reason());
        assertNull(assertInstanceOf(ReadResult.Ok.class, results.get(2)).article().published());
    }

    @Test
    void aTitleRepeatedAsTheFirstLineKeepsItsNameBeforeTheColon(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("news.csv");
        Files.writeString(csv, "url,date,title,text\n"
                + "https://x/1,2016-09-25,Pence: \u2018Flowers Won't Be at Debate\u2019,\"Pence: \u2018Flowers Won't Be at "
                + "Debate.\u2019\n\n"
                + "Quetta: The governor spoke on Sunday.\"\n");
        Article a = assertInstanceOf(ReadResult.Ok.class, reader.read(csv).get(0)).article();
        assertTrue(a.text().startsWith("Pence: \u2018Flowers"), "the title is no dateline: " + a.text());
        assertEquals("Quetta", a.dateline(), "the paragraph after the title may open with one");
        assertTrue(a.text().contains("The governor spoke"), a.text());
        assertFalse(a.text().contains("Quetta:"), a.text());
    }

    @Test
    void csvWithoutATextColumnIsRefused(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "url,date,title\nhttps://x,2020-01-01,T\n");
        ReadResult r = reader.read(csv).get(0);
        assertInstanceOf(ReadResult.Failed.class, r);
        assertTrue(r.toString().contains("bad.csv: CSV header has no 'text' column"), r.toString());
    }

    @Test
    void jsonLinesReadLineByLineAndABrokenLineIsReportedAlone(@TempDir Path dir) throws IOException {
        Path jsonl = dir.resolve("news.jsonl");
        Files.writeString(jsonl, """
                {"url": "https://example.org/1", "date": "2020-03-01", "title": "One", "text": "Text one."}
                {"url": "https://example.org/2", "title": "Two", "text": "Text
                {"url": "https://example.org/3", "date": "2020-03-03", "title": "Three", "text": "Text three."}
                """);
        List<ReadResult> results = reader.read(jsonl);
        assertEquals(3, results.size());
        assertInstanceOf(ReadResult.Ok.class, results.get(0));
        ReadResult.Failed broken = assertInstanceOf(ReadResult.Failed.class, results.get(1));
        assertTrue(broken.origin().endsWith("news.jsonl:2"), broken.origin());
        assertTrue(broken.reason().startsWith("malformed JSON"), broken.reason());
        assertEquals("Three", assertInstanceOf(ReadResult.Ok.class, results.get(2)).article().title());
    }

    @Test
    void theSameTextFromTwoPathsIsOneArticle(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Headline\n\nSame body.\n");
        Files.writeString(dir.resolve("b.txt"), "Headline\r\n\r\nSame  body.\r\n");
        String a = ((ReadResult.Ok) reader.read(dir.resolve("a.txt")).get(0)).article().id();
        String b = ((ReadResult.Ok) reader.read(dir.resolve("b.txt")).get(0)).article().id();
        assertEquals(a, b);
    }
}
