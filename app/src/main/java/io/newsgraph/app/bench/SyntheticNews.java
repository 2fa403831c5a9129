package io.newsgraph.app.bench;

import io.newsgraph.ingest.Gazetteer;
import io.newsgraph.model.Article;
import io.newsgraph.model.Claim;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Event;
import io.newsgraph.model.GraphFragment;
import io.newsgraph.model.Ids;
import io.newsgraph.model.Mention;
import io.newsgraph.model.NodeRef;
import io.newsgraph.model.Relation;
import io.newsgraph.model.Span;
import io.newsgraph.model.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Graph fragments that look like the ingest's, without CoreNLP: for measuring the writer and the saved views on a
 * graph far bigger than any corpus at hand. Article {@code i} is the same on every call (seeded by {@code i}).
 *
 * <p>Each article names entities drawn from a pool with a Zipf head (a few names in most articles, as "Pakistan" and
 * "Imran Khan" are in the news) and a tail of names seen once, so the writer's MERGE paths meet both new and known
 * entities. The non-person part of the pool is the real gazetteer (parties, groups, organisations, places with their
 * acronyms, aliases and districts); people are made from common first and last names.
 */
public final class SyntheticNews {

    /**
     * Per-article averages of a real ingest.
     *
     * @param entities             entities an article names (MENTIONS to entities per article)
     * @param mentionsPerEntity    the mean {@code MENTIONS.count}
     * @param statements           statements per article
     * @param aboutPerStatement    ABOUT relationships per statement
     * @param claims               claims per article
     * @param events               event reports per article (REPORTED_IN of events)
     * @param participantsPerEvent PARTICIPATED_IN per event
     * @param memberOf             MEMBER_OF per article
     * @param textChars            characters of analysed text per article
     * @param newEntityShare       of an article's entities, the share that no other article names
     */
    public record Profile(double entities, double mentionsPerEntity, double statements, double aboutPerStatement,
                          double claims, double events, double participantsPerEvent, double memberOf,
                          double textChars, double newEntityShare) {
    }

    /**
     * The whole Wikinews corpus ({@code ../shared/corpus/wikinews}: 294 articles, 259,066 tokens) ingested by
     * {@code kg ingest} on the bench branch and counted with {@code /newsgraph/bench/profile.cypher} (kg bench's
     * memory section prints the same line for the corpus it ingests): 5,275 entity mentions of 3,149 entities, 2,576
     * of them named by one article only (49% of mentions), 2,535 statements, 202 claims, 331 event reports of 299
     * events, 115 participants, 142 MEMBER_OF.
     */
    public static final Profile WIKINEWS = new Profile(17.94, 2.41, 8.62, 0.63, 0.69, 1.13, 0.38, 0.48, 4363, 0.49);

    private static final String[] FIRST = {"Muhammad", "Ahmed", "Ali", "Hassan", "Hussain", "Imran", "Shehbaz",
        "Nawaz", "Asif", "Bilawal", "Maryam", "Fatima", "Ayesha", "Khawaja", "Sarfraz", "Omar", "Zahid", "Tariq",
        "Javed", "Raja", "Abdul", "Gohar", "Mahmood", "Sana", "Rehman", "Yusuf", "Farooq", "Shireen", "Fawad",
        "Murad", "Sardar", "Mir", "Akhtar", "Nadia", "Sheikh", "Qamar", "Iqbal", "Kamran", "Aleem", "Mohsin",
        "John", "Mary", "David", "Elena", "Vladimir", "Emmanuel", "Angela", "Joe", "Xi", "Narendra", "Recep",
        "Justin", "Boris", "Jacinda", "Jair", "Scott", "Cyril", "Abiy", "Moon", "Volodymyr"};
    private static final String[] LAST = {"Khan", "Sharif", "Zardari", "Bhutto", "Asif", "Bugti", "Achakzai",
        "Mengal", "Baloch", "Qureshi", "Chaudhry", "Abbasi", "Rana", "Malik", "Hussain", "Siddiqui", "Gilani",
        "Ahmed", "Raza", "Iqbal", "Butt", "Jamali", "Marri", "Rind", "Kakar", "Yousafzai", "Afridi", "Durrani",
        "Tareen", "Niazi", "Smith", "Johnson", "Garcia", "Putin", "Macron", "Merkel", "Biden", "Modi", "Erdogan",
        "Trudeau", "Johnson-Ward", "Ardern", "Bolsonaro", "Morrison", "Ramaphosa", "Ahmed-Ali", "Jae-in",
        "Zelensky", "Lopez", "Nguyen"};
    private static final String[] WORDS = ("the a of in and to said on was for that with as by at from his have "
            + "government minister police security attack province district party leader officials people killed "
            + "injured statement assembly national opposition forces army group operation week Monday Tuesday city "
            + "report according claimed responsibility protest election vote resolution meeting talks border "
            + "militants civilians personnel rescue hospital court law bill debate federal chief president").split(" ");
    private static final String[] EVENT_TYPES = {"attack", "attack", "attack", "military operation", "debate",
        "resolution", "protest", "meeting", "election", "hijacking"};
    private static final String[] ROLES = {"perpetrator", "target", "responder", "speaker", "organiser"};
    private static final String[] VERBS = {"say", "say", "say", "tell", "warn", "allege", "urge", "claim"};
    private static final String[] CATEGORIES = {"militants", "security personnel", "civilians", "passengers"};
    private static final String[] OUTCOMES = {"killed", "injured", "rescued", "arrested"};
    private static final String[] SOURCES = {"Dawn", "The Express Tribune", "The News", "Wikinews", "Geo News",
        "Reuters", "Associated Press", "Al Jazeera"};
    private static final LocalDate START = LocalDate.of(2019, 1, 1);

    private final Profile profile;
    private final List<Entity> pool = new ArrayList<>();
    private final Map<String, Entity> byId = new java.util.HashMap<>();
    private final Map<String, String> provinceOf = new LinkedHashMap<>();
    private final double[] cumulative;

    public SyntheticNews(Profile profile, int people) {
        this.profile = profile;
        Map<String, String> provinceIds = new LinkedHashMap<>();
        for (Gazetteer.Entry e : Gazetteer.defaults().entries()) {
            if (e.type() == EntityType.PLACE && !e.isDistrict()) {
                provinceIds.put(e.name(), Ids.entity(EntityType.PLACE, e.name()));
            }
        }
        for (Gazetteer.Entry e : Gazetteer.defaults().entries()) {
            Set<String> aliases = new LinkedHashSet<>(e.aliases());
            aliases.add(e.name());
            String id = Ids.entity(e.type(), e.name());
            pool.add(new Entity(id, e.type(), e.name(), aliases, e.acronym(), e.kind(), Set.of(),
                    e.isDistrict() ? Set.of("District") : Set.of()));
            if (e.isDistrict() && e.in() != null && provinceIds.containsKey(e.in())) {
                provinceOf.put(id, provinceIds.get(e.in()));
            }
        }
        Random r = new Random(42);
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < Math.min(people, FIRST.length * LAST.length)) {
            names.add(FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)]);
        }
        for (String n : names) {
            // A third of the people are also called by their last name alone ("Asif"), as the corpus's are when an
            // article does so: such aliases are shared, which the lookups by name must sort out.
            Entity p = person(n, r.nextInt(4) == 0 ? Set.of("Minister") : Set.of());
            pool.add(r.nextInt(3) == 0 ? p : new Entity(p.id(), p.type(), p.name(), Set.of(n), null, null, p.titles(),
                    Set.of()));
        }
        // Shuffled so that the head of the Zipf distribution mixes people, parties and places.
        java.util.Collections.shuffle(pool, r);
        pool.forEach(e -> byId.put(e.id(), e));
        cumulative = new double[pool.size()];
        double sum = 0;
        for (int i = 0; i < pool.size(); i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
    }

    /** The recurring entities, most frequent first. */
    public List<Entity> pool() {
        return List.copyOf(pool);
    }

    private static Entity person(String name, Set<String> titles) {
        Set<String> aliases = new LinkedHashSet<>(List.of(name, name.substring(name.lastIndexOf(' ') + 1)));
        return new Entity(Ids.entity(EntityType.PERSON, name), EntityType.PERSON, name, aliases, null, null, titles,
                Set.of());
    }

    private Entity fromPool(Random r) {
        double x = r.nextDouble() * cumulative[cumulative.length - 1];
        int i = java.util.Arrays.binarySearch(cumulative, x);
        return pool.get(i >= 0 ? i : Math.min(pool.size() - 1, -i - 1));
    }

    /** Poisson-distributed count with this mean (Knuth's method; the means here are small). */
    static int poisson(Random r, double mean) {
        double limit = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > limit);
        return k - 1;
    }

    /** Article {@code i}: the same fragment on every call. */
    public GraphFragment fragment(int i) {
        Random r = new Random(0x5eed_0000L + i);
        LocalDate published = START.plusDays(i / 40);
        StringBuilder text = new StringBuilder();
        text.append("Synthetic article ").append(i).append(". ");
        while (text.length() < profile.textChars() * (0.5 + r.nextDouble())) {
            text.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(12) == 0 ? ". " : " ");
        }
        String body = text.toString();
        String articleId = Ids.article(body);
        Article article = new Article(articleId, "Synthetic headline " + i + ": " + WORDS[r.nextInt(WORDS.length)],
                published, SOURCES[r.nextInt(SOURCES.length)], List.of(), null, "synthetic:" + i, body);

        Map<String, Entity> entities = new LinkedHashMap<>();
        int count = Math.max(1, poisson(r, profile.entities()));
        for (int k = 0; k < count; k++) {
            Entity e;
            if (r.nextDouble() < profile.newEntityShare()) {
                e = r.nextInt(3) == 0 ? organisation(i, k) : person(FIRST[r.nextInt(FIRST.length)] + " "
                        + LAST[r.nextInt(LAST.length)] + "-" + Integer.toString(i, 36) + k, Set.of());
            } else {
                e = fromPool(r);
            }
            entities.putIfAbsent(e.id(), e);
        }
        List<Relation> relations = new ArrayList<>();
        for (Entity e : List.copyOf(entities.values())) {
            String province = provinceOf.get(e.id());
            if (province != null) {
                relations.add(new Relation("LOCATED_IN", "Place", e.id(), "Place", province, Map.of()));
                if (byId.containsKey(province)) {
                    entities.putIfAbsent(province, byId.get(province));
                }
            }
        }
        List<Entity> ents = List.copyOf(entities.values());
        List<Entity> people = ents.stream().filter(e -> e.type() == EntityType.PERSON).toList();
        List<Entity> orgs = ents.stream().filter(e -> e.type() != EntityType.PERSON && e.type() != EntityType.PLACE)
                .toList();
        List<Entity> places = ents.stream().filter(e -> e.type() == EntityType.PLACE).toList();
        List<Mention> mentions = ents.stream().map(e -> new Mention(e.id(), 1 + poisson(r,
                profile.mentionsPerEntity() - 1))).toList();
        for (int k = poisson(r, profile.memberOf()); k > 0 && !people.isEmpty() && !orgs.isEmpty(); k--) {
            Entity p = people.get(r.nextInt(people.size()));
            Entity o = orgs.get(r.nextInt(orgs.size()));
            relations.add(new Relation("MEMBER_OF", "Person", p.id(), o.type().label(), o.id(),
                    Map.of("role", "member")));
        }

        List<Event> events = new ArrayList<>();
        for (int k = poisson(r, profile.events()); k > 0; k--) {
            String type = EVENT_TYPES[r.nextInt(EVENT_TYPES.length)];
            String date = published.minusDays(r.nextInt(3)).toString();
            Entity place = places.isEmpty() ? null : places.get(r.nextInt(places.size()));
            List<Event.Participant> participants = new ArrayList<>();
            for (int p = poisson(r, profile.participantsPerEvent()); p > 0 && !ents.isEmpty(); p--) {
                Entity actor = ents.get(r.nextInt(ents.size()));
                if (actor.type() != EntityType.PLACE) {
                    participants.add(new Event.Participant(ref(actor), ROLES[r.nextInt(ROLES.length)]));
                }
            }
            String id = Ids.event(type, date, place == null ? null : place.name(), articleId);
            if (events.stream().noneMatch(e -> e.id().equals(id))) {
                events.add(new Event(id, type, type + " " + date + (place == null ? "" : " in " + place.name()), date,
                        "day", "on " + published.getDayOfWeek(), place == null ? List.of() : List.of(ref(place)),
                        participants, span(r, body), 1 + r.nextInt(3)));
            }
        }

        List<Statement> statements = new ArrayList<>();
        for (int k = poisson(r, profile.statements()); k > 0; k--) {
            Span span = span(r, body);
            String id = Ids.statement(articleId, span);
            if (statements.stream().anyMatch(s -> s.id().equals(id))) {
                continue;
            }
            Entity speaker = people.isEmpty() || r.nextInt(5) == 0 ? null : people.get(r.nextInt(people.size()));
            List<NodeRef> about = new ArrayList<>();
            for (int a = poisson(r, profile.aboutPerStatement()); a > 0; a--) {
                NodeRef ref = ref(ents.get(r.nextInt(ents.size())));
                if (!about.contains(ref)) {
                    about.add(ref);
                }
            }
            statements.add(new Statement(id, body.substring(span.start(), span.end()), r.nextBoolean(),
                    VERBS[r.nextInt(VERBS.length)], Statement.SPEECH, published.toString(), span,
                    speaker == null ? null : ref(speaker),
                    speaker == null ? "officials" : null, null, about));
        }

        List<Claim> claims = new ArrayList<>();
        for (int k = poisson(r, profile.claims()); k > 0; k--) {
            Span span = span(r, body);
            int kind = r.nextInt(4);
            String kindName = kind < 2 ? Claim.CASUALTY : kind == 2 ? Claim.RESPONSIBILITY : Claim.ALLEGATION;
            String id = Ids.claim(articleId, kindName, span);
            if (claims.stream().anyMatch(c -> c.id().equals(id))) {
                continue;
            }
            Statement in = statements.isEmpty() ? null : statements.get(r.nextInt(statements.size()));
            Entity by = orgs.isEmpty() ? null : orgs.get(r.nextInt(orgs.size()));
            Claim.Casualty casualty = kindName.equals(Claim.CASUALTY) ? new Claim.Casualty(1 + r.nextInt(40),
                    r.nextBoolean() ? "at least" : null, CATEGORIES[r.nextInt(CATEGORIES.length)],
                    OUTCOMES[r.nextInt(OUTCOMES.length)], null, "people") : null;
            claims.add(new Claim(id, kindName, body.substring(span.start(), span.end()), casualty, span,
                    by == null ? null : ref(by), by == null ? "state media" : null,
                    kindName.equals(Claim.CASUALTY) || by == null ? List.of() : List.of(ref(by)), null,
                    in == null ? null : in.id(), events.isEmpty() ? null : events.get(r.nextInt(events.size())).id()));
        }
        return new GraphFragment(article, ents, mentions, relations, statements, claims, events);
    }

    private static Entity organisation(int article, int k) {
        String name = WORDS[(article + k) % WORDS.length] + " Welfare Organisation " + Integer.toString(article, 36) + k;
        name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return new Entity(Ids.entity(EntityType.ORGANISATION, name), EntityType.ORGANISATION, name, Set.of(name),
                null, null, Set.of(), Set.of());
    }

    private static NodeRef ref(Entity e) {
        return new NodeRef(e.type().label(), e.id());
    }

    private static Span span(Random r, String text) {
        int start = r.nextInt(Math.max(1, text.length() - 200));
        return new Span(start, Math.min(text.length(), start + 60 + r.nextInt(140)));
    }
}
