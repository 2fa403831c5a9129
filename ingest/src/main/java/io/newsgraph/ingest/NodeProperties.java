package io.newsgraph.ingest;

import io.newsgraph.model.Article;
import io.newsgraph.model.Claim;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Event;
import io.newsgraph.model.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The properties each node of a fragment gets in the graph (without its {@code id}), in one place for the writer
 * and for anything that must write the same graph another way (the benchmark's bare baseline).
 */
public final class NodeProperties {

    private NodeProperties() {
    }

    public static Map<String, Object> of(Article a) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", a.displayName());
        p.put("title", a.title());
        p.put("published", a.published());
        p.put("source", a.source());
        p.put("authors", a.authors());
        p.put("dateline", a.dateline());
        p.put("uri", a.uri());
        p.put("wordCount", a.wordCount());
        p.put("text", a.text());
        return p;
    }

    public static Map<String, Object> of(Entity e) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", e.name());
        p.put("aliases", List.copyOf(e.aliases()));
        p.put("titles", List.copyOf(e.titles()));
        p.put("acronym", e.acronym());
        p.put("kind", e.kind());
        return p;
    }

    public static Map<String, Object> of(Statement st) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", shorten(st.text()));
        p.put("text", st.text());
        p.put("quote", st.quote());
        p.put("verb", st.verb());
        p.put("kind", st.kind());
        p.put("date", st.date());
        p.put("speakerText", st.speakerText());
        return p;
    }

    public static Map<String, Object> of(Event e) {
        Map<String, Object> p = new HashMap<>();
        p.put("type", e.type());
        p.put("name", e.name());
        p.put("date", e.date());
        p.put("datePrecision", e.datePrecision());
        p.put("dateText", e.dateText());
        return p;
    }

    public static Map<String, Object> of(Claim c) {
        Map<String, Object> p = new HashMap<>();
        p.put("kind", c.kind());
        p.put("text", c.text());
        p.put("object", c.object());
        p.put("claimantText", c.claimantText());
        if (c.casualty() != null) {
            Claim.Casualty k = c.casualty();
            p.put("count", k.count());
            p.put("qualifier", k.qualifier());
            p.put("category", k.category());
            p.put("outcome", k.outcome());
            p.put("period", k.period());
            p.put("counted", k.counted());
            p.put("scope", k.scope());
            p.put("cumulative", k.cumulative());
            p.put("name", (k.qualifier() == null ? "" : k.qualifier() + " ") + k.count() + " " + k.category()
                    + " " + k.outcome());
        } else {
            p.put("name", c.kind() + ": " + shorten(c.text()));
        }
        return p;
    }

    static String shorten(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() <= 80 ? t : t.substring(0, 79) + "\u2026";
    }
}
