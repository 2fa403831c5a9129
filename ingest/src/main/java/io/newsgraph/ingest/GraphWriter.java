package io.newsgraph.ingest;

import io.newsgraph.model.Claim;
import io.newsgraph.model.CypherResource;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Event;
import io.newsgraph.model.GraphFragment;
import io.newsgraph.model.GraphMapping;
import io.newsgraph.model.NodeRef;
import io.newsgraph.model.Relation;
import io.newsgraph.model.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.AsyncTransactionContext;
import org.neo4j.driver.async.ResultCursor;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * The one stage that writes to Neo4j. The ingest writes an article, or a group of articles that are ready, in one
 * transaction ({@link #write}, {@link #writeGroup}), so each is in the graph whole or not at all; bulk loads put
 * many articles in one without the lock ({@link #writeAll}). Every node is MERGEd on its id and every relationship on
 * its ends, so writing a fragment again changes nothing.
 */
public final class GraphWriter {

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z_]*");
    private static final String ARTICLE = load("write-article.cypher");
    private static final String ENTITIES = load("write-entities.cypher");
    private static final String DISTRICTS = load("write-districts.cypher");
    private static final String MENTIONS = load("write-mentions.cypher");
    private static final String RELATIONS = load("write-relations.cypher");
    private static final String STATEMENTS = load("write-statements.cypher");
    private static final String CLAIMS = load("write-claims.cypher");
    private static final String EVENTS = load("write-events.cypher");
    private static final String EXISTING = load("existing-articles.cypher");
    private static final String KNOWN = load("known-entities.cypher");
    private static final String KNOWN_EVENTS = load("known-events.cypher");
    private static final String REPLACED_VERSIONS = load("replaced-versions.cypher");
    private static final String REPOINT_VERSION = load("repoint-version.cypher");
    private static final String REPLACE_CANDIDATES = load("replace-candidates.cypher");
    private static final String REPLACE_STATEMENTS_CLAIMS = load("replace-statements-claims.cypher");
    private static final String REPLACE_EVENTS = load("replace-events.cypher");
    private static final String REPLACE_ARTICLE = load("replace-article.cypher");
    private static final String REPLACE_ORPHANS = load("replace-orphans.cypher");
    private static final String LOCK = load("lock-graph.cypher");
    private static final String LOCK_TOKEN = load("lock-token.cypher");
    /** Longest LOCATED_IN chain followed when clearing orphans: district, province, country and a spare. */
    private static final int MAX_ORPHAN_ROUNDS = 8;

    /**
     * What writing one article did: the server's counters, and the ids of earlier versions of it (same uri, other
     * text) that were removed in the same transaction.
     */
    public record Written(WriteSummary summary, List<String> replaced, boolean alreadyThere) {
        public Written {
            replaced = List.copyOf(replaced);
        }

        public Written(WriteSummary summary, List<String> replaced) {
            this(summary, replaced, false);
        }
    }

    private final Driver driver;
    private final SessionConfig sessionConfig;

    public GraphWriter(Driver driver, SessionConfig sessionConfig) {
        this.driver = driver;
        this.sessionConfig = sessionConfig;
    }

    private static String load(String name) {
        return CypherResource.load(GraphWriter.class, "/newsgraph/cypher/" + name);
    }

    /** The ids among these that are already in the graph. */
    public Set<String> existingArticles(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        try (var session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> tx.run(EXISTING, Map.of("ids", List.copyOf(ids)))
                    .list(r -> r.get("id").asString()).stream().collect(Collectors.toSet()));
        }
    }

    /** Every entity in the graph, for the resolver. */
    public List<EntityResolver.Known> knownEntities() {
        try (var session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> tx.run(KNOWN).list(GraphWriter::knownEntity));
        }
    }

    private static EntityResolver.Known knownEntity(Record r) {
        List<String> labels = r.get("labels").asList(Value::asString);
        EntityType type = labels.stream().filter(l -> !l.equals("District")).findFirst()
                .map(EntityType::fromLabel).orElseThrow();
        return new EntityResolver.Known(r.get("id").asString(), type, r.get("name").asString(),
                new java.util.LinkedHashSet<>(r.get("aliases").asList(Value::asString)),
                r.get("acronym").isNull() ? null : r.get("acronym").asString());
    }

    /** Every event in the graph, for the event resolver. */
    public List<EventResolver.Known> knownEvents() {
        try (var session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> tx.run(KNOWN_EVENTS).list(GraphWriter::knownEvent));
        }
    }

    private static EventResolver.Known knownEvent(Record r) {
        return new EventResolver.Known(r.get("id").asString(), r.get("type").asString(),
                r.get("date").isNull() ? null : r.get("date").asString(),
                new java.util.LinkedHashSet<>(r.get("places").asList(Value::asString)),
                new java.util.LinkedHashSet<>(r.get("targets").asList(Value::asString)));
    }

    /** Writes one article's fragment in one transaction (retried by the driver on transient errors). */
    public WriteSummary write(GraphFragment fragment) {
        return write(fragment, Map.of()).summary();
    }

    /**
     * Writes one article's fragment and, in the same transaction, replaces its earlier versions: articles with the
     * same uri and another text (so another id). An earlier version whose text this run also read from another file
     * ({@code readThisRun}: article id to the uri it was read from) is kept and takes that uri instead. An earlier
     * version goes with its statements and claims, its MENTIONS, the events only it reported and the entities nothing
     * else supports any more; see replace-*.cypher. The new version is written first, so whatever it shares with the
     * old one is supported throughout.
     */
    public Written write(GraphFragment fragment, Map<String, String> readThisRun) {
        return write(fragment, null, readThisRun);
    }

    /**
     * Resolves an article's fragment against the graph and writes it, in one transaction that first takes the graph's
     * write lock (the {@code IngestLock} node), so that ingests running at the same time, in this process or others,
     * write one article at a time. Under the lock the resolver is brought up to date: when the last write to commit
     * was not this resolver's own (another ingest has written since), it reads every entity and event again, so an
     * entity another ingest created under one spelling is found under another here, as in one ingest. An article
     * another ingest wrote meanwhile is left as it is ({@link Written#alreadyThere()}).
     *
     * <p>The driver retries the transaction on transient errors (a deadlock, a leader switch, a lost connection): a
     * failed attempt's token never commits, so the retry finds the resolver out of date and reads the graph again
     * rather than trust what the failed attempt taught it.
     *
     * @param resolver the run's resolver, or null for a fragment resolved already
     */
    public Written write(GraphFragment fragment, EntityResolver resolver, Map<String, String> readThisRun) {
        Group g = writeGroup(List.of(fragment), resolver, readThisRun);
        Written w = g.articles().get(0);
        return new Written(g.summary(), w.replaced(), w.alreadyThere());
    }

    /**
     * What writing a group of articles did: the server's counters for the whole group (its rows are written
     * together, so each article's own {@link Written#summary()} is {@link WriteSummary#NONE}), and per article, in
     * the group's order, the earlier versions it replaced or that another ingest had written it already.
     */
    public record Group(WriteSummary summary, List<Written> articles) {
        public Group {
            articles = List.copyOf(articles);
        }
    }

    /**
     * Writes several articles in one transaction, as {@link #write(GraphFragment, EntityResolver, Map)} writes one:
     * the same lock, resolution in the group's order (a later article finds the entities of an earlier one), each
     * article's earlier versions replaced as if the articles had been written one after another. The ingest writes
     * the articles that are ready together ({@link IngestPipeline}), so that a fast NLP stage is not held up by one
     * commit per article; the group is in the graph whole or not at all, and the ingest writes the articles of a
     * group that failed again one by one, so that a bad article fails alone.
     */
    public Group writeGroup(List<GraphFragment> fragments, EntityResolver resolver, Map<String, String> readThisRun) {
        if (fragments.isEmpty()) {
            return new Group(WriteSummary.NONE, List.of());
        }
        List<String> ids = fragments.stream().map(f -> f.article().id()).toList();
        AsyncSession session = driver.session(AsyncSession.class, sessionConfig);
        try {
            return join(session.executeWriteAsync(tx -> writeGroup(tx, fragments, ids, resolver, readThisRun)));
        } catch (RuntimeException e) {
            if (resolver != null) {
                // what the failed write taught the resolver is not in the graph: read the graph again next time
                resolver.unsync();
            }
            throw e;
        } finally {
            join(session.closeAsync());
        }
    }

    /**
     * One attempt at a group, its statements pipelined: the driver sends each without waiting for the answer to the
     * one before, and the transaction waits only where it needs an answer (the lock's state before resolving, the
     * writes' counters and the earlier versions before replacing them), so a group costs two round trips and a
     * commit rather than one per statement. On a busy machine each round trip waits for the server's threads to be
     * scheduled, which cost more than the statements themselves.
     */
    private CompletionStage<Group> writeGroup(AsyncTransactionContext tx, List<GraphFragment> fragments,
                                              List<String> ids, EntityResolver resolver,
                                              Map<String, String> readThisRun) {
        String token = java.util.UUID.randomUUID().toString();
        CompletionStage<?> locked = tx.runAsync(LOCK, Map.of("token", token)).thenCompose(ResultCursor::consumeAsync);
        CompletionStage<Record> lockState = tx.runAsync(LOCK_TOKEN,
                Map.of("token", token, "batch", Map.of("articleIds", ids))).thenCompose(ResultCursor::singleAsync);
        return allInOrder(List.of(locked.toCompletableFuture(), lockState.toCompletableFuture())).thenCompose(x -> {
            Record state = lockState.toCompletableFuture().join();
            String seen = state.get("seen").isNull() ? null : state.get("seen").asString();
            Set<String> present = resolver == null ? Set.of()
                    : Set.copyOf(state.get("present").asList(Value::asString));
            boolean inStep = resolver != null && resolver.loaded() && java.util.Objects.equals(seen,
                    resolver.syncedToken());
            if (present.containsAll(ids)) {
                if (inStep) {
                    resolver.synced(token);
                }
                return CompletableFuture.completedFuture(new Group(WriteSummary.NONE, ids.stream()
                        .map(id -> new Written(WriteSummary.NONE, List.of(), true)).toList()));
            }
            CompletionStage<Void> upToDate = resolver == null || inStep ? CompletableFuture.completedFuture(null)
                    : tx.runAsync(KNOWN).thenCompose(c -> c.listAsync(GraphWriter::knownEntity)).thenCombine(
                            tx.runAsync(KNOWN_EVENTS).thenCompose(c -> c.listAsync(GraphWriter::knownEvent)),
                            (entities, events) -> {
                                resolver.reload(entities, events, seen);
                                return null;
                            });
            return upToDate.thenCompose(y -> write(tx, fragments, ids, present, resolver, readThisRun))
                    .thenApply(group -> {
                        if (resolver != null) {
                            resolver.synced(token);
                        }
                        return group;
                    });
        });
    }

    /** Resolves and writes the group's articles not in the graph yet, then replaces their earlier versions. */
    private static CompletionStage<Group> write(AsyncTransactionContext tx, List<GraphFragment> fragments,
                                                List<String> ids, Set<String> present, EntityResolver resolver,
                                                Map<String, String> readThisRun) {
        List<GraphFragment> resolved = new ArrayList<>();
        List<Map<String, Object>> withUri = new ArrayList<>();
        for (GraphFragment f : fragments) {
            var a = f.article();
            if (!present.contains(a.id())) {
                resolved.add(resolver == null ? f : resolver.resolve(f));
                if (a.uri() != null) {
                    withUri.add(Map.of("id", a.id(), "uri", a.uri()));
                }
            }
        }
        CompletionStage<WriteSummary> writes = runAll(tx, queriesFor(resolved));
        CompletionStage<Map<String, List<String>>> versions = withUri.isEmpty()
                ? CompletableFuture.completedFuture(Map.of())
                : tx.runAsync(REPLACED_VERSIONS, batch("articles", withUri)).thenCompose(c -> c.listAsync())
                        .thenApply(rows -> rows.stream().collect(Collectors.toMap(r -> r.get("article").asString(),
                                r -> r.get("ids").asList(Value::asString))));
        return allInOrder(List.of(writes.toCompletableFuture(), versions.toCompletableFuture())).thenCompose(x -> {
            Map<String, List<String>> versionsOf = versions.toCompletableFuture().join();
            // as if written one after another: each article replaces its earlier versions in the group's order, and
            // the group's later articles are not yet there to be replaced
            CompletionStage<WriteSummary> done = writes;
            List<Written> written = new ArrayList<>();
            Set<String> gone = new java.util.HashSet<>();
            for (int i = 0; i < fragments.size(); i++) {
                var a = fragments.get(i).article();
                if (present.contains(a.id())) {
                    written.add(new Written(WriteSummary.NONE, List.of(), true));
                    continue;
                }
                Set<String> later = Set.copyOf(ids.subList(i + 1, ids.size()));
                List<String> replaced = new ArrayList<>();
                for (String oldId : versionsOf.getOrDefault(a.id(), List.of())) {
                    if (later.contains(oldId) || !gone.add(oldId)) {
                        continue;
                    }
                    String elsewhere = readThisRun.get(oldId);
                    if (elsewhere != null && !elsewhere.equals(a.uri())) {
                        done = done.thenCompose(sum -> runAll(tx, List.of(new Query(REPOINT_VERSION,
                                Map.of("oldId", oldId, "uri", elsewhere)))).thenApply(sum::plus));
                    } else {
                        done = done.thenCompose(sum -> replace(tx, oldId).thenApply(sum::plus));
                        replaced.add(oldId);
                    }
                }
                written.add(new Written(WriteSummary.NONE, replaced));
            }
            return done.thenApply(summary -> new Group(summary, written));
        });
    }

    /**
     * Writes several articles' fragments in one transaction, each kind of row of all of them in one statement: for
     * bulk loads of fragments made elsewhere (the benchmark's synthetic graph). It takes no write lock and replaces
     * no earlier versions, as the ingest's {@link #writeGroup} does. The fragments must already be resolved against
     * each other and the graph (an entity has one id in all of them).
     */
    public WriteSummary writeAll(List<GraphFragment> fragments) {
        if (fragments.isEmpty()) {
            return WriteSummary.NONE;
        }
        List<Query> queries = queriesFor(fragments);
        try (var session = driver.session(sessionConfig)) {
            return session.executeWrite(tx -> run(tx, queries));
        }
    }

    /** Removes an earlier version of an article and what only it supported (replace-*.cypher). */
    private static CompletionStage<WriteSummary> replace(AsyncTransactionContext tx, String oldId) {
        Map<String, Object> params = Map.of("oldId", oldId);
        return tx.runAsync(REPLACE_CANDIDATES, params).thenCompose(ResultCursor::singleAsync)
                .thenApply(r -> r.get("ids").asList(Value::asString))
                .thenCompose(candidates -> runAll(tx, List.of(new Query(REPLACE_STATEMENTS_CLAIMS, params),
                        new Query(REPLACE_EVENTS, params), new Query(REPLACE_ARTICLE, params)))
                        .thenCompose(total -> clearOrphans(tx, candidates, 0).thenApply(x -> total)));
    }

    /** Deletes the candidates nothing supports any more, round after round, as each round can orphan the next. */
    private static CompletionStage<Void> clearOrphans(AsyncTransactionContext tx, List<String> candidates, int round) {
        if (round >= MAX_ORPHAN_ROUNDS || candidates.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return tx.runAsync(REPLACE_ORPHANS, Map.of("ids", candidates)).thenCompose(ResultCursor::singleAsync)
                .thenCompose(r -> r.get("deleted").asLong() == 0 ? CompletableFuture.completedFuture(null)
                        : clearOrphans(tx, candidates, round + 1));
    }

    /**
     * Sends all these statements at once (the server runs them in order) and sums their counters. When one fails the
     * server ignores the ones after it, so the error is the first failed statement's own.
     */
    private static CompletionStage<WriteSummary> runAll(AsyncTransactionContext tx, List<Query> queries) {
        List<CompletableFuture<WriteSummary>> each = new ArrayList<>();
        for (Query q : queries) {
            each.add(tx.runAsync(q).thenCompose(ResultCursor::consumeAsync)
                    .thenApply(r -> summaryOf(r.counters())).toCompletableFuture());
        }
        return allInOrder(each).thenApply(x -> each.stream().map(CompletableFuture::join)
                .reduce(WriteSummary.NONE, WriteSummary::plus));
    }

    /** Completes when all have, failing with the first failure in list order (not in time order, as allOf does). */
    private static CompletableFuture<Void> allInOrder(List<? extends CompletableFuture<?>> stages) {
        return CompletableFuture.allOf(stages.toArray(new CompletableFuture<?>[0])).handle((x, e) -> {
            for (CompletableFuture<?> s : stages) {
                if (s.isCompletedExceptionally()) {
                    s.join(); // throws what it failed with
                }
            }
            return null;
        });
    }

    /** Waits for a stage, throwing what it failed with as it was thrown (not wrapped). */
    private static <T> T join(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static WriteSummary summaryOf(SummaryCounters c) {
        return new WriteSummary(c.nodesCreated(), c.relationshipsCreated(), c.propertiesSet(), c.labelsAdded());
    }

    private static WriteSummary run(TransactionContext tx, List<Query> queries) {
        WriteSummary total = WriteSummary.NONE;
        for (Query q : queries) {
            total = total.plus(summaryOf(tx.run(q).consume().counters()));
        }
        return total;
    }

    /** The statements that write a fragment, in order: article, entities by label, labels, mentions, relations. */
    static List<Query> queriesFor(GraphFragment f) {
        return queriesFor(List.of(f));
    }

    /**
     * The statements that write these fragments, each kind of row of all of them together, in an order where every
     * statement finds the nodes it links: articles, entities by label, district labels, mentions, statements, events,
     * claims, relationships.
     */
    static List<Query> queriesFor(List<GraphFragment> fragments) {
        List<Query> out = new ArrayList<>();
        List<Map<String, Object>> articleRows = new ArrayList<>();
        Map<EntityType, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        List<String> districts = new ArrayList<>();
        Map<EntityType, List<Map<String, Object>>> mentionRows = new LinkedHashMap<>();
        List<Map<String, Object>> statementRows = new ArrayList<>();
        List<Map<String, Object>> eventRows = new ArrayList<>();
        List<Map<String, Object>> claimRows = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        for (GraphFragment f : fragments) {
            addRows(f, articleRows, rows, districts, mentionRows, statementRows, eventRows, claimRows, relations);
        }
        out.add(new Query(ARTICLE, batch("rows", articleRows)));
        rows.forEach((type, list) -> out.add(new Query(label(ENTITIES, type.label()), batch("rows", list))));
        if (!districts.isEmpty()) {
            out.add(new Query(DISTRICTS, batch("ids", districts)));
        }
        mentionRows.forEach((type, list) -> out.add(new Query(label(MENTIONS, type.label()), batch("rows", list))));
        if (!statementRows.isEmpty()) {
            out.add(new Query(STATEMENTS, batch("rows", statementRows)));
        }
        if (!eventRows.isEmpty()) {
            out.add(new Query(EVENTS, batch("rows", eventRows)));
        }
        if (!claimRows.isEmpty()) {
            out.add(new Query(CLAIMS, batch("rows", claimRows)));
        }
        Map<List<String>, List<Map<String, Object>>> relRows = new LinkedHashMap<>();
        for (Relation r : relations) {
            relRows.computeIfAbsent(List.of(r.type(), r.fromLabel(), r.toLabel()), k -> new ArrayList<>())
                    .add(Map.of("from", r.fromId(), "to", r.toId(), "props", r.properties()));
        }
        relRows.forEach((k, list) -> out.add(new Query(RELATIONS.replace("__TYPE__", checked(k.get(0)))
                .replace("__FROM__", checked(k.get(1))).replace("__TO__", checked(k.get(2))), batch("rows", list))));
        return out;
    }

    private static void addRows(GraphFragment f, List<Map<String, Object>> articleRows,
                                Map<EntityType, List<Map<String, Object>>> rows, List<String> districts,
                                Map<EntityType, List<Map<String, Object>>> mentionRows,
                                List<Map<String, Object>> statementRows, List<Map<String, Object>> eventRows,
                                List<Map<String, Object>> claimRows, List<Relation> relations) {
        var a = f.article();
        articleRows.add(Map.of("id", a.id(), "props", GraphMapping.of(a)));

        Map<String, EntityType> typeOf = new HashMap<>();
        for (Entity e : f.entities()) {
            Map<String, Object> row = GraphMapping.of(e);
            row.put("id", e.id());
            rows.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(row);
            typeOf.put(e.id(), e.type());
            if (e.extraLabels().contains("District")) {
                districts.add(e.id());
            }
        }

        for (var m : f.mentions()) {
            EntityType type = typeOf.get(m.entityId());
            if (type == null) {
                throw new IllegalArgumentException("mention of an entity not in the fragment: " + m.entityId());
            }
            mentionRows.computeIfAbsent(type, t -> new ArrayList<>())
                    .add(Map.of("articleId", a.id(), "id", m.entityId(), "count", m.count()));
        }

        for (Statement st : f.statements()) {
            statementRows.add(Map.of("articleId", a.id(), "id", st.id(), "props", GraphMapping.of(st),
                    "start", st.span().start(), "end", st.span().end()));
        }
        for (Event e : f.events()) {
            Map<String, Object> row = GraphMapping.of(e);
            row.put("articleId", a.id());
            row.put("id", e.id());
            row.put("start", e.span().start());
            row.put("end", e.span().end());
            row.put("count", e.mentions());
            eventRows.add(row);
        }
        for (Claim c : f.claims()) {
            claimRows.add(Map.of("articleId", a.id(), "id", c.id(), "props", GraphMapping.of(c),
                    "start", c.span().start(), "end", c.span().end()));
        }
        relations.addAll(GraphMapping.relationships(f));
    }

    /**
     * A statement's list of rows, inside a map ({@code $batch.rows}). The server caches a plan per statement and per
     * parameter types, and for a list parameter also per range of its length: lists of 1, 5 and 40 rows would each be
     * planned anew (100 ms and more each, when the server's own code is not yet compiled) where a map is planned once.
     */
    static Map<String, Object> batch(String key, Object list) {
        return Map.of("batch", Map.of(key, list));
    }

    private static String label(String template, String label) {
        return template.replace("__LABEL__", checked(label));
    }

    /** Labels and types are spliced into Cypher, so only the contract's plain names are let through. */
    private static String checked(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a label or relationship type: " + name);
        }
        return name;
    }
}
