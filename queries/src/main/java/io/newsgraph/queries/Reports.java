package io.newsgraph.queries;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/** Relationship summaries for report writers, composed from the saved views. */
public final class Reports {

    private static final int CO_MENTIONS = 10;

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final NewsGraph graph;

    public Reports(Driver driver, SessionConfig sessionConfig) {
        this.driver = driver;
        this.sessionConfig = sessionConfig;
        this.graph = new NewsGraph(driver, sessionConfig);
    }

    private List<Map<String, Object>> view(String name, Map<String, ?> params) {
        return Views.run(driver, sessionConfig, name, params);
    }

    /**
     * Everything about one entity: who it is, affiliations, statements, claims, events, co-mentions, as the views'
     * rows keyed by their columns (what {@code kg report entity --format json} prints; the Markdown reads the same
     * views through {@link NewsGraph}).
     */
    public Map<String, Object> entity(String name) {
        List<Map<String, Object>> profile = view("entity-profile", Map.of("name", name));
        if (profile.isEmpty()) {
            throw new Views.UnknownView("no entity is called '" + name + "'");
        }
        Map<String, Object> who = profile.get(0);
        String canonical = (String) who.get("name");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entity", who);
        out.put("statements", view("statements-by", Map.of("name", canonical)));
        out.put("claims", view("claims-of", Map.of("name", canonical)));
        out.put("events", view("events-of", Map.of("name", canonical)));
        out.put("coMentions", view("co-mentions", Map.of("name", canonical, "limit", CO_MENTIONS)));
        return out;
    }

    /** The entity report as Markdown, with a Mermaid diagram of its neighbourhood. */
    public String entityMarkdown(String name) {
        NewsGraph.Profile who = graph.profile(name).stream().findFirst()
                .orElseThrow(() -> new Views.UnknownView("no entity is called '" + name + "'"));
        List<NewsGraph.CoMention> coMentions = graph.coMentions(who.name(), CO_MENTIONS);
        List<NewsGraph.EntityEvent> events = graph.eventsOf(who.name());
        StringBuilder md = new StringBuilder();
        md.append("# ").append(who.name()).append("\n\n");
        md.append("- **Kind:** ").append(String.join(", ", who.labels())).append('\n');
        md.append("- **Also called:** ").append(String.join(", ", who.aliases())).append('\n');
        if (!who.titles().isEmpty()) {
            md.append("- **Titles:** ").append(String.join(", ", who.titles())).append('\n');
        }
        if (!who.memberOf().isEmpty()) {
            md.append("- **Member of:** ").append(String.join(", ", who.memberOf())).append('\n');
        }
        md.append("- **Named in** ").append(who.articles()).append(" articles\n\n");
        md.append("## Neighbourhood\n\n```mermaid\ngraph LR\n");
        md.append("  E[\"").append(label(who.name())).append("\"]\n");
        for (int i = 0; i < who.memberOf().size(); i++) {
            md.append("  E -- member of --> M").append(i).append("[\"").append(label(who.memberOf().get(i)))
                    .append("\"]\n");
        }
        for (int i = 0; i < coMentions.size(); i++) {
            md.append("  E -. ").append(coMentions.get(i).articles()).append(" articles .- C").append(i)
                    .append("[\"").append(label(coMentions.get(i).with())).append("\"]\n");
        }
        for (int i = 0; i < events.size(); i++) {
            md.append("  E -- ").append(events.get(i).role()).append(" --> V").append(i).append("([\"")
                    .append(label(events.get(i).event())).append("\"])\n");
        }
        md.append("```\n\n## Statements\n\n");
        md.append(RowFormat.MD.render(graph.statementsBy(who.name()).stream().map(s -> row(
                "date", s.date(), "verb", s.verb(), "quote", s.quote(), "text", s.text(), "article", s.article()))
                .toList()));
        md.append("\n## Claims made and claims about ").append(who.name()).append("\n\n");
        md.append(RowFormat.MD.render(graph.claimsOf(who.name()).stream().map(c -> row(
                "relation", c.relation(), "kind", c.kind(), "claim", c.claim(), "claimant", c.claimant(),
                "article", c.article())).toList()));
        md.append("\n## Events\n\n");
        md.append(RowFormat.MD.render(events.stream().map(e -> row(
                "date", e.date(), "type", e.type(), "event", e.event(), "role", e.role(), "places", e.places()))
                .toList()));
        md.append("\n## Most often named with\n\n");
        md.append(RowFormat.MD.render(coMentions.stream().map(c -> row(
                "with", c.with(), "label", c.label(), "articles", c.articles())).toList()));
        return md.toString();
    }

    public String entityJson(String name) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(entity(name))
                    + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every disputed figure, one row per figure, with the low and high of its quantity. */
    public List<Map<String, Object>> contested() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (NewsGraph.ContestedFigures q : graph.contestedFigures(null)) {
            for (NewsGraph.SourcedFigure f : q.figures()) {
                rows.add(row("event", q.event(), "date", q.date(), "category", q.category(), "outcome",
                        q.outcome(), "count", f.count(), "qualifier", f.qualifier(), "source", f.source(),
                        "article", f.article(), "published", f.published(), "low", q.low(), "high", q.high(),
                        "scope", q.scope(), "cumulative", q.cumulative()));
            }
        }
        return rows;
    }

    public String contestedMarkdown() {
        return "# Contested figures\n\nEvery casualty figure that differs between sources for the same event, "
                + "quantity and scope.\n\n" + RowFormat.MD.render(contested());
    }

    /** One table row: column names and values in turn, in column order. */
    private static Map<String, Object> row(Object... columnsAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return row;
    }

    private static String label(Object o) {
        return String.valueOf(o).replace("\"", "'");
    }
}
