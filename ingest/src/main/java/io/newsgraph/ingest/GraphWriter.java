package io.newsgraph.ingest;

import io.newsgraph.model.Claim;
import io.newsgraph.model.CypherResource;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Event;
import io.newsgraph.model.GraphFragment;
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
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
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
            return session.executeRead(GraphWriter::knownEntities);
        }
    }

    private static List<EntityResolver.Known> knownEntities(org.neo4j.driver.SimpleQueryRunner tx) {
        return tx.run(KNOWN).list(r -> {
            List<String> labels = r.get("labels").asList(org.neo4j.driver.Value::asString);
            EntityType type = labels.stream().filter(l -> !l.equals("District")).findFirst()
                    .map(EntityType::fromLabel).orElseThrow();
            return new EntityResolver.Known(r.get("id").asString(), type, r.get("name").asString(),
                    new java.util.LinkedHashSet<>(r.get("aliases").asList(org.neo4j.driver.Value::asString)),
                    r.get("acronym").isNull() ? null : r.get("acronym").asString());
        });
    }

    /** Every event in the graph, for the event resolver. */
    public List<EventResolver.Known> knownEvents() {
        try (var session = driver.session(sessionConfig)) {
            return session.executeRead(GraphWriter::knownEvents);
        }
    }

    private static List<EventResolver.Known> knownEvents(org.neo4j.driver.SimpleQueryRunner tx) {
        return tx.run(KNOWN_EVENTS).list(r -> new EventResolver.Known(
                r.get("id").asString(), r.get("type").asString(),
                r.get("date").isNull() ? null : r.get("date").asString(),
                new java.util.LinkedHashSet<>(r.get("places").asList(org.neo4j.driver.Value::asString)),
                new java.util.LinkedHashSet<>(r.get("targets").asList(org.neo4j.driver.Value::asString))));
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
     * else supports any more; see replace-*.cypher. The new version is written first, so whatever it shares with the old
     * one is supported throughout.
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
        try (var session = driver.session(sessionConfig)) {
            return session.executeWrite(tx -> {
                String token = java.util.UUID.randomUUID().toString();
                tx.run(LOCK, Map.of("token", token)).consume();
                var state = tx.run(LOCK_TOKEN, Map.of("token", token, "articleIds", ids)).single();
                String seen = state.get("seen").isNull() ? null : state.get("seen").asString();
                Set<String> present = resolver == null ? Set.of()
                        : Set.copyOf(state.get("present").asList(org.neo4j.driver.Value::asString));
                boolean inStep = resolver != null && resolver.loaded() && java.util.Objects.equals(seen,
                        resolver.syncedToken());
                if (present.containsAll(ids)) {
                    if (inStep) {
                        resolver.synced(token);
                    }
                    return new Group(WriteSummary.NONE, ids.stream().map(id -> new Written(WriteSummary.NONE,
                            List.of(), true)).toList());
                }
                if (resolver != null && !inStep) {
                    resolver.reload(knownEntities(tx), knownEvents(tx), seen);
                }
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
                WriteSummary summary = run(tx, queriesFor(resolved));
                Map<String, List<String>> versionsOf = new HashMap<>();
                if (!withUri.isEmpty()) {
                    tx.run(REPLACED_VERSIONS, Map.of("articles", withUri)).forEachRemaining(r -> versionsOf.put(
                            r.get("article").asString(), r.get("ids").asList(org.neo4j.driver.Value::asString)));
                }
                List<Written> written = new ArrayList<>();
                Set<String> gone = new java.util.HashSet<>();
                for (int i = 0; i < fragments.size(); i++) {
                    var a = fragments.get(i).article();
                    if (present.contains(a.id())) {
                        written.add(new Written(WriteSummary.NONE, List.of(), true));
                        continue;
                    }
                    // as if written one after another: the group's later articles are not yet there to replace
                    Set<String> later = Set.copyOf(ids.subList(i + 1, ids.size()));
                    List<String> versions = versionsOf.getOrDefault(a.id(), List.of());
                    List<String> replaced = new ArrayList<>();
                    for (String oldId : versions) {
                        if (later.contains(oldId) || !gone.add(oldId)) {
                            continue;
                        }
                        String elsewhere = readThisRun.get(oldId);
                        if (elsewhere != null && !elsewhere.equals(a.uri())) {
                            tx.run(REPOINT_VERSION, Map.of("oldId", oldId, "uri", elsewhere)).consume();
                        } else {
                            summary = summary.plus(replace(tx, oldId));
                            replaced.add(oldId);
                        }
                    }
                    written.add(new Written(WriteSummary.NONE, replaced));
                }
                if (resolver != null) {
                    resolver.synced(token);
                }
                return new Group(summary, written);
            });
        } catch (RuntimeException e) {
            if (resolver != null) {
                // what the failed write taught the resolver is not in the graph: read the graph again next time
                resolver.unsync();
            }
            throw e;
        }
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

    private static WriteSummary replace(TransactionContext tx, String oldId) {
        Map<String, Object> params = Map.of("oldId", oldId);
        List<String> candidates = tx.run(REPLACE_CANDIDATES, params).single().get("ids")
                .asList(org.neo4j.driver.Value::asString);
        WriteSummary total = run(tx, List.of(new Query(REPLACE_STATEMENTS_CLAIMS, params),
                new Query(REPLACE_EVENTS, params), new Query(REPLACE_ARTICLE, params)));
        for (int round = 0; round < MAX_ORPHAN_ROUNDS && !candidates.isEmpty(); round++) {
            var result = tx.run(REPLACE_ORPHANS, Map.of("ids", candidates));
            long deleted = result.single().get("deleted").asLong();
            result.consume();
            if (deleted == 0) {
                break;
            }
        }
        return total;
    }

    private static WriteSummary run(TransactionContext tx, List<Query> queries) {
        WriteSummary total = WriteSummary.NONE;
        for (Query q : queries) {
            SummaryCounters c = tx.run(q).consume().counters();
            total = total.plus(new WriteSummary(c.nodesCreated(), c.relationshipsCreated(), c.propertiesSet(),
                    c.labelsAdded()));
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
        out.add(new Query(ARTICLE, Map.of("rows", articleRows)));
        rows.forEach((type, list) -> out.add(new Query(label(ENTITIES, type.label()), Map.of("rows", list))));
        if (!districts.isEmpty()) {
            out.add(new Query(DISTRICTS, Map.of("ids", districts)));
        }
        mentionRows.forEach((type, list) -> out.add(new Query(label(MENTIONS, type.label()), Map.of("rows", list))));
        if (!statementRows.isEmpty()) {
            out.add(new Query(STATEMENTS, Map.of("rows", statementRows)));
        }
        if (!eventRows.isEmpty()) {
            out.add(new Query(EVENTS, Map.of("rows", eventRows)));
        }
        if (!claimRows.isEmpty()) {
            out.add(new Query(CLAIMS, Map.of("rows", claimRows)));
        }
        Map<List<String>, List<Map<String, Object>>> relRows = new LinkedHashMap<>();
        for (Relation r : relations) {
            relRows.computeIfAbsent(List.of(r.type(), r.fromLabel(), r.toLabel()), k -> new ArrayList<>())
                    .add(Map.of("from", r.fromId(), "to", r.toId(), "props", r.properties()));
        }
        relRows.forEach((k, list) -> out.add(new Query(RELATIONS.replace("__TYPE__", checked(k.get(0)))
                .replace("__FROM__", checked(k.get(1))).replace("__TO__", checked(k.get(2))), Map.of("rows", list))));
        return out;
    }

    private static void addRows(GraphFragment f, List<Map<String, Object>> articleRows,
                                Map<EntityType, List<Map<String, Object>>> rows, List<String> districts,
                                Map<EntityType, List<Map<String, Object>>> mentionRows,
                                List<Map<String, Object>> statementRows, List<Map<String, Object>> eventRows,
                                List<Map<String, Object>> claimRows, List<Relation> relations) {
        var a = f.article();
        articleRows.add(Map.of("id", a.id(), "props", NodeProperties.of(a)));

        Map<String, EntityType> typeOf = new HashMap<>();
        for (Entity e : f.entities()) {
            Map<String, Object> row = NodeProperties.of(e);
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

        relations.addAll(f.relations());
        if (!f.statements().isEmpty()) {
            for (Statement st : f.statements()) {
                statementRows.add(Map.of("articleId", a.id(), "id", st.id(), "props", NodeProperties.of(st),
                        "start", st.span().start(), "end", st.span().end()));
                if (st.speaker() != null) {
                    relations.add(new Relation("MADE", st.speaker().label(), st.speaker().id(), "Statement", st.id(),
                            Map.of()));
                }
                if (st.intermediary() != null) {
                    relations.add(new Relation("RELAYED_BY", "Statement", st.id(), st.intermediary().label(),
                            st.intermediary().id(), Map.of()));
                }
                for (NodeRef about : st.about()) {
                    relations.add(new Relation("ABOUT", "Statement", st.id(), about.label(), about.id(), Map.of()));
                }
            }
        }
        if (!f.events().isEmpty()) {
            for (Event e : f.events()) {
                Map<String, Object> row = NodeProperties.of(e);
                row.put("articleId", a.id());
                row.put("id", e.id());
                row.put("start", e.span().start());
                row.put("end", e.span().end());
                row.put("count", e.mentions());
                eventRows.add(row);
                for (NodeRef place : e.places()) {
                    relations.add(new Relation("OCCURRED_IN", "Event", e.id(), place.label(), place.id(), Map.of()));
                }
                for (Event.Participant p : e.participants()) {
                    relations.add(new Relation("PARTICIPATED_IN", p.actor().label(), p.actor().id(), "Event", e.id(),
                            Map.of("role", p.role())));
                }
            }
        }
        if (!f.claims().isEmpty()) {
            for (Claim c : f.claims()) {
                Map<String, Object> p = NodeProperties.of(c);
                claimRows.add(Map.of("articleId", a.id(), "id", c.id(), "props", p, "start", c.span().start(),
                        "end", c.span().end()));
                if (c.claimedBy() != null) {
                    relations.add(new Relation("CLAIMED_BY", "Claim", c.id(), c.claimedBy().label(),
                            c.claimedBy().id(), Map.of()));
                }
                for (NodeRef subject : c.subjects()) {
                    relations.add(new Relation("SUBJECT", "Claim", c.id(), subject.label(), subject.id(), Map.of()));
                }
                if (c.statement() != null) {
                    relations.add(new Relation("ASSERTS", "Statement", c.statement(), "Claim", c.id(), Map.of()));
                }
                if (c.event() != null) {
                    relations.add(new Relation("OBJECT", "Claim", c.id(), "Event", c.event(), Map.of()));
                }
            }
        }
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
