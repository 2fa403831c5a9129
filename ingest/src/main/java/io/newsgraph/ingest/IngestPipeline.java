package io.newsgraph.ingest;

import io.newsgraph.model.Article;
import io.newsgraph.model.GraphFragment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * The ingest, stage by stage: read ({@link ArticleReader}) → skip what the graph already has → annotate
 * ({@link Annotator}) → extract ({@link EntityExtractor}) → resolve against known entities
 * ({@link EntityResolver}) → write ({@link GraphWriter}).
 *
 * <p>Annotation and extraction run on {@code threads} workers; resolution and writes happen on the calling thread in input order,
 * one transaction per article. A file or article that fails is reported and the rest go on; losing the database
 * stops the run ({@link DatabaseUnavailable}), with every article written so far complete.
 */
public final class IngestPipeline {

    /** Told about progress, on the calling thread. */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        default void started(int articles) {
        }

        default void article(int done, int total, String origin, String outcome) {
        }

        default void failed(ReadResult.Failed failure) {
        }

        default void skipped(ReadResult.Skipped skipped) {
        }

        default void warned(ReadResult.Warning warning) {
        }
    }

    /** Default time one article may take to annotate and extract before it is given up and reported. */
    public static final Duration DEFAULT_ARTICLE_TIMEOUT = Duration.ofSeconds(120);
    /**
     * Most articles written in one transaction: the writer takes the next article in input order and, with it, those
     * after it that are analysed already (when the NLP is ahead of the writes; at most two per worker are), up to this
     * many, so that the server's cost of a write (a round trip per statement, a commit) is shared by several articles.
     */
    public static final int MAX_GROUP = 32;

    /**
     * The most articles the ingest writes in one transaction with this many workers: two per worker are analysed
     * ahead of the writes, and never more than {@link #MAX_GROUP}.
     */
    public static int largestGroup(int threads) {
        return Math.min(MAX_GROUP, Math.max(1, threads) * 2);
    }

    /** The database went away during the run. */
    public static final class DatabaseUnavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DatabaseUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final ArticleReader reader;
    private final Supplier<Annotator> annotatorSource;
    private Annotator annotator;
    private final EntityExtractor extractor;
    private final EntityResolver resolver;
    private final GraphWriter writer;
    private final int threads;
    private Duration articleTimeout = DEFAULT_ARTICLE_TIMEOUT;
    private int maxGroup = MAX_GROUP;

    public IngestPipeline(ArticleReader reader, Annotator annotator, EntityExtractor extractor,
                          EntityResolver resolver, GraphWriter writer, int threads) {
        this(reader, () -> annotator, extractor, resolver, writer, threads);
    }

    /**
     * How long one article may take in annotation and extraction; after that its work is cancelled and it is reported
     * failed, and the run goes on.
     */
    public IngestPipeline withArticleTimeout(Duration timeout) {
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("the article time limit must be positive, not " + timeout);
        }
        this.articleTimeout = timeout;
        return this;
    }

    /** Writes at most this many articles in one transaction (default {@link #MAX_GROUP}; 1: one per transaction). */
    public IngestPipeline withMaxGroup(int articles) {
        if (articles < 1) {
            throw new IllegalArgumentException("articles per transaction must be at least 1, not " + articles);
        }
        this.maxGroup = articles;
        return this;
    }

    public Duration articleTimeout() {
        return articleTimeout;
    }

    /**
     * With the annotator supplied on first need, so that a run with nothing new to annotate never loads CoreNLP.
     */
    public IngestPipeline(ArticleReader reader, Supplier<Annotator> annotator, EntityExtractor extractor,
                          EntityResolver resolver, GraphWriter writer, int threads) {
        this.reader = reader;
        this.annotatorSource = annotator;
        this.extractor = extractor;
        this.resolver = resolver;
        this.writer = writer;
        this.threads = Math.max(1, threads);
    }

    public IngestReport ingest(List<Path> paths, Listener listener) {
        long t0 = System.nanoTime();
        List<ReadResult.Failed> failed = new ArrayList<>();
        List<ReadResult.Skipped> skipped = new ArrayList<>();
        List<ReadResult.Skipped> duplicates = new ArrayList<>();
        Set<ReadResult.Warning> warnings = new LinkedHashSet<>();
        List<Path> files = reader.expand(paths, failed, skipped);
        failed.forEach(listener::failed);
        skipped.forEach(listener::skipped);

        Map<String, ReadResult.Ok> byId = new LinkedHashMap<>();
        int read = 0;
        for (Path file : files) {
            for (ReadResult r : reader.read(file)) {
                if (r instanceof ReadResult.Ok ok) {
                    read++;
                    if (ok.warning() != null && warnings.add(ok.warning())) {
                        listener.warned(ok.warning());
                    }
                    ReadResult.Ok first = byId.putIfAbsent(ok.article().id(), ok);
                    if (first != null) {
                        ReadResult.Skipped dup = new ReadResult.Skipped(ok.origin(), "duplicate of " + first.origin()
                                + " (the same text): written once");
                        duplicates.add(dup);
                        listener.skipped(dup);
                    }
                } else if (r instanceof ReadResult.Skipped sk) {
                    skipped.add(sk);
                    listener.skipped(sk);
                } else {
                    ReadResult.Failed f = (ReadResult.Failed) r;
                    failed.add(f);
                    listener.failed(f);
                }
            }
        }

        Set<String> existing;
        try {
            existing = writer.existingArticles(byId.keySet());
        } catch (RuntimeException e) {
            if (databaseGone(e)) {
                throw new DatabaseUnavailable("Neo4j is unreachable: " + e.getMessage(), e);
            }
            throw e;
        }
        // Oldest first (undated last), so that a later report finds the event an earlier one dated.
        List<ReadResult.Ok> todo = byId.values().stream().filter(ok -> !existing.contains(ok.article().id()))
                .sorted(java.util.Comparator.comparing((ReadResult.Ok ok) -> ok.article().published(),
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
        listener.started(todo.size());
        if (!todo.isEmpty()) {
            if (annotator == null) {
                annotator = annotatorSource.get();
            }
            // the resolver reads the graph's entities and events in the first write's transaction (GraphWriter)
        }
        // An older version of an article (same uri, other text) is replaced, unless this run also reads its text.
        Map<String, String> readThisRun = new java.util.HashMap<>();
        byId.forEach((id, ok) -> readThisRun.put(id, ok.article().uri()));

        WriteSummary writes = WriteSummary.NONE;
        Counts counts = new Counts();
        // Workers come from a pool that grows: a worker stuck past its time limit in code that ignores interruption
        // gives up its place (Places) and a new thread takes the next article.
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "nlp-worker");
            t.setDaemon(true);
            return t;
        });
        Places places = new Places(threads);
        try {
            Deque<Job> window = new ArrayDeque<>();
            Iterator<ReadResult.Ok> pending = todo.iterator();
            // Two articles per worker are analysed ahead of the writes, no more: a window much wider lets one ingest
            // write far ahead of another running at the same time, and where resolution depends on the order of
            // writes (the first spelling seen is canonical) the graph would depend on which got the lock first.
            int windowSize = threads * 2;
            int done = 0;
            while (done < todo.size()) {
                fill(window, pending, windowSize, places, pool);
                // The next article in input order and, written with it, those after it analysed already, up to
                // maxGroup. A failed analysis or a uri seen in the group ends it, so that every article is reported
                // in input order (a group's positions follow one another).
                List<Analysed> group = new ArrayList<>();
                int first = done + 1;
                Set<String> uris = new java.util.HashSet<>();
                Analysed failedAfter = null;
                while (!window.isEmpty() && group.size() < maxGroup) {
                    Job head = window.peekFirst();
                    if (!group.isEmpty() && (uris.contains(head.ok.article().uri()) || !head.analysedAlready())) {
                        break;
                    }
                    Analysed a = window.removeFirst().await(articleTimeout);
                    done++;
                    counts.analysisNanos += a.nanos();
                    if (a.failure() != null) {
                        failedAfter = a;
                        break;
                    }
                    group.add(a);
                    if (a.fragment().article().uri() != null) {
                        uris.add(a.fragment().article().uri());
                    }
                    fill(window, pending, windowSize, places, pool);
                }
                if (!group.isEmpty()) {
                    long w0 = System.nanoTime();
                    writes = writes.plus(writeGroup(group, first, todo.size(), failed, listener, readThisRun,
                            counts));
                    counts.writeNanos += System.nanoTime() - w0;
                }
                if (failedAfter != null) {
                    failed.add(failedAfter.failure());
                    listener.failed(failedAfter.failure());
                    listener.article(done, todo.size(), failedAfter.origin(), "failed");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new IngestReport(files.size(), read, existing.size() + counts.meanwhile, duplicates.size(),
                counts.written, counts.replaced, skipped, duplicates, List.copyOf(warnings), failed, writes,
                counts.tokens, (System.nanoTime() - t0) / 1_000_000, counts.analysisNanos / 1_000_000,
                counts.writeNanos / 1_000_000);
    }

    /** What the run has written so far. */
    private static final class Counts {
        int written;
        int meanwhile;
        int replaced;
        long tokens;
        long analysisNanos;
        long writeNanos;
    }

    /** Puts the next articles to analyse into the window, up to its size; each starts as a worker is free. */
    private void fill(Deque<Job> window, Iterator<ReadResult.Ok> pending, int size, Places places,
                      ExecutorService pool) {
        while (pending.hasNext() && window.size() < size) {
            window.add(new Job(pending.next(), places, pool));
        }
    }

    /**
     * Writes a group of analysed articles, the first of them at position {@code first} of the run, in one
     * transaction, or, when that fails for another reason than a lost database, one by one, so that a bad article
     * fails alone; reports each article. Returns the server's counters.
     */
    private WriteSummary writeGroup(List<Analysed> group, int first, int total, List<ReadResult.Failed> failed,
                                    Listener listener, Map<String, String> readThisRun, Counts counts) {
        List<GraphWriter.Written> results;
        WriteSummary summary;
        try {
            GraphWriter.Group g = writer.writeGroup(group.stream().map(Analysed::fragment).toList(), resolver,
                    readThisRun);
            results = g.articles();
            summary = g.summary();
        } catch (RuntimeException e) {
            if (databaseGone(e)) {
                throw gone(group.get(0), first, total, counts.written, e);
            }
            if (group.size() == 1) {
                failedToWrite(group.get(0), first, total, e, failed, listener);
                return WriteSummary.NONE;
            }
            results = new ArrayList<>();
            summary = WriteSummary.NONE;
            for (int i = 0; i < group.size(); i++) {
                Analysed a = group.get(i);
                try {
                    GraphWriter.Written w = writer.write(a.fragment(), resolver, readThisRun);
                    results.add(w);
                    summary = summary.plus(w.summary());
                } catch (RuntimeException one) {
                    if (databaseGone(one)) {
                        throw gone(a, first + i, total, counts.written, one);
                    }
                    results.add(null);
                    failedToWrite(a, first + i, total, one, failed, listener);
                }
            }
        }
        for (int i = 0; i < group.size(); i++) {
            Analysed a = group.get(i);
            GraphWriter.Written w = results.get(i);
            if (w == null) {
                continue;
            }
            if (w.alreadyThere()) {
                counts.meanwhile++;
                listener.article(first + i, total, a.origin(), "unchanged (written meanwhile by another "
                        + "ingest)");
                continue;
            }
            counts.replaced += w.replaced().size();
            counts.written++;
            counts.tokens += a.tokens();
            listener.article(first + i, total, a.origin(), w.replaced().isEmpty() ? "written"
                    : "written, replacing its earlier text");
        }
        return summary;
    }

    private static DatabaseUnavailable gone(Analysed a, int position, int total, int written, RuntimeException e) {
        return new DatabaseUnavailable("Neo4j became unreachable while writing " + a.origin() + " (article " + position
                + " of " + total + "; the " + written + " written before it in this run are complete, it and the rest "
                + "are not written): " + e.getMessage(), e);
    }

    private static void failedToWrite(Analysed a, int position, int total, RuntimeException e,
                                      List<ReadResult.Failed> failed, Listener listener) {
        ReadResult.Failed f = new ReadResult.Failed(a.origin(), "cannot write: " + e.getMessage());
        failed.add(f);
        listener.failed(f);
        listener.article(position, total, a.origin(), "failed");
    }

    /**
     * Whether this error means the database is gone (stopped, unreachable, shutting down), so that every later write
     * would fail too: the run stops rather than report each remaining article failed. The driver has already retried
     * for its retry time (30 s by default) by then.
     */
    static boolean databaseGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException) {
                return true;
            }
            if (t instanceof org.neo4j.driver.exceptions.Neo4jException n && n.code() != null
                    && (n.code().endsWith(".DatabaseUnavailable") || n.code().endsWith(".DatabaseNotFound"))) {
                return true;
            }
        }
        return false;
    }

    /** One article's analysis: its fragment or why there is none, its tokens and the worker's time on it. */
    private record Analysed(String origin, GraphFragment fragment, long tokens, ReadResult.Failed failure,
                            long nanos) {
    }

    /**
     * The workers' places: at most {@code threads} articles analysed at once, taken up in input order. (A fair
     * semaphore would serve the pool's threads in the order they ask, which is not the order the articles were
     * submitted: with a window of many articles the next one to write could wait behind later ones.)
     */
    private static final class Places {
        private int free;
        private long nextTurn;
        private long nextTicket;

        Places(int threads) {
            free = threads;
        }

        /** A ticket for the next article submitted; turns are taken in ticket order. */
        synchronized long ticket() {
            return nextTicket++;
        }

        synchronized void acquire(long ticket) throws InterruptedException {
            while (free == 0 || ticket != nextTurn) {
                wait();
            }
            free--;
            nextTurn++;
            notifyAll();
        }

        synchronized void release() {
            free++;
            notifyAll();
        }
    }

    /** One article's annotation and extraction on a worker, timed from the moment a worker takes it up. */
    private final class Job {
        private final ReadResult.Ok ok;
        private final Places places;
        private final long ticket;
        private final Future<Analysed> future;
        private final AtomicBoolean placeReturned = new AtomicBoolean();
        private volatile long startedNanos;

        Job(ReadResult.Ok ok, Places places, ExecutorService pool) {
            this.ok = ok;
            this.places = places;
            this.ticket = places.ticket();
            this.future = pool.submit(this::run);
        }

        /** Whether this article is analysed and its result is a fragment, so that waiting for it takes no time. */
        boolean analysedAlready() {
            if (!future.isDone() || future.isCancelled()) {
                return false;
            }
            try {
                return future.get().failure() == null;
            } catch (InterruptedException | ExecutionException e) {
                return false;
            }
        }

        private Analysed run() throws InterruptedException {
            places.acquire(ticket);
            try {
                startedNanos = System.nanoTime();
                return analyse(ok);
            } finally {
                returnPlace();
            }
        }

        private void returnPlace() {
            if (placeReturned.compareAndSet(false, true)) {
                places.release();
            }
        }

        Analysed await(Duration timeout) {
            try {
                while (true) {
                    long started = startedNanos;
                    if (started == 0) {
                        try {
                            return future.get(50, TimeUnit.MILLISECONDS);
                        } catch (TimeoutException e) {
                            continue;
                        }
                    }
                    long left = started + timeout.toNanos() - System.nanoTime();
                    if (left <= 0) {
                        return timedOut(timeout);
                    }
                    try {
                        return future.get(left, TimeUnit.NANOSECONDS);
                    } catch (TimeoutException e) {
                        return timedOut(timeout);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("ingest interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("analysis failed unexpectedly", e.getCause());
            }
        }

        private Analysed timedOut(Duration timeout) {
            future.cancel(true);
            returnPlace();
            return new Analysed(ok.origin(), null, 0, new ReadResult.Failed(ok.origin(),
                    "gave up after " + describe(timeout) + " of analysis (--article-timeout); "
                            + ok.article().text().length() + " characters"), timeout.toNanos());
        }
    }

    static String describe(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    private Analysed analyse(ReadResult.Ok ok) {
        Article article = ok.article();
        long t0 = System.nanoTime();
        try {
            AnnotatedArticle annotated = annotator.annotate(article);
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("cancelled");
            }
            GraphFragment fragment = extractor.extract(annotated);
            return new Analysed(ok.origin(), fragment, annotated.tokens().size(), null, System.nanoTime() - t0);
        } catch (RuntimeException | OutOfMemoryError e) {
            return new Analysed(ok.origin(), null, 0,
                    new ReadResult.Failed(ok.origin(), "cannot analyse: " + e), System.nanoTime() - t0);
        }
    }
}
