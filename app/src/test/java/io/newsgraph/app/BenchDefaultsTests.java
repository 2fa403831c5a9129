package io.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.ingest.ArticleReader;
import io.newsgraph.ingest.ReadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Option;

/** {@code kg bench} with no arguments measures a corpus that a fresh clone holds (issue 17). */
class BenchDefaultsTests {

    @Test
    void theDefaultCorpusIsInTheRepositoryAndReadsWithoutAFailure() throws Exception {
        String declared = BenchCommand.class.getDeclaredField("corpus").getAnnotation(Option.class).defaultValue();
        assertEquals("${env:KG_HOME:-.}/" + BenchCommand.DEFAULT_CORPUS, declared);
        Path corpus = Path.of("..").resolve(BenchCommand.DEFAULT_CORPUS); // the tests run in app/
        assertTrue(Files.isRegularFile(corpus), corpus.toAbsolutePath().toString());
        List<ReadResult> read = new ArticleReader().read(corpus);
        assertTrue(read.size() >= 30, "articles: " + read.size());
        assertTrue(read.stream().allMatch(r -> r instanceof ReadResult.Ok), "every article reads");
    }
}
