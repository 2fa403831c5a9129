package io.newsgraph.ingest;

import io.newsgraph.model.Article;
import io.newsgraph.model.GraphFragment;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    public IngestPipeline(ArticleReader reader, Annotator annotator, EntityExtractor extractor,
                          EntityResolver resolver, GraphWriter writer, int threads) {
        this(reader, () -> annotator, extractor, resolver, writer, threads);
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
        List<Path> files = reader.expand(paths, failed);
        failed.forEach(listener::failed);

        Map<String, ReadResult.Ok> byId = new LinkedHashMap<>();
        int read = 0;
        int repeated = 0;
        for (Path file : files) {
            for (ReadResult r : reader.read(file)) {
                if (r instanceof ReadResult.Ok ok) {
                    read++;
                    if (byId.putIfAbsent(ok.article().id(), ok) != null) {
                        repeated++;
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
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw new DatabaseUnavailable("Neo4j is unreachable: " + e.getMessage(), e);
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
            if (resolver.size() == 0) {
                resolver.remember(writer.knownEntities());
                resolver.rememberEvents(writer.knownEvents());
            }
        }

        WriteSummary writes = WriteSummary.NONE;
        int written = 0;
        long tokens = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "nlp-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Analysed>> window = new ArrayDeque<>();
            int next = 0;
            int done = 0;
            while (done < todo.size()) {
                while (next < todo.size() && window.size() < threads * 2) {
                    ReadResult.Ok ok = todo.get(next++);
                    window.add(pool.submit(() -> analyse(ok)));
                }
                Analysed a = await(window.removeFirst());
                done++;
                if (a.failure() != null) {
                    failed.add(a.failure());
                    listener.failed(a.failure());
                    listener.article(done, todo.size(), a.origin(), "failed");
                    continue;
                }
                try {
                    writes = writes.plus(writer.write(resolver.resolve(a.fragment())));
                    written++;
                    tokens += a.tokens();
                    listener.article(done, todo.size(), a.origin(), "written");
                } catch (ServiceUnavailableException | SessionExpiredException e) {
                    throw new DatabaseUnavailable("Neo4j became unreachable while writing " + a.origin()
                            + " (" + written + " articles were written completely): " + e.getMessage(), e);
                } catch (RuntimeException e) {
                    ReadResult.Failed f = new ReadResult.Failed(a.origin(), "cannot write: " + e.getMessage());
                    failed.add(f);
                    listener.failed(f);
                    listener.article(done, todo.size(), a.origin(), "failed");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new IngestReport(files.size(), read, existing.size(), repeated, written, skipped, failed, writes, tokens,
                (System.nanoTime() - t0) / 1_000_000);
    }

    private record Analysed(String origin, GraphFragment fragment, long tokens, ReadResult.Failed failure) {
    }

    private Analysed analyse(ReadResult.Ok ok) {
        Article article = ok.article();
        try {
            AnnotatedArticle annotated = annotator.annotate(article);
            return new Analysed(ok.origin(), extractor.extract(annotated), annotated.tokens().size(), null);
        } catch (RuntimeException | OutOfMemoryError e) {
            return new Analysed(ok.origin(), null, 0,
                    new ReadResult.Failed(ok.origin(), "cannot analyse: " + e));
        }
    }

    private static Analysed await(Future<Analysed> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed unexpectedly", e.getCause());
        }
    }
}
