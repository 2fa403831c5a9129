package io.newsgraph.queries;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
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

    public Reports(Driver driver, SessionConfig sessionConfig) {
        this.driver = driver;
        this.sessionConfig = sessionConfig;
    }

    private List<Map<String, Object>> view(String name, Map<String, ?> params) {
        return Views.run(driver, sessionConfig, name, params);
    }

    /** Everything about one entity: who it is, affiliations, statements, claims, events, co-mentions. */
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
    @SuppressWarnings("unchecked")
    public String entityMarkdown(String name) {
        Map<String, Object> r = entity(name);
        Map<String, Object> who = (Map<String, Object>) r.get("entity");
        StringBuilder md = new StringBuilder();
        md.append("# ").append(who.get("name")).append("\n\n");
        md.append("- **Kind:** ").append(String.join(", ", (List<String>) who.get("labels"))).append('\n');
        md.append("- **Also called:** ").append(join(who.get("aliases"))).append('\n');
        if (who.get("titles") != null) {
            md.append("- **Titles:** ").append(join(who.get("titles"))).append('\n');
        }
        if (!((List<?>) who.get("memberOf")).isEmpty()) {
            md.append("- **Member of:** ").append(join(who.get("memberOf"))).append('\n');
        }
        md.append("- **Named in** ").append(who.get("articles")).append(" articles\n\n");
        md.append("## Neighbourhood\n\n```mermaid\ngraph LR\n");
        md.append("  E[\"").append(label(who.get("name"))).append("\"]\n");
        int i = 0;
        for (Object m : (List<?>) who.get("memberOf")) {
            md.append("  E -- member of --> M").append(i).append("[\"").append(label(m)).append("\"]\n");
            i++;
        }
        i = 0;
        for (Map<String, Object> c : (List<Map<String, Object>>) r.get("coMentions")) {
            md.append("  E -. ").append(c.get("articles")).append(" articles .- C").append(i).append("[\"")
                    .append(label(c.get("with"))).append("\"]\n");
            i++;
        }
        i = 0;
        for (Map<String, Object> e : (List<Map<String, Object>>) r.get("events")) {
            md.append("  E -- ").append(e.get("role")).append(" --> V").append(i).append("([\"")
                    .append(label(e.get("event"))).append("\"])\n");
            i++;
        }
        md.append("```\n\n## Statements\n\n");
        md.append(RowFormat.MD.render(select((List<Map<String, Object>>) r.get("statements"), "date", "verb", "quote",
                "text", "article")));
        md.append("\n## Claims made and claims about ").append(who.get("name")).append("\n\n");
        md.append(RowFormat.MD.render(select((List<Map<String, Object>>) r.get("claims"), "relation", "kind",
                "claim", "claimant", "article")));
        md.append("\n## Events\n\n");
        md.append(RowFormat.MD.render(select((List<Map<String, Object>>) r.get("events"), "date", "type", "event",
                "role", "places")));
        md.append("\n## Most often named with\n\n");
        md.append(RowFormat.MD.render(select((List<Map<String, Object>>) r.get("coMentions"), "with", "label",
                "articles")));
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
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> contested() {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (Map<String, Object> q : view("contested-figures", Map.of())) {
            for (Map<String, Object> f : (List<Map<String, Object>>) q.get("figures")) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("event", q.get("event"));
                row.put("date", q.get("date"));
                row.put("category", q.get("category"));
                row.put("outcome", q.get("outcome"));
                row.put("count", f.get("count"));
                row.put("qualifier", f.get("qualifier"));
                row.put("source", f.get("source"));
                row.put("article", f.get("article"));
                row.put("published", f.get("published"));
                row.put("low", q.get("low"));
                row.put("high", q.get("high"));
                rows.add(row);
            }
        }
        return rows;
    }

    public String contestedMarkdown() {
        return "# Contested figures\n\nEvery casualty figure that differs between sources for the same event and "
                + "quantity.\n\n" + RowFormat.MD.render(contested());
    }

    private static List<Map<String, Object>> select(List<Map<String, Object>> rows, String... keys) {
        return rows.stream().map(r -> {
            Map<String, Object> out = new LinkedHashMap<>();
            for (String k : keys) {
                out.put(k, r.get(k));
            }
            return out;
        }).toList();
    }

    private static String join(Object list) {
        return list instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList()) : "";
    }

    private static String label(Object o) {
        return String.valueOf(o).replace("\"", "'");
    }
}
