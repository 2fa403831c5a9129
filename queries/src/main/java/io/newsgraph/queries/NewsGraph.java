package io.newsgraph.queries;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;

/**
 * The news graph read from Java: each saved view (see {@link Views}) as a method returning records, on a
 * {@link Driver} the caller owns (this class never closes it). Each method runs the view's Cypher from the catalogue
 * ({@code queries/src/main/resources/newsgraph/views/}) in one read transaction, so {@code kg views run} and this API
 * always agree. Names are looked up through the {@code entity_names} full-text index: any name, alias or acronym
 * of an entity works, in any case. A null filter means "all". Text the graph does not hold is null; lists are never
 * null.
 *
 * <pre>{@code
 * NewsGraph graph = new NewsGraph(driver, SessionConfig.defaultConfig());
 * NewsGraph.Profile asif = graph.profile("Asif").get(0);
 * for (NewsGraph.StatementMade s : graph.statementsBy(asif.name())) {
 *     System.out.println(s.date() + " " + s.verb() + ": " + s.text() + " (" + s.article() + ")");
 * }
 * for (NewsGraph.ContestedFigures q : graph.contestedFigures("security personnel")) {
 *     System.out.println(q.event() + ": " + q.low() + " to " + q.high() + " " + q.category() + " " + q.outcome());
 * }
 * List<Timeline.Entry> attacks = graph.timeline("2026-01-01", null, "attack");
 * List<Map<String, Object>> rows = graph.run("source-reports", Map.of("source", "Dawn"));
 * }</pre>
 *
 * <p>This example is kept compiled and run against a seeded graph by {@code ApiExampleIT} (module {@code queries},
 * {@code src/test}): change the two together.
 */
public final class NewsGraph {

    /** Who or what an entity is (view {@code entity-profile}), with how much the graph holds about it. */
    /**
     * Which rows of a long answer to return: leave out {@code skip}, return at most {@code limit}. The views that can
     * answer with thousands of rows for a much-named entity take one; the methods without it return every row.
     */
    public record Page(int skip, int limit) {
        /** Every row. */
        public static final Page ALL = new Page(0, Integer.MAX_VALUE);

        public Page {
            if (skip < 0 || limit < 0) {
                throw new IllegalArgumentException("skip and limit must not be negative: " + skip + ", " + limit);
            }
        }

        /** The first {@code limit} rows. */
        public static Page first(int limit) {
            return new Page(0, limit);
        }

        /** The page after this one. */
        public Page next() {
            return new Page((int) Math.min(Integer.MAX_VALUE, (long) skip + limit), limit);
        }

        Map<String, Object> into(Map<String, Object> params) {
            params.put("skip", skip);
            params.put("limit", limit);
            return params;
        }
    }

    public record Profile(String id, List<String> labels, String name, List<String> aliases, List<String> titles,
                          List<String> memberOf, long statements, long claimsMade, long claimsAbout, long events,
                          long articles) {
    }

    /**
     * One statement an entity made (view {@code statements-by}), with the offsets of its source text in the article
     * ({@code start}, {@code end}); {@code id} is the statement's id, for {@link #provenance}; {@code kind} is speech,
     * belief, stance, evidence, topic or intention.
     */
    public record StatementMade(String speaker, String date, String verb, boolean quote, String text,
                                String article, String uri, int start, int end, String id, String kind) {
    }

    /** One statement about an entity (view {@code said-about}); {@code speaker} is the speaker's name or words. */
    public record StatementAbout(String speaker, String verb, boolean quote, String text, String date,
                                 String article, String id, String kind) {
    }

    /** One source's figure for a contested quantity. */
    public record SourcedFigure(long count, String qualifier, String source, String article, String published) {
    }

    /**
     * One quantity (category, outcome and scope of one event) that different sources count differently (view
     * {@code contested-figures}): every figure with its source, and the lowest and highest. {@code scope} is
     * "whole" or the place the figures are confined to ("in Nairobi"); {@code cumulative}: running totals over a
     * period longer than the event ("over the past three days").
     */
    public record ContestedFigures(String event, String date, String category, String outcome, String scope,
                                   boolean cumulative, List<SourcedFigure> figures, long low, long high) {
    }

    /**
     * A claim of responsibility (view {@code responsibility-claims}): the group's own ({@code claimedBy} the group) or
     * another's that holds it responsible ("Pompeo blamed Iran for the attacks": group Iran, claimedBy Mike Pompeo);
     * {@code id} is the claim's id.
     */
    public record ResponsibilityClaim(String group, String claimedBy, String claimedFor, String date, String sentence,
                                      String article, String id) {
    }

    /** An allegation (view {@code allegations}), with every accused it names; {@code id} is the claim's id. */
    public record Allegation(String claimant, List<String> accused, String allegation, String article, String id) {
    }

    /** A person's membership of a party, group or organisation (view {@code memberships}). */
    public record Membership(String organisation, String kind, String person, String role, List<String> titles) {
    }

    /**
     * Where a statement, claim or event was read (view {@code provenance}): the article, the character offsets and
     * the source text itself.
     */
    public record Provenance(String id, String label, String article, String uri, String published, int start,
                             int end, String source) {
    }

    /** An entity named in the same articles as another (view {@code co-mentions}), and in how many. */
    public record CoMention(String entity, String with, String label, long articles) {
    }

    /**
     * A claim an entity made ({@code relation} "made") or that is about it ("about") (view {@code claims-of});
     * {@code claim} is its caption, {@code id} its id.
     */
    public record EntityClaim(String relation, String kind, String claim, String claimant, String text,
                              String article, String published, String id) {
    }

    /** An event an entity took part in, with its role (view {@code events-of}). */
    public record EntityEvent(String date, String type, String event, String role, List<String> places, String id) {
    }

    /** An event in a place or inside it (view {@code events-by-place}). */
    public record PlaceEvent(String date, String type, String event, List<String> places, long articles) {
    }

    /** One article of a publication, with what the graph read from it (view {@code source-reports}). */
    public record SourceReport(String source, String title, String published, long statements, long claims,
                               long events) {
    }

    private final Driver driver;
    private final SessionConfig sessionConfig;

    /** Reads through {@code driver} (owned by the caller) with sessions of {@code sessionConfig}. */
    public NewsGraph(Driver driver, SessionConfig sessionConfig) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.sessionConfig = Objects.requireNonNull(sessionConfig, "sessionConfig");
    }

    /** Reads through {@code driver} in its default database. */
    public NewsGraph(Driver driver) {
        this(driver, SessionConfig.defaultConfig());
    }

    /** The saved views, with their parameters. */
    public List<Views.View> views() {
        return Views.list();
    }

    /** Runs any saved view by name, rows as maps; see {@link Views#run}. */
    public List<Map<String, Object>> run(String view, Map<String, ?> params) {
        return Views.run(driver, sessionConfig, view, params);
    }

    /** Every entity with this name, alias or acronym, the most often named first. */
    public List<Profile> profile(String name) {
        return profile(name, Page.ALL);
    }

    /** A page of the entities with this name, alias or acronym, the most often named first. */
    public List<Profile> profile(String name, Page page) {
        return read("entity-profile", page.into(params("name", name)), r -> new Profile(str(r.get("id")),
                strings(r.get("labels")), str(r.get("name")), strings(r.get("aliases")), strings(r.get("titles")),
                strings(r.get("memberOf")), r.get("statements").asLong(), r.get("claimsMade").asLong(),
                r.get("claimsAbout").asLong(), r.get("events").asLong(), r.get("articles").asLong()));
    }

    /** Everything the entity of this name said, by date. */
    public List<StatementMade> statementsBy(String name) {
        return statementsBy(name, Page.ALL);
    }

    /** A page of what the entity of this name said, by date. */
    public List<StatementMade> statementsBy(String name, Page page) {
        return read("statements-by", page.into(params("name", name)), r -> new StatementMade(str(r.get("speaker")),
                str(r.get("date")), str(r.get("verb")), bool(r.get("quote")), str(r.get("text")),
                str(r.get("article")), str(r.get("uri")), r.get("start").asInt(), r.get("end").asInt(),
                str(r.get("statement")), str(r.get("kind"))));
    }

    /** Who said what about the entity of this name, by date. */
    public List<StatementAbout> saidAbout(String name) {
        return saidAbout(name, Page.ALL);
    }

    /** A page of who said what about the entity of this name, by date. */
    public List<StatementAbout> saidAbout(String name, Page page) {
        return read("said-about", page.into(params("name", name)), r -> new StatementAbout(str(r.get("speaker")),
                str(r.get("verb")), bool(r.get("quote")), str(r.get("text")), str(r.get("date")),
                str(r.get("article")), str(r.get("statement")), str(r.get("kind"))));
    }

    /** Casualty figures that sources give differently, for one category ("militants"...) or all (null). */
    public List<ContestedFigures> contestedFigures(String category) {
        return read("contested-figures", params("category", category), r -> new ContestedFigures(
                str(r.get("event")), str(r.get("date")), str(r.get("category")), str(r.get("outcome")),
                str(r.get("scope")), bool(r.get("cumulative")), r.get("figures").asList(f -> new SourcedFigure(f.get("count").asLong(), str(f.get("qualifier")),
                        str(f.get("source")), str(f.get("article")), str(f.get("published")))),
                r.get("low").asLong(), r.get("high").asLong()));
    }

    /** Responsibility claims of the group of this name, or of all groups (null). */
    public List<ResponsibilityClaim> responsibilityClaims(String group) {
        return read("responsibility-claims", params("group", group), r -> new ResponsibilityClaim(
                str(r.get("group")), str(r.get("claimedBy")), str(r.get("claimedFor")), str(r.get("date")),
                str(r.get("sentence")),
                str(r.get("article")), str(r.get("claim"))));
    }

    /** Allegations against the entity of this name, or all (null). */
    public List<Allegation> allegations(String accused) {
        return read("allegations", params("accused", accused), r -> new Allegation(str(r.get("claimant")),
                strings(r.get("accused")), str(r.get("allegation")), str(r.get("article")), str(r.get("claim"))));
    }

    /** Members of the party, group or organisation of this name, or all memberships (null). */
    public List<Membership> memberships(String organisation) {
        return read("memberships", params("org", organisation), r -> new Membership(str(r.get("organisation")),
                str(r.get("kind")), str(r.get("person")), str(r.get("role")), strings(r.get("titles"))));
    }

    /**
     * The neighbourhood of the entity of this name as driver paths (statements and their articles, affiliations,
     * claims made or about it, events taken part in), as Neo4j Browser draws them.
     */
    public List<org.neo4j.driver.types.Path> neighbourhood(String name) {
        return read("neighbourhood", params("name", name), r -> r.get("p").asPath());
    }

    /** The source text of the statement, claim or event with this id, one row per article it was read in. */
    public List<Provenance> provenance(String id) {
        return read("provenance", params("id", id), r -> new Provenance(str(r.get("id")), str(r.get("label")),
                str(r.get("article")), str(r.get("uri")), str(r.get("published")), r.get("start").asInt(),
                r.get("end").asInt(), str(r.get("source"))));
    }

    /**
     * The {@code limit} entities most often named in the same articles as the entity of this name, counted over the
     * latest 1,000 articles that name it (the view's {@code within} parameter, through {@link #run} for another).
     */
    public List<CoMention> coMentions(String name, int limit) {
        Map<String, Object> params = params("name", name);
        params.put("limit", limit);
        return read("co-mentions", params, r -> new CoMention(str(r.get("entity")), str(r.get("with")),
                str(r.get("label")), r.get("articles").asLong()));
    }

    /** The claims the entity of this name made and the claims about it. */
    public List<EntityClaim> claimsOf(String name) {
        return read("claims-of", params("name", name), r -> new EntityClaim(str(r.get("relation")),
                str(r.get("kind")), str(r.get("claim")), str(r.get("claimant")), str(r.get("text")),
                str(r.get("article")), str(r.get("published")), str(r.get("id"))));
    }

    /** The events the entity of this name took part in, by date. */
    public List<EntityEvent> eventsOf(String name) {
        return read("events-of", params("name", name), r -> new EntityEvent(str(r.get("date")), str(r.get("type")),
                str(r.get("event")), str(r.get("role")), strings(r.get("places")), str(r.get("id"))));
    }

    /** The events in the place of this name or anywhere inside it, by date. */
    public List<PlaceEvent> eventsByPlace(String place) {
        return eventsByPlace(place, Page.ALL);
    }

    /** A page of the events in the place of this name or anywhere inside it, by date. */
    public List<PlaceEvent> eventsByPlace(String place, Page page) {
        return read("events-by-place", page.into(params("place", place)), r -> new PlaceEvent(str(r.get("date")),
                str(r.get("type")), str(r.get("event")), strings(r.get("places")), r.get("articles").asLong()));
    }

    /** The articles of one publication, or of all (null), with how much was read from each. */
    public List<SourceReport> sourceReports(String source) {
        return read("source-reports", params("source", source), r -> new SourceReport(str(r.get("source")),
                str(r.get("title")), str(r.get("published")), r.get("statements").asLong(),
                r.get("claims").asLong(), r.get("events").asLong()));
    }

    /** The events between two ISO dates (either null for no bound), of one type or all (null); see {@link Timeline}. */
    public List<Timeline.Entry> timeline(String from, String to, String type) {
        return Timeline.read(driver, sessionConfig, from, to, type);
    }

    private <T> List<T> read(String view, Map<String, Object> params, Function<Record, T> mapper) {
        return Views.read(driver, sessionConfig, view, params, mapper);
    }

    /** Map.of refuses null, and null is how a caller asks for "all". */
    private static Map<String, Object> params(String name, Object value) {
        Map<String, Object> params = new HashMap<>();
        params.put(name, value);
        return params;
    }

    private static String str(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }

    private static boolean bool(Value v) {
        return v != null && !v.isNull() && v.asBoolean();
    }

    private static List<String> strings(Value v) {
        return v == null || v.isNull() ? List.of() : v.asList(NewsGraph::str);
    }
}
