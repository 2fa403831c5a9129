package io.newsgraph.app.bench;

import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.GraphFragment;
import io.newsgraph.queries.Views;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Varied parameters for every saved view on the synthetic graph: names, aliases and ids that are in it. */
final class ViewParams {

    private static final String[] CATEGORIES = {"militants", "security personnel", "civilians", "passengers"};
    private static final String[] TYPES = {"attack", "debate", "protest", "meeting", "military operation"};
    private static final String[] SOURCES = {"Dawn", "The Express Tribune", "Reuters", "Al Jazeera"};

    private final SyntheticNews news;
    private final int articles;
    private final List<Entity> entities;
    private final List<Entity> organisations;
    private final List<Entity> places;

    ViewParams(SyntheticNews news, int articles) {
        this.news = news;
        this.articles = articles;
        List<Entity> pool = news.pool();
        this.entities = pool;
        this.organisations = Benchmark.ofTypes(pool, EntityType.PARTY, EntityType.GROUP, EntityType.ORGANISATION);
        this.places = Benchmark.ofTypes(pool, EntityType.PLACE);
    }

    /**
     * A view looks something up when it takes a name, place or id it cannot do without (its header does not offer
     * null): those are the views the latency goal is for. Views with only optional filters are reports.
     */
    static boolean looksUp(Views.View view) {
        return view.params().stream().anyMatch(p -> List.of("name", "id", "place").contains(p.name())
                && !p.description().contains("null"));
    }

    Map<String, Object> forView(Views.View view, Random r) {
        Map<String, Object> out = new HashMap<>();
        for (Views.Param p : view.params()) {
            out.put(p.name(), value(p.name(), r));
        }
        return out;
    }

    private Object value(String param, Random r) {
        return switch (param) {
            case "name" -> alias(entities.get(r.nextInt(entities.size())), r);
            case "accused", "group", "org" -> alias(organisations.get(r.nextInt(organisations.size())), r);
            case "place" -> places.get(r.nextInt(places.size())).name();
            case "id" -> nodeId(r);
            case "category" -> r.nextInt(5) == 0 ? null : CATEGORIES[r.nextInt(CATEGORIES.length)];
            case "type" -> r.nextInt(5) == 0 ? null : TYPES[r.nextInt(TYPES.length)];
            case "from" -> LocalDate.of(2019, 1, 1).plusDays(r.nextInt(Math.max(1, articles / 40))).toString();
            case "to" -> LocalDate.of(2019, 1, 1).plusDays(30 + r.nextInt(Math.max(1, articles / 40))).toString();
            case "source" -> SOURCES[r.nextInt(SOURCES.length)];
            default -> null;
        };
    }

    private static String alias(Entity e, Random r) {
        List<String> names = new ArrayList<>(e.aliases());
        if (e.acronym() != null) {
            names.add(e.acronym());
        }
        return names.isEmpty() ? e.name() : names.get(r.nextInt(names.size()));
    }

    /** The id of a statement, claim or event of a random article of the graph. */
    private String nodeId(Random r) {
        for (int tries = 0; tries < 20; tries++) {
            GraphFragment f = news.fragment(r.nextInt(articles));
            List<String> ids = new ArrayList<>();
            f.statements().forEach(s -> ids.add(s.id()));
            f.claims().forEach(c -> ids.add(c.id()));
            f.events().forEach(e -> ids.add(e.id()));
            if (!ids.isEmpty()) {
                return ids.get(r.nextInt(ids.size()));
            }
        }
        return "statement:none";
    }
}
