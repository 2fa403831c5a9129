package io.newsgraph.app.bench;

import io.newsgraph.app.GraphConnection;
import io.newsgraph.ingest.Annotator;
import io.newsgraph.ingest.ArticleReader;
import io.newsgraph.ingest.EntityResolver;
import io.newsgraph.ingest.Gazetteer;
import io.newsgraph.ingest.GraphWriter;
import io.newsgraph.ingest.IngestPipeline;
import io.newsgraph.ingest.IngestReport;
import io.newsgraph.ingest.Lexicon;
import io.newsgraph.model.CypherResource;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Section 6 of {@code kg bench}, in a JVM of its own so that its {@code -Xmx} is the limit being shown: ingests a whole
 * corpus as {@code kg ingest} does (one worker per core) into a fresh store and prints one {@link Result} line, then
 * the corpus's per-article profile.
 */
public final class CorpusIngest {

    static final String PROFILE = "PROFILE";

    /** What the child JVM reports on its RESULT line. */
    record Result(int written, int failed, long tokens, long millis, long loadMillis, long peakHeap, long poolPeak) {
        private static final Pattern LINE = Pattern.compile("RESULT written=(\\d+) failed=(\\d+) tokens=(\\d+) "
                + "millis=(\\d+) load=(\\d+) peak=(\\d+) poolPeak=(\\d+)");

        String line() {
            return String.format(Locale.ROOT, "RESULT written=%d failed=%d tokens=%d millis=%d load=%d peak=%d "
                    + "poolPeak=%d", written, failed, tokens, millis, loadMillis, peakHeap, poolPeak);
        }

        /** The result on this line, or null when it is another line. */
        static Result parse(String line) {
            Matcher m = LINE.matcher(line.strip());
            if (!m.matches()) {
                return null;
            }
            return new Result(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)),
                    Long.parseLong(m.group(4)), Long.parseLong(m.group(5)), Long.parseLong(m.group(6)),
                    Long.parseLong(m.group(7)));
        }
    }

    private CorpusIngest() {
    }

    /** Arguments: the corpus, the store directory (created; the caller deletes it). */
    public static void main(String[] args) {
        Path corpus = Path.of(args[0]);
        Path store = Path.of(args[1]);
        Lexicon lexicon = Lexicon.defaults();
        Gazetteer gazetteer = lexicon.gazetteer();
        try (PeakHeap heap = PeakHeap.start(); GraphConnection conn = Benchmark.open(store)) {
            long t0 = System.nanoTime();
            Annotator annotator = Annotator.shared(gazetteer);
            long load = (System.nanoTime() - t0) / 1_000_000;
            IngestPipeline pipeline = new IngestPipeline(new ArticleReader(), annotator,
                    lexicon.entityExtractor(), new EntityResolver(gazetteer),
                    new GraphWriter(conn.driver(), conn.sessionConfig()), Runtime.getRuntime().availableProcessors());
            IngestReport r = pipeline.ingest(List.of(corpus), new IngestPipeline.Listener() {
                @Override
                public void article(int done, int total, String origin, String outcome) {
                    if (done % 25 == 0 || done == total) {
                        System.out.printf("%d/%d articles%n", done, total);
                    }
                }
            });
            System.out.println(new Result(r.written(), r.failed().size(), r.tokens(), r.millis(), load,
                    heap.sampledPeak(), heap.poolPeakSum()).line());
            r.failed().forEach(f -> System.out.println("FAILED " + f));
            String cypher = CypherResource.load(CorpusIngest.class, "/newsgraph/bench/profile.cypher");
            try (var session = conn.driver().session(conn.sessionConfig())) {
                Map<String, Object> row = session.executeRead(tx -> tx.run(cypher).single().asMap());
                StringBuilder sb = new StringBuilder(PROFILE);
                row.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v instanceof Double d
                        ? String.format(Locale.ROOT, "%.2f", d) : v));
                System.out.println(sb);
            }
        }
        System.exit(0);
    }
}
