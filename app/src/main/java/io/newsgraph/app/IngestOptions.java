package io.newsgraph.app;

import io.newsgraph.ingest.ArticleReader;
import io.newsgraph.ingest.IngestPipeline;
import io.newsgraph.ingest.Lexicon;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options shared by the commands that ingest. */
final class IngestOptions {
    @Option(names = "--gazetteer", description = "A YAML gazetteer that extends the built-in one "
            + "(or replaces it with 'replaceDefaults: true').")
    Path gazetteer;

    @Option(names = "--lexicon", paramLabel = "DIR", description = "A directory of word lists in place of the "
            + "built-in ones: gazetteer.yaml (extends the built-in), cues.yaml, statements.yaml, events.yaml, "
            + "reader-rules.yaml (each replaces the built-in file of its name). 'kg lexicon --out DIR' writes "
            + "the built-in files to start from.")
    Path lexicon;

    @Option(names = "--threads", defaultValue = "${env:KG_THREADS:-0}",
            description = "NLP worker threads (default: one per core).")
    int threads;

    @Option(names = "--max-bytes", defaultValue = "1M", converter = ByteSize.class, paramLabel = "SIZE",
            description = "Largest article: a text or HTML file, or one CSV or JSON Lines row's text; larger "
                    + "ones are reported and passed over. Bytes, or with K, M or G (default: ${DEFAULT-VALUE}).")
    long maxBytes = ArticleReader.DEFAULT_MAX_BYTES;

    @Option(names = "--write-group", defaultValue = "" + IngestPipeline.MAX_GROUP, paramLabel = "N",
            description = "Most articles written in one transaction: those analysed by the time the writer "
                    + "gets to them, at most two per worker, go together (default: ${DEFAULT-VALUE}; 1 writes "
                    + "one article per transaction).")
    int writeGroup = IngestPipeline.MAX_GROUP;

    @Option(names = "--article-timeout", defaultValue = "120s", converter = TimeLimit.class,
            paramLabel = "TIME", description = "Longest analysis of one article; it is then cancelled and "
                    + "reported failed. Seconds, or with ms, s, m (default: ${DEFAULT-VALUE}).")
    Duration articleTimeout = IngestPipeline.DEFAULT_ARTICLE_TIMEOUT;

    private Lexicon words;

    /** The word lists these options name, read once: before any connection, so that a bad file stops at once. */
    Lexicon words() {
        if (words == null) {
            words = Lexicon.load(lexicon, gazetteer);
        }
        return words;
    }

    int threadCount() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
