package io.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsgraph.ingest.ReadResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What kg prints as an ingest goes: one line per article and per bad input, whatever the file is called. */
class ProgressTests {

    @Test
    void aFileNameWithANewlineOrAnEscapeCharacterIsPrintedEscapedOnOneLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        progress.article(1, 2, "/in/new\nline.txt", "written");
        progress.failed(new ReadResult.Failed("/in/empty\r\u001b[2J.txt", "empty file"));
        progress.skipped(new ReadResult.Skipped("/in/numbers\n.txt", "no article text: no words, only numbers and "
                + "punctuation"));
        progress.warned(new ReadResult.Warning("/in/tab\there.txt", "not UTF-8"));
        assertEquals("""
                [1/2] /in/new\\nline.txt: written
                FAILED /in/empty\\r\\u001B[2J.txt: empty file
                skipped /in/numbers\\n.txt: no article text: no words, only numbers and punctuation
                warning /in/tab\\there.txt: not UTF-8
                """, bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }
}
