package io.newsgraph.queries;

import io.newsgraph.model.CypherResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;

/**
 * The saved Cypher views: {@code .cypher} resources under {@code /newsgraph/views/}, listed in {@code index.txt},
 * each opening with a comment header (title, description, parameters with examples). Values reach Cypher only as
 * parameters. {@link NewsGraph} reads the main views as typed records.
 *
 * <pre>{@code
 * View view = Views.get("statements-by");
 * List<Map<String, Object>> rows = Views.run(driver, SessionConfig.defaultConfig(), "statements-by",
 *         Map.of("name", "Khawaja Asif"));
 * }</pre>
 */
public final class Views {

    public static final String DIR = "/newsgraph/views/";

    /** A declared parameter, with its description and example value (as written in the header). */
    public record Param(String name, String description, String example) {
    }

    /** One saved view. */
    public record View(String name, String title, String description, List<Param> params, String cypher) {
    }

    /** A view or parameter that does not exist. */
    public static final class UnknownView extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public UnknownView(String message) {
            super(message);
        }
    }

    private static final Pattern PARAM = Pattern.compile("^//\\s*param\\s+(\\w+):\\s*(.*?)(?:\\s*\\(example:\\s*(.*)\\))?$");
    private static final Map<String, View> VIEWS = load();

    private Views() {
    }

    private static Map<String, View> load() {
        Map<String, View> out = new LinkedHashMap<>();
        for (String name : CypherResource.load(Views.class, DIR + "index.txt").lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList()) {
            out.put(name, parse(name, CypherResource.load(Views.class, DIR + name + ".cypher")));
        }
        return out;
    }

    static View parse(String name, String text) {
        String title = null;
        StringBuilder description = new StringBuilder();
        List<Param> params = new ArrayList<>();
        boolean inDescription = false;
        for (String line : text.lines().toList()) {
            String l = line.strip();
            if (!l.startsWith("//")) {
                break;
            }
            Matcher p = PARAM.matcher(l);
            if (l.startsWith("// title:")) {
                title = l.substring("// title:".length()).strip();
                inDescription = false;
            } else if (l.startsWith("// description:")) {
                description.append(l.substring("// description:".length()).strip());
                inDescription = true;
            } else if (p.matches()) {
                params.add(new Param(p.group(1), p.group(2), p.group(3)));
                inDescription = false;
            } else if (inDescription) {
                description.append(' ').append(l.substring(2).strip());
            }
        }
        if (title == null || description.length() == 0) {
            throw new IllegalStateException("view " + name + " has no title or description in its header");
        }
        return new View(name, title, description.toString(), List.copyOf(params), text);
    }

    public static List<View> list() {
        return List.copyOf(VIEWS.values());
    }

    public static View get(String name) {
        View v = VIEWS.get(name);
        if (v == null) {
            throw new UnknownView("no view named '" + name + "'; the views are: " + String.join(", ", VIEWS.keySet()));
        }
        return v;
    }

    /**
     * Runs a view. Every declared parameter not given is null; a parameter the view does not declare is an error.
     */
    public static List<Map<String, Object>> run(Driver driver, SessionConfig sessionConfig, String name,
                                                Map<String, ?> params) {
        return read(driver, sessionConfig, name, params, r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            for (String key : r.keys()) {
                row.put(key, GraphExporter.plain(r.get(key)));
            }
            return row;
        });
    }

    /**
     * Runs a view in a read transaction and maps each row with {@code mapper} (the typed API's way in). Parameters
     * are checked as by {@link #run}.
     */
    public static <T> List<T> read(Driver driver, SessionConfig sessionConfig, String name, Map<String, ?> params,
                                   Function<Record, T> mapper) {
        View view = get(name);
        Map<String, Object> all = new HashMap<>();
        view.params().forEach(p -> all.put(p.name(), null));
        for (var e : params.entrySet()) {
            if (!all.containsKey(e.getKey())) {
                throw new UnknownView("view '" + name + "' has no parameter '" + e.getKey() + "'; it takes: "
                        + String.join(", ", view.params().stream().map(Param::name).toList()));
            }
            all.put(e.getKey(), e.getValue());
        }
        try (var session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> tx.run(view.cypher(), all).list(mapper::apply));
        }
    }
}
