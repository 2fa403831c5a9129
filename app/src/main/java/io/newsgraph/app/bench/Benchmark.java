package io.newsgraph.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.newsgraph.app.GraphConnection;
import io.newsgraph.ingest.Annotator;
import io.newsgraph.ingest.ArticleReader;
import io.newsgraph.ingest.EntityExtractor;
import io.newsgraph.ingest.EntityResolver;
import io.newsgraph.ingest.Gazetteer;
import io.newsgraph.ingest.GraphWriter;
import io.newsgraph.ingest.IngestPipeline;
import io.newsgraph.ingest.IngestReport;
import io.newsgraph.ingest.Lexicon;
import io.newsgraph.ingest.ReadResult;
import io.newsgraph.ingest.WriteSummary;
import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.GraphFragment;
import io.newsgraph.queries.GraphStats;
import io.newsgraph.queries.Views;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.function.BiFunction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code kg bench}: the ingest's speed measured beside the obvious alternatives in one run, as ratios (absolute times on
 * shared machines are noise). Every embedded store is a fresh temporary directory, deleted afterwards.
 */
public final class Benchmark {

    /** The sections, by the names {@code --skip} takes. */
    public static final List<String> SECTIONS = List.of("nlp", "coref", "threads", "reingest", "writes", "views",
            "memory");

    /**
     * What to measure and how much.
     *
     * @param corpus        the real articles (sections 1-3 and 6)
     * @param sample        how many of them sections 1-3 use (a fixed sample: the first by article id)
     * @param articles      synthetic articles in the graph the views run on (section 5)
     * @param writeArticles synthetic articles of the write benchmark (section 4)
     * @param viewRuns      runs of each view (section 5)
     * @param batch         articles per transaction when the synthetic graph is loaded in bulk
     * @param skip          sections not to run
     * @param memoryHeap    the -Xmx of the child JVM that ingests the whole corpus (section 6)
     * @param viewsStore    where section 5 keeps its synthetic graph, reused by the next run when it holds the same
     *                      number of articles; null for a temporary store
     */
    public record Options(Path corpus, int sample, int articles, int writeArticles, int viewRuns, int batch,
                          Set<String> skip, String memoryHeap, Path viewsStore) {
        boolean runs(String section) {
            return !skip.contains(section);
        }
    }

    static final String S1 = "1 NLP";
    static final String S2 = "2 threads";
    static final String S3 = "3 re-ingest";
    static final String S4 = "4 writes";
    static final String S5 = "5 views";
    static final String S6 = "6 memory";
    static final String ANNOTATORS_A = "tokenize,ssplit,pos,lemma,ner";
    static final String ANNOTATORS_B = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";
    private static final int WARM_UP = 3;
    /**
     * Runs of each view, with parameters of their own, before it is timed: enough for both ways co-mentions finds an
     * entity's latest articles to have run, so that the timed runs find the view's code compiled, as a server that has
     * been up a while does (a view's first runs in a new JVM take several times longer).
     */
    private static final int VIEW_WARM_UP = 10;
    /**
     * Most synthetic articles written before the ingest is timed (five per article of the sample), so that it is timed
     * with the writer's code compiled.
     */
    private static final int WRITER_WARM_UP = 500;
    /** Interleaved rounds of sections 1 and 2. */
    static final int ROUNDS = 5;

    private final Options options;
    private final PrintStream log;
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> findings = new ArrayList<>();
    private final Lexicon lexicon = Lexicon.defaults();
    private final Gazetteer gazetteer = lexicon.gazetteer();

    public Benchmark(Options options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    /** Findings that are no single figure (graph sizes, the corpus's per-article profile). */
    public List<String> findings() {
        return List.copyOf(findings);
    }

    public List<Figure> run() throws IOException {
        Path tmp = Files.createTempDirectory("kg-bench-");
        try {
            if (options.runs("nlp") || options.runs("threads") || options.runs("reingest")) {
                nlpSections(tmp);
            }
            if (options.runs("writes")) {
                section(S4, () -> writes(tmp));
            }
            if (options.runs("views")) {
                section(S5, () -> views(tmp));
            }
            if (options.runs("memory")) {
                section(S6, () -> memory(tmp));
            }
        } finally {
            deleteTree(tmp);
        }
        return figures();
    }

    private interface Section {
        void run() throws Exception;
    }

    private void section(String name, Section body) {
        log.printf("%n== %s ==%n", name);
        try (PeakHeap heap = PeakHeap.start()) {
            body.run();
            add(Figure.of(name, "peak heap of this section (sampled)", heap.sampledPeak() / 1e6, "MB"));
        } catch (Exception | OutOfMemoryError e) {
            log.println("section " + name + " failed: " + e);
            e.printStackTrace(log);
            add(Figure.of(name, "section failed", Double.NaN, "").withNote(e.toString()));
        }
    }

    private void add(Figure f) {
        figures.add(f);
        log.printf("  %-55s %15s  %s %s%n", f.name(), f.formatted(), f.goal() == null ? "" : f.goal(), f.verdict());
    }

    // ---------------------------------------------------------------- sections 1-3: the real corpus

    /**
     * Sections 1 to 3 on the real sample. The machines are shared, so the configurations run interleaved: the sample
     * is cut into {@link #ROUNDS} parts and each part goes through (a), (b), (c) with one worker and (c) with two
     * before the next, so a busy minute slows all of them alike and the ratios stay honest.
     */
    private void nlpSections(Path tmp) throws IOException {
        List<Path> parts = writeSample(tmp, options.sample());
        List<List<Article>> articles = parts.stream().map(Benchmark::read).toList();
        List<Article> sample = articles.stream().flatMap(List::stream).toList();
        log.printf("Sample: %d articles of %s (the first %d by article id), in %d interleaved rounds%n",
                sample.size(), options.corpus(), options.sample(), parts.size());
        boolean runA = options.runs("nlp");
        boolean runB = runA && options.runs("coref");
        boolean runThreads = options.runs("threads");
        Path store1 = tmp.resolve("ingest-1");
        long[] nanos = new long[6];
        long[] tokens = {0, 0};
        boolean[] sameGraph = {false};
        section(S1, () -> {
            StanfordCoreNLP a = runA ? corenlp(ANNOTATORS_A) : null;
            StanfordCoreNLP b = runB ? corenlp(ANNOTATORS_B) : null;
            Annotator annotator = loadAnnotator();
            warmUp(annotator, sample);
            for (StanfordCoreNLP p : java.util.Arrays.asList(a, b)) {
                if (p != null) {
                    sample.subList(0, Math.min(WARM_UP, sample.size())).forEach(x -> annotate(p, x));
                }
            }
            warmUpWriter(tmp.resolve("warm-writer"), Math.min(WRITER_WARM_UP, 5 * sample.size()));
            try (GraphConnection one = open(store1);
                 GraphConnection two = runThreads ? open(tmp.resolve("ingest-2")) : null) {
                IngestPipeline pipeline1 = pipeline(one, () -> annotator, 1);
                IngestPipeline pipeline2 = two == null ? null : pipeline(two, () -> annotator, 2);
                long created = 0;
                for (int round = 0; round < parts.size(); round++) {
                    List<Article> part = articles.get(round);
                    if (a != null) {
                        long[] t = timeCoreNlp(a, part);
                        tokens[0] += t[0];
                        nanos[0] += t[1];
                    }
                    if (b != null) {
                        long[] t = timeCoreNlp(b, part);
                        tokens[1] += t[0];
                        nanos[1] += t[1];
                    }
                    long ta = System.nanoTime();
                    for (Article x : part) {
                        annotator.annotate(x);
                    }
                    nanos[4] += System.nanoTime() - ta;
                    if (runThreads) {
                        nanos[5] += annotateWithTwoThreads(annotator, part);
                    }
                    long t0 = System.nanoTime();
                    IngestReport r = pipeline1.ingest(List.of(parts.get(round)), IngestPipeline.Listener.NONE);
                    nanos[2] += System.nanoTime() - t0;
                    check(r, part.size());
                    created += r.writes().nodesCreated() + r.writes().relationshipsCreated();
                    if (pipeline2 != null) {
                        t0 = System.nanoTime();
                        check(pipeline2.ingest(List.of(parts.get(round)), IngestPipeline.Listener.NONE), part.size());
                        nanos[3] += System.nanoTime() - t0;
                    }
                    log.printf("  round %d of %d done%n", round + 1, parts.size());
                }
                if (two != null) {
                    sameGraph[0] = GraphStats.read(one.driver(), one.sessionConfig())
                            .equals(GraphStats.read(two.driver(), two.sessionConfig()));
                }
                long tokenCount = tokens[0] > 0 ? tokens[0] : countTokens(sample);
                tokens[0] = tokenCount;
                double rateA = a == null ? Double.NaN : BenchMath.perSecond(tokenCount, nanos[0]);
                double rateB = b == null ? Double.NaN : BenchMath.perSecond(tokenCount, nanos[1]);
                double rateC = BenchMath.perSecond(tokenCount, nanos[2]);
                if (a != null) {
                    add(Figure.of(S1, "(a) CoreNLP " + ANNOTATORS_A, rateA, "tokens/s").withNote(String.format(
                            Locale.ROOT, "%,d tokens (CoreNLP's count; every rate of this section divides it) in "
                                    + "%d articles, one thread, warm; fine-grained NER off and sentence breaks at "
                                    + "newlines, as the ingest runs it", tokenCount, sample.size())));
                }
                if (b != null) {
                    add(Figure.of(S1, "(b) CoreNLP " + ANNOTATORS_B, rateB, "tokens/s").withNote(
                            "coref.algorithm=fastneural (the cheapest coreference that runs on dependency parses: "
                                    + "statistical is slower, neural needs the constituency parser); otherwise as (a)"));
                }
                double rateOurs = BenchMath.perSecond(tokenCount, nanos[4]);
                add(Figure.of(S1, "(a+) the ingest's annotation alone", rateOurs, "tokens/s").withNote(
                        "Annotator.annotate on each article, one thread: the (a) pipeline with the gazetteer's "
                                + "RegexNER, then the dependency parse of the sentences with a cue word or a "
                                + "quotation; no extraction and no writes"));
                add(Figure.of(S1, "(c) our full ingest (NLP, extraction, resolution, writes)", rateC, "tokens/s")
                        .withNote(String.format(Locale.ROOT, "IngestPipeline with one worker thread, CoreNLP loaded "
                                + "beforehand; %,d nodes and relationships written to a fresh embedded Neo4j",
                                created)));
                add(Figure.of(S1, "(c) / (a+): our ingest vs its own annotation", rateC / rateOurs, "x").withNote(
                        "what extraction, resolution and the writes (the embedded server shares the 2 cores) cost "
                                + "beyond the NLP"));
                if (a != null) {
                    add(Figure.of(S1, "(c) / (a): our ingest vs CoreNLP's NER pipeline alone", rateC / rateA, "x")
                            .withNote("our NLP adds the gazetteer's RegexNER to (a), then extraction, resolution and "
                                    + "the writes"));
                }
                if (b != null) {
                    add(Figure.of(S1, "(c) / (b): our ingest vs CoreNLP with coref", BenchMath.ratio(rateC, rateB),
                            "x").withGoal(Goal.atLeast(3, ">= 3x")));
                }
            }
        });
        if (runThreads && nanos[3] > 0) {
            add(Figure.of(S2, "ingest with 1 worker thread", BenchMath.perSecond(tokens[0], nanos[2]), "tokens/s"));
            add(Figure.of(S2, "ingest with 2 worker threads", BenchMath.perSecond(tokens[0], nanos[3]), "tokens/s"));
            if (nanos[5] > 0) {
                add(Figure.of(S2, "the ingest's annotation alone, speed-up of 2 threads over 1",
                        BenchMath.ratio(nanos[4], nanos[5]), "x").withNote("Annotator.annotate on the same articles "
                        + "with 2 threads, against (a+) with one, in the same rounds: what this machine gives two "
                        + "threads of the NLP alone, with no extraction and no writes, which bounds the ingest's "
                        + "speed-up"));
            }
            add(Figure.of(S2, "speed-up, 2 threads over 1", BenchMath.ratio(nanos[2], nanos[3]), "x")
                    .withGoal(Goal.atLeast(1.7, ">= 1.7x on 2 cores")).withNote(String.format(Locale.ROOT,
                            "%d cores; writes are made in input order on one thread, so the runs end in the same "
                                    + "graph (nodes per label and relationships per type %s) and cannot deadlock",
                            Runtime.getRuntime().availableProcessors(), sameGraph[0] ? "identical" : "DIFFER")));
        }
        if (options.runs("reingest") && nanos[2] > 0) {
            section(S3, () -> {
                try (GraphConnection conn = open(store1)) {
                    long t0 = System.nanoTime();
                    IngestReport r = pipeline(conn, () -> {
                        throw new IllegalStateException("an unchanged corpus must not need the NLP");
                    }, 1).ingest(parts, IngestPipeline.Listener.NONE);
                    long again = System.nanoTime() - t0;
                    if (r.unchanged() != sample.size()) {
                        throw new IllegalStateException("re-ingest found " + r.unchanged() + " of " + sample.size()
                                + " articles unchanged");
                    }
                    add(Figure.of(S3, "re-ingest of the unchanged sample", BenchMath.millis(again), "ms"));
                    add(Figure.of(S3, "re-ingest time / first ingest time", BenchMath.percent(again, nanos[2]), "%")
                            .withGoal(Goal.atMost(2, "< 2%")).withNote(String.format(Locale.ROOT, "%d articles "
                                    + "read, hashed and found unchanged in one query; CoreNLP not loaded",
                                    r.unchanged())));
                }
            });
        }
    }

    private List<Path> writeSample(Path tmp, int n) throws IOException {
        if (!Files.isDirectory(options.corpus()) && !Files.isRegularFile(options.corpus())) {
            throw new IllegalArgumentException("no corpus at " + options.corpus() + " (give --corpus DIR, or skip "
                    + "nlp,threads,reingest,memory)");
        }
        ArticleReader reader = new ArticleReader();
        List<ReadResult.Failed> problems = new ArrayList<>();
        Map<String, Article> byId = new LinkedHashMap<>();
        for (Path f : reader.expand(List.of(options.corpus()), problems)) {
            for (ReadResult r : reader.read(f)) {
                if (r instanceof ReadResult.Ok ok) {
                    byId.putIfAbsent(ok.article().id(), ok.article());
                }
            }
        }
        List<Article> chosen = byId.values().stream().sorted(Comparator.comparing(Article::id)).limit(n).toList();
        int rounds = Math.min(ROUNDS, chosen.size());
        List<Path> parts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (int round = 0; round < rounds; round++) {
            Path file = tmp.resolve("sample-" + round + ".jsonl");
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = round; i < chosen.size(); i += rounds) {
                    Article a = chosen.get(i);
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("url", a.uri());
                    row.put("date", a.published() == null ? null : a.published().toString());
                    row.put("title", a.title());
                    row.put("text", a.text());
                    w.write(json.writeValueAsString(row));
                    w.newLine();
                }
            }
            parts.add(file);
        }
        return parts;
    }

    private static List<Article> read(Path file) {
        return new ArticleReader().read(file).stream().filter(r -> r instanceof ReadResult.Ok)
                .map(r -> ((ReadResult.Ok) r).article()).toList();
    }

    /** A CoreNLP pipeline with these annotators and the ingest's own settings. */
    private StanfordCoreNLP corenlp(String annotators) {
        Properties props = Annotator.settings(annotators);
        props.setProperty("coref.algorithm", "fastneural");
        long t0 = System.nanoTime();
        StanfordCoreNLP p = new StanfordCoreNLP(props);
        log.printf("  loaded %s in %.1f s%n", annotators, (System.nanoTime() - t0) / 1e9);
        return p;
    }

    /** Tokens annotated and nanoseconds taken, after annotating the first articles once to warm up. */
    private static long[] timeCoreNlp(StanfordCoreNLP pipeline, List<Article> sample) {
        for (Article a : sample.subList(0, Math.min(WARM_UP, sample.size()))) {
            annotate(pipeline, a);
        }
        long tokens = 0;
        long t0 = System.nanoTime();
        for (Article a : sample) {
            tokens += annotate(pipeline, a);
        }
        return new long[] {tokens, System.nanoTime() - t0};
    }

    /** Tokens of one article: the count every rate of section 1 divides. */
    private static int annotate(StanfordCoreNLP pipeline, Article a) {
        CoreDocument doc = new CoreDocument(a.text());
        if (a.published() != null) {
            doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, a.published().toString());
        }
        pipeline.annotate(doc);
        return doc.tokens().size();
    }

    private long countTokens(List<Article> sample) {
        StanfordCoreNLP tokenizer = new StanfordCoreNLP(new Properties() {
            {
                setProperty("annotators", "tokenize");
                setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
            }
        });
        long n = 0;
        for (Article a : sample) {
            CoreDocument d = new CoreDocument(a.text());
            tokenizer.annotate(d);
            n += d.tokens().size();
        }
        return n;
    }

    private Annotator loadAnnotator() {
        long t0 = System.nanoTime();
        Annotator a = Annotator.shared(gazetteer);
        log.printf("  loaded the ingest's pipeline in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return a;
    }

    private void warmUp(Annotator annotator, List<Article> sample) {
        EntityExtractor extractor = lexicon.entityExtractor();
        for (Article a : sample.subList(0, Math.min(WARM_UP, sample.size()))) {
            extractor.extract(annotator.annotate(a));
        }
    }

    /**
     * Runs the writer's code (the driver's, the embedded server's and its Cypher runtime's) until the JIT has compiled
     * it, as the CoreNLP pipelines are warmed before they are timed: synthetic articles written one per transaction
     * into a scratch store, as the ingest writes them, then the store is deleted.
     */
    private void warmUpWriter(Path store, int articles) {
        long t0 = System.nanoTime();
        SyntheticNews news = new SyntheticNews(SyntheticNews.WIKINEWS, 3000);
        List<GraphFragment> warm = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            warm.add(news.fragment(60_000_000 + i));
        }
        timeWrites(store, warm, List.of(), 1, (writer, one) -> writer.writeGroup(one, null, Map.of()).summary());
        deleteTree(store);
        log.printf("  warmed the writer with %d synthetic articles in %.1f s%n", articles,
                (System.nanoTime() - t0) / 1e9);
    }

    /** Annotates the articles with two threads (each takes the next not yet taken); nanoseconds. */
    private static long annotateWithTwoThreads(Annotator annotator, List<Article> part) throws InterruptedException {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < part.size(); i = next.getAndIncrement()) {
                annotator.annotate(part.get(i));
            }
        };
        long t0 = System.nanoTime();
        Thread other = new Thread(work, "bench-annotator");
        other.start();
        work.run();
        other.join();
        return System.nanoTime() - t0;
    }

    private IngestPipeline pipeline(GraphConnection conn, Supplier<Annotator> annotator, int threads) {
        return new IngestPipeline(new ArticleReader(), annotator, lexicon.entityExtractor(),
                new EntityResolver(gazetteer), new GraphWriter(conn.driver(), conn.sessionConfig()), threads);
    }

    private static void check(IngestReport r, int expected) {
        if (r.hasFailures() || r.written() != expected) {
            throw new IllegalStateException("ingest wrote " + r.written() + " of " + expected + " articles; failures: "
                    + r.failed());
        }
    }

    static GraphConnection open(Path store) {
        return GraphConnection.open(Map.of(), new GraphConnection.EmbeddedOptions(store, "127.0.0.1", 0, null));
    }

    // ---------------------------------------------------------------- section 4: the writer

    /**
     * Into a fresh store, writes the warm-up articles and then, timed, the fragments, {@code per} articles to a call of
     * {@code write}: nodes and relationships created (the server's counters) and nanoseconds.
     */
    private static long[] timeWrites(Path store, List<GraphFragment> warm, List<GraphFragment> fragments, int per,
                                     BiFunction<GraphWriter, List<GraphFragment>, WriteSummary> write) {
        try (GraphConnection conn = open(store)) {
            GraphWriter writer = new GraphWriter(conn.driver(), conn.sessionConfig());
            for (int i = 0; i < warm.size(); i += per) {
                write.apply(writer, warm.subList(i, Math.min(warm.size(), i + per)));
            }
            long created = 0;
            long t0 = System.nanoTime();
            for (int i = 0; i < fragments.size(); i += per) {
                WriteSummary s = write.apply(writer, fragments.subList(i, Math.min(fragments.size(), i + per)));
                created += s.nodesCreated() + s.relationshipsCreated();
            }
            return new long[] {created, System.nanoTime() - t0};
        }
    }

    private void writes(Path tmp) {
        SyntheticNews news = new SyntheticNews(SyntheticNews.WIKINEWS, 3000);
        int n = options.writeArticles();
        List<GraphFragment> fragments = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            fragments.add(news.fragment(i));
        }
        List<GraphFragment> warm = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            warm.add(news.fragment(50_000_000 + i));
        }
        // what the ingest can write together with its default of one worker per core
        int group = IngestPipeline.largestGroup(Runtime.getRuntime().availableProcessors());
        long[] perArticleRun = timeWrites(tmp.resolve("writes-1"), warm, fragments, 1,
                (writer, articles) -> writer.write(articles.get(0)));
        long[] groupRun = timeWrites(tmp.resolve("writes-g"), warm, fragments, group,
                (writer, articles) -> writer.writeGroup(articles, null, Map.of()).summary());
        long[] batchRun = timeWrites(tmp.resolve("writes-2"), warm, fragments, options.batch(), GraphWriter::writeAll);
        long bareNanos;
        long bareCreated;
        GraphRows warmRows = GraphRows.of(warm);
        GraphRows rows = GraphRows.after(warmRows, fragments);
        try (GraphConnection conn = open(tmp.resolve("writes-3"))) {
            BareWriter.write(conn.driver(), conn.sessionConfig(), warmRows);
            long t0 = System.nanoTime();
            bareCreated = BareWriter.write(conn.driver(), conn.sessionConfig(), rows);
            bareNanos = System.nanoTime() - t0;
        }
        double bare = BenchMath.perSecond(bareCreated, bareNanos);
        double perArticle = BenchMath.perSecond(perArticleRun[0], perArticleRun[1]);
        double batched = BenchMath.perSecond(batchRun[0], batchRun[1]);
        add(Figure.of(S4, "bare UNWIND ... CREATE of the same rows", bare, "nodes+rels/s").withNote(String.format(
                Locale.ROOT, "%,d synthetic articles: %,d nodes and relationships (%,d created by the bare baseline; "
                        + "the writer creates the same graph, counted by the server), %,d rows per transaction",
                n, perArticleRun[0], bareCreated, BareWriter.BATCH)));
        double grouped = BenchMath.perSecond(groupRun[0], groupRun[1]);
        add(Figure.of(S4, "GraphWriter, the ingest's writer: the articles that are ready, up to " + group
                + " per transaction", grouped, "nodes+rels/s").withGoal(Goal.atLeast(20_000, ">= 20,000/s"))
                .withNote("GraphWriter.writeGroup as the ingest calls it when the NLP is ahead of the writes (every "
                        + "fragment here is ready; one worker per core, two articles per worker analysed ahead of "
                        + "the writes): the graph lock, the check for articles written meanwhile, all "
                        + "rows of the group in one statement per kind, each article's earlier versions looked up; "
                        + "one commit per group"));
        add(Figure.of(S4, "bare / GraphWriter (the ingest's writer)", BenchMath.ratio(bare, grouped), "x")
                .withGoal(Goal.atMost(2, "<= 2x")));
        add(Figure.of(S4, "GraphWriter, one article per transaction", perArticle, "nodes+rels/s")
                .withNote("what the ingest writes when the NLP is slower than the writes (always, on this "
                        + "machine: each group then holds one article): the same statements and a commit, a forced "
                        + "write of the transaction log and a refresh of the full-text index, for each article of "
                        + "~65 nodes and relationships"));
        add(Figure.of(S4, "bare / GraphWriter one article per transaction", BenchMath.ratio(bare, perArticle), "x"));
        add(Figure.of(S4, "GraphWriter.writeAll, " + options.batch() + " articles per transaction (bulk)", batched,
                "nodes+rels/s").withGoal(Goal.atLeast(20_000, ">= 20,000/s")));
        add(Figure.of(S4, "bare / GraphWriter bulk", BenchMath.ratio(bare, batched), "x")
                .withGoal(Goal.atMost(2, "<= 2x")));
    }

    // ---------------------------------------------------------------- section 5: the views at scale

    private void views(Path tmp) {
        SyntheticNews news = new SyntheticNews(SyntheticNews.WIKINEWS, 3000);
        int n = options.articles();
        Path store = options.viewsStore() == null ? tmp.resolve("views") : options.viewsStore();
        try (GraphConnection conn = open(store)) {
            long kept = articlesIn(conn);
            if (kept != 0 && kept != n) {
                throw new IllegalStateException(store + " holds " + kept + " articles, not the " + n
                        + " of --articles: give another --views-store or delete it");
            }
            if (kept == 0) {
                build(conn, news, n);
            } else {
                log.printf("  %s already holds the %,d synthetic articles: not built again%n", store, n);
                warmPageCache(conn);
            }
            runViews(conn, news, n);
        }
    }

    private static long articlesIn(GraphConnection conn) {
        try (var session = conn.driver().session(conn.sessionConfig())) {
            return session.run("MATCH (a:Article) RETURN count(a) AS n").single().get("n").asLong();
        }
    }

    /**
     * Reads every node and relationship with its properties once, so that a store opened again answers from the page
     * cache as one just built does.
     */
    private void warmPageCache(GraphConnection conn) {
        long t0 = System.nanoTime();
        try (var session = conn.driver().session(conn.sessionConfig())) {
            session.run("MATCH (n) RETURN sum(size(keys(n))) AS n").consume();
            session.run("MATCH ()-[r]->() RETURN sum(size(keys(r))) AS n").consume();
        }
        log.printf("  read the whole store into the page cache in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private void build(GraphConnection conn, SyntheticNews news, int n) {
        GraphWriter writer = new GraphWriter(conn.driver(), conn.sessionConfig());
        long created = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i += options.batch()) {
            List<GraphFragment> batch = new ArrayList<>();
            for (int k = i; k < Math.min(n, i + options.batch()); k++) {
                batch.add(news.fragment(k));
            }
            var s = writer.writeAll(batch);
            created += s.nodesCreated() + s.relationshipsCreated();
            if ((i / options.batch()) % 100 == 0) {
                log.printf("  %,d of %,d synthetic articles written%n", i, n);
            }
        }
        long build = System.nanoTime() - t0;
        GraphStats stats = GraphStats.read(conn.driver(), conn.sessionConfig());
        long nodes = stats.nodesPerLabel().values().stream().mapToLong(Long::longValue).sum();
        long rels = stats.relationshipsPerType().values().stream().mapToLong(Long::longValue).sum();
        add(Figure.of(S5, "synthetic graph built through GraphWriter.writeAll", build / 1e9, "s").withNote(
                String.format(Locale.ROOT, "%,d articles, %,d nodes, %,d relationships, %,.0f nodes+rels/s",
                        n, nodes, rels, BenchMath.perSecond(created, build))));
        findings.add(String.format(Locale.ROOT, "Synthetic graph of section 5: %,d articles; nodes %s; "
                + "relationships %s", n, stats.nodesPerLabel(), stats.relationshipsPerType()));
    }

    private void runViews(GraphConnection conn, SyntheticNews news, int n) {
        ViewParams params = new ViewParams(news, n);
        for (Views.View view : Views.list()) {
            Random warm = new Random(view.name().hashCode() + 1L);
            for (int w = 0; w < VIEW_WARM_UP; w++) {
                Views.run(conn.driver(), conn.sessionConfig(), view.name(), params.forView(view, warm));
            }
            Random random = new Random(view.name().hashCode());
            List<Double> ms = new ArrayList<>();
            long rows = 0;
            int maxRows = 0;
            double slowest = -1;
            Map<String, Object> slowestParams = Map.of();
            for (int run = 0; run < options.viewRuns(); run++) {
                Map<String, Object> p = params.forView(view, random);
                long s = System.nanoTime();
                int got = Views.run(conn.driver(), conn.sessionConfig(), view.name(), p).size();
                double took = BenchMath.millis(System.nanoTime() - s);
                ms.add(took);
                rows += got;
                maxRows = Math.max(maxRows, got);
                if (took > slowest) {
                    slowest = took;
                    slowestParams = new java.util.TreeMap<>();
                    for (var e : p.entrySet()) {
                        if (e.getValue() != null) {
                            slowestParams.put(e.getKey(), e.getValue());
                        }
                    }
                }
            }
            boolean lookup = ViewParams.looksUp(view);
            String kind = lookup ? " (lookup)" : "";
            Figure median = Figure.of(S5, view.name() + kind + " median", BenchMath.median(ms), "ms");
            Figure p95 = Figure.of(S5, view.name() + kind + " p95", BenchMath.percentile(ms, 95), "ms");
            String note = String.format(Locale.ROOT, "%d runs, %.1f rows per run on average, at most %d; the "
                    + "slowest run %.0f ms with %s", ms.size(), (double) rows / ms.size(), maxRows, slowest,
                    slowestParams);
            if (lookup) {
                median = median.withGoal(Goal.atMost(20, "< 20 ms"));
                p95 = p95.withGoal(Goal.atMost(100, "< 100 ms"));
                if (!median.goal().metBy(median.value()) || !p95.goal().metBy(p95.value())) {
                    note += "; the lookup itself is an index seek, but a name in the head of the distribution "
                            + "(named in a large share of all articles, or an alias many people share) makes the "
                            + "answer itself large: the time grows with the rows and paths it has to read";
                }
            } else if (p95.value() >= 100) {
                note += "; a report over the whole graph (an optional filter, no lookup), so it grows with it";
            }
            add(median);
            add(p95.withNote(note));
        }
    }

    // ---------------------------------------------------------------- section 6: memory

    private void memory(Path tmp) throws IOException, InterruptedException {
        if (!Files.exists(options.corpus())) {
            throw new IllegalArgumentException("no corpus at " + options.corpus());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx" + options.memoryHeap(), "-cp",
                System.getProperty("java.class.path"), CorpusIngest.class.getName(),
                options.corpus().toAbsolutePath().toString(), tmp.resolve("memory").toString());
        log.println("  " + String.join(" ", command.subList(0, 2)) + " ... " + CorpusIngest.class.getSimpleName());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        CorpusIngest.Result result = null;
        List<String> tail = new ArrayList<>();
        try (var reader = p.inputReader(StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                log.println("  | " + line);
                tail.add(line);
                if (tail.size() > 20) {
                    tail.remove(0);
                }
                CorpusIngest.Result r = CorpusIngest.Result.parse(line);
                if (r != null) {
                    result = r;
                }
                if (line.startsWith(CorpusIngest.PROFILE)) {
                    findings.add("Per-article profile of the whole corpus (what SyntheticNews.WIKINEWS copies): "
                            + line.substring(CorpusIngest.PROFILE.length()).strip());
                }
            }
        }
        int exit = p.waitFor();
        if (result == null) {
            add(Figure.of(S6, "whole corpus at -Xmx" + options.memoryHeap() + ": articles failed", Double.NaN, "")
                    .withGoal(Goal.atMost(0, "0")).withNote("the child JVM exited with " + exit + ": "
                            + String.join(" / ", tail)));
            return;
        }
        add(Figure.of(S6, "whole corpus at -Xmx" + options.memoryHeap() + ": articles failed",
                result.failed() + (exit == 0 ? 0 : 1), "").withGoal(Goal.atMost(0, "0")).withNote(String.format(
                        Locale.ROOT, "a child JVM (java -Xmx%s) ingests all %,d articles (%,d tokens) with one "
                                + "worker per core into a fresh store, as kg ingest does; exit code %d",
                        options.memoryHeap(), result.written() + result.failed(), result.tokens(), exit)));
        add(Figure.of(S6, "peak heap (sampled every 20 ms)", result.peakHeap() / 1e6, "MB"));
        add(Figure.of(S6, "sum of heap pools' peaks (upper bound)", result.poolPeak() / 1e6, "MB"));
        add(Figure.of(S6, "whole-corpus ingest speed", BenchMath.perSecond(result.tokens(),
                result.millis() * 1_000_000L), "tokens/s").withNote(String.format(Locale.ROOT,
                        "%.1f s, CoreNLP's load (%.1f s) excluded", result.millis() / 1e3, result.loadMillis() / 1e3)));
    }

    /** The "how it was measured" part of RESULTS.md, with this run's findings. */
    public static String method(List<String> findings) {
        StringBuilder out = new StringBuilder();
        out.append("""
                - Every section uses its own fresh embedded Neo4j 5.26 in a temporary directory (deleted afterwards),
                  reached over Bolt as `kg` does; the user's `data/` is never touched.
                - **1 NLP**: a fixed sample of the corpus (the first articles by article id, i.e. by hash of the
                  text). (a) and (b) are plain `StanfordCoreNLP` pipelines with exactly those annotators and the
                  ingest's settings (fine-grained NER off, newlines break sentences, the publication date as document
                  date); (b) uses `coref.algorithm=fastneural`. (c) is `IngestPipeline` with one worker thread into
                  an empty store. Every rate divides the same token count (CoreNLP's tokens of the sample) by the
                  wall time of the whole sample, after a warm-up on its first three articles; loading the models
                  is not timed. Before (c) is timed the writer's code is warmed as the pipelines are: 500 synthetic
                  articles written one per transaction into a scratch store, so that (c) is not timed while the JIT
                  compiles the driver's and the embedded server's code (a one-off cost of every new JVM).
                - **2 threads**: the same ingest with two workers into another empty store; the graphs must be equal.
                  In the same rounds the annotation alone runs with two threads over the same articles: what the
                  machine gives two threads of the NLP, a bound on the ingest's speed-up.
                - **3 re-ingest**: the sample again into the store of (c); CoreNLP must not be needed.
                - **4 writes**: synthetic fragments (`SyntheticNews`, sizes from the real corpus) written by
                  `GraphWriter.writeGroup` (the ingest's groups: two articles per worker, one worker per core), by
                  `GraphWriter.write` (one article per transaction), by `GraphWriter.writeAll` (bulk) and, as the
                  baseline, as the same distinct node and relationship rows by `UNWIND ... CREATE` in
                  batches of 5,000 rows. Each into a fresh store after a warm-up of 200 other articles; nodes and
                  relationships created are the server's counters.
                - **5 views**: a synthetic graph built through `GraphWriter.writeAll` (or, with `--views-store`,
                  one kept from an earlier run and read once into the page cache); each saved view runs ten
                  times with parameters of their own to warm up, then N times with varied parameters (names, aliases and acronyms from the entity
                  pool, ids of statements, claims and events in the graph, dates, types). Latency is wall time on the
                  client including Bolt. The goal applies to views that look up a name, place or id they require.
                - **6 memory**: a child JVM with `-Xmx3g` ingests the whole corpus with one worker per core (as
                  `kg ingest`), sampling the used heap every 20 ms; the heap pools' summed peaks are an upper bound.
                """);
        if (!findings.isEmpty()) {
            out.append("\n## Other findings of this run\n\n");
            findings.forEach(f -> out.append("- ").append(f).append('\n'));
        }
        return out.toString();
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("kg bench: could not delete " + dir + ": " + e.getMessage());
        }
    }

    /** Entity names used by the synthetic generator, for view parameters. */
    static List<Entity> ofTypes(List<Entity> pool, EntityType... types) {
        Set<EntityType> t = Set.of(types);
        return pool.stream().filter(e -> t.contains(e.type())).toList();
    }
}
