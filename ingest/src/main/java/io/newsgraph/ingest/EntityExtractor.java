package io.newsgraph.ingest;

import io.newsgraph.model.Claim;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.GraphFragment;
import io.newsgraph.model.Ids;
import io.newsgraph.model.Mention;
import io.newsgraph.model.NodeRef;
import io.newsgraph.model.Relation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an annotated article into its graph fragment: the article, the entities it names (typed and given canonical
 * names from the gazetteer and cue words), how often it names each, and where the places it names lie.
 *
 * <p>Within one article, an acronym introduced in brackets ("Baloch Liberation Army (BLA)") stands for the full name,
 * and a one-word name of a person ("Asif") stands for the one fuller name in the article that contains it.
 */
public final class EntityExtractor {

    /** Leading words of a person's name that open in lower case and hold a hyphen ("ex-Muslim", "then-Sen."). */
    private static final java.util.regex.Pattern LOWER_HYPHENATED_LEAD =
            java.util.regex.Pattern.compile("^(?:\\p{Ll}+-\\S+\\s+)+(?=\\p{Lu})");
    private static final Set<String> NAME_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY", "COUNTRY",
            "STATE_OR_PROVINCE");
    private static final Pattern ACRONYM_AFTER = Pattern.compile("^\\s*\\(([A-Z][A-Za-z0-9&-]{1,9})\\)");
    private static final int CONTEXT = 40;

    private final Gazetteer gazetteer;
    private final Cues cues;
    private final TitleFinder titleFinder;
    private final StatementExtractor statementExtractor;
    private final ClaimExtractor claimExtractor;
    private final EventExtractor eventExtractor;

    public EntityExtractor(Gazetteer gazetteer, Cues cues) {
        this(gazetteer, cues, StatementWords.defaults());
    }

    public EntityExtractor(Gazetteer gazetteer, Cues cues, StatementWords statementWords) {
        this(gazetteer, cues, statementWords, EventWords.defaults());
    }

    public EntityExtractor(Gazetteer gazetteer, Cues cues, StatementWords statementWords, EventWords eventWords) {
        this.gazetteer = gazetteer;
        this.cues = cues;
        this.titleFinder = new TitleFinder(cues);
        this.statementExtractor = new StatementExtractor(statementWords, cues.roleWords(), cues.personNouns());
        this.claimExtractor = new ClaimExtractor(statementWords, eventWords);
        this.eventExtractor = new EventExtractor(eventWords, new PlaceHierarchy(gazetteer),
                cues.organisationNameWords());
    }

    /** A mention read as an entity candidate, before linking. */
    private record Candidate(EntityType type, String name, String surface, Gazetteer.Entry entry, Set<String> titles) {
    }

    /** An entity as it grows while the article's mentions are linked to it. */
    private static final class Building {
        final EntityType type;
        String name;
        final Gazetteer.Entry entry;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> titles = new LinkedHashSet<>();
        String acronym;
        int count;
        Building mergedInto;

        Building(EntityType type, String name, Gazetteer.Entry entry) {
            this.type = type;
            this.name = name;
            this.entry = entry;
            this.acronym = entry == null ? null : entry.acronym();
        }
    }

    public GraphFragment extract(AnnotatedArticle doc) {
        String text = doc.article().text();
        List<AnnotatedArticle.NerMention> all = doc.mentions();

        // First pass: read each name mention; learn acronyms introduced in brackets.
        Candidate[] candidates = new Candidate[all.size()];
        Map<String, Candidate> acronyms = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            AnnotatedArticle.NerMention m = all.get(i);
            if (!NAME_TYPES.contains(m.type())) {
                continue;
            }
            Candidate c = read(m, doc);
            candidates[i] = c;
            if (c == null || c.type() == EntityType.PERSON) {
                continue;
            }
            Matcher am = ACRONYM_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 14)));
            if (am.find() && !Names.isAcronym(c.surface()) && shortNameFits(am.group(1), c.name())) {
                acronyms.putIfAbsent(am.group(1), c);
            }
        }

        // Second pass: link each mention to an entity of the article.
        Map<String, Building> byKey = new LinkedHashMap<>();
        List<Building> order = new ArrayList<>();
        Building[] linked = new Building[all.size()];
        for (int i = 0; i < all.size(); i++) {
            Candidate c = candidates[i];
            if (c == null) {
                continue;
            }
            Candidate target = c;
            if (c.entry() == null && !c.surface().contains(" ") && acronyms.containsKey(c.surface())) {
                target = acronyms.get(c.surface());
            }
            String key = target.type() + "|" + Names.key(target.name());
            Building b = byKey.get(key);
            if (b == null) {
                b = new Building(target.type(), target.name(), target.entry());
                byKey.put(key, b);
                order.add(b);
            }
            if (target != c && b.acronym == null) {
                b.acronym = c.surface();
            }
            b.aliases.add(c.surface());
            b.titles.addAll(c.titles());
            b.count++;
            linked[i] = b;
        }
        linkShortPersonNames(order);
        linkShortOrganisationNames(order);
        addLearnedAcronyms(doc, acronyms, byKey, linked);
        addMemberNames(doc, order);

        // Titles and affiliations from the words around each person's name.
        int[] mentionAt = new int[doc.tokens().size()];
        java.util.Arrays.fill(mentionAt, -1);
        for (int i = 0; i < all.size(); i++) {
            var m = all.get(i);
            if (NAME_TYPES.contains(m.type()) && linked[i] == null) {
                continue;
            }
            for (int t = Math.max(0, m.firstToken()); t >= 0 && t <= m.lastToken() && t < mentionAt.length; t++) {
                mentionAt[t] = i;
            }
        }
        List<Relation> relations = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (linked[i] == null || linked[i].type != EntityType.PERSON) {
                continue;
            }
            Building person = resolved(linked[i]);
            TitleFinder.Found found = titleFinder.find(doc, i, mentionAt);
            person.titles.addAll(found.titles());
            for (TitleFinder.Affiliation a : found.affiliations()) {
                Building org = linked[a.orgMention()] == null ? null : resolved(linked[a.orgMention()]);
                if (org == null || org.type == EntityType.PERSON || org.type == EntityType.PLACE) {
                    continue;
                }
                Map<String, Object> props = a.role() == null ? Map.of() : Map.of("role", a.role());
                Relation r = new Relation("MEMBER_OF", "Person", Ids.entity(EntityType.PERSON, person.name),
                        org.type.label(), Ids.entity(org.type, org.name), props);
                relations.removeIf(x -> x.type().equals(r.type()) && x.fromId().equals(r.fromId())
                        && x.toId().equals(r.toId()) && (r.properties().containsKey("role")
                        || !x.properties().containsKey("role")));
                if (relations.stream().noneMatch(x -> x.type().equals(r.type()) && x.fromId().equals(r.fromId())
                        && x.toId().equals(r.toId()))) {
                    relations.add(r);
                }
            }
        }

        countPronouns(doc, linked);

        // Build the fragment.
        Map<String, Entity> entities = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Building b : order) {
            Building target = resolved(b);
            String id = Ids.entity(target.type, target.name);
            counts.merge(id, b.count, Integer::sum);
            mergeEntity(entities, toEntity(target, b));
            if (target.entry != null && target.type == EntityType.PLACE) {
                addPlaceChain(target.entry, entities, relations);
            }
        }
        List<Mention> mentions = counts.entrySet().stream().map(e -> new Mention(e.getKey(), e.getValue())).toList();

        // Statements and claims, with speakers and claimants among the article's entities.
        NodeRef[] refs = new NodeRef[all.size()];
        EntityType[] types = new EntityType[all.size()];
        Map<String, Set<String>> personTitles = new LinkedHashMap<>();
        Set<String> media = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            if (linked[i] != null) {
                Building b = resolved(linked[i]);
                refs[i] = new NodeRef(b.type.label(), Ids.entity(b.type, b.name));
                types[i] = b.type;
                if (b.entry != null && b.entry.kind() != null && cues.mediumKinds().stream()
                        .anyMatch(k -> b.entry.kind().toLowerCase(Locale.ROOT).contains(k))) {
                    media.add(refs[i].id());
                }
                if (b.type == EntityType.PERSON) {
                    personTitles.put(refs[i].id(), b.titles);
                }
            }
        }
        List<StatementExtractor.Found> found = statementExtractor.extract(doc,
                new StatementExtractor.Links(refs, types, personTitles, media));
        List<Claim> claims = claimExtractor.extract(doc, refs, found);
        EventExtractor.Result events = eventExtractor.extract(doc, refs, found, claims);
        return new GraphFragment(doc.article(), List.copyOf(entities.values()), mentions, relations,
                found.stream().map(StatementExtractor.Found::statement).toList(), events.claims(), events.events());
    }

    /**
     * An acronym introduced in brackets belongs to its entity even where the tagger did not mark it as a name; its
     * untagged occurrences count as mentions too.
     */
    private static void addLearnedAcronyms(AnnotatedArticle doc, Map<String, Candidate> acronyms,
                                           Map<String, Building> byKey, Building[] linked) {
        String text = doc.article().text();
        for (var e : acronyms.entrySet()) {
            Candidate c = e.getValue();
            Building b = byKey.get(c.type() + "|" + Names.key(c.name()));
            if (b == null) {
                continue;
            }
            if (b.acronym == null) {
                b.acronym = e.getKey();
            }
            b.aliases.add(e.getKey());
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(e.getKey()) + "(?![\\p{L}\\p{N}-])")
                    .matcher(text);
            while (m.find()) {
                int at = m.start();
                boolean tagged = false;
                for (int i = 0; i < linked.length && !tagged; i++) {
                    var mention = doc.mentions().get(i);
                    tagged = mention.begin() <= at && at < mention.end();
                }
                if (!tagged) {
                    b.count++;
                }
            }
        }
    }

    /**
     * A party is also called by its members' name when the article uses it: "Democrats" for the Democratic Party,
     * "Republicans" for the Republican Party (the first word of its name, "-ic" dropped, with "s", capitalised).
     */
    private static void addMemberNames(AnnotatedArticle doc, List<Building> order) {
        for (Building b : order) {
            if (b.type != EntityType.PARTY || b.mergedInto != null || !b.name.contains(" ")) {
                continue;
            }
            String first = b.name.split("\\s+")[0];
            String members = (first.endsWith("ic") ? first.substring(0, first.length() - 2) : first) + "s";
            if (first.length() > 3 && Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(members) + "(?![\\p{L}-])")
                    .matcher(doc.article().text()).find()) {
                b.aliases.add(members);
            }
        }
    }

    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "him", "his", "himself", "she", "her", "hers",
            "herself");

    /**
     * A personal pronoun refers to the person last named before it in its sentence or the two before; each such
     * pronoun counts as a mention of that person. Gender is not known, so the nearest person is taken.
     */
    private static void countPronouns(AnnotatedArticle doc, Building[] linked) {
        List<AnnotatedArticle.NerMention> all = doc.mentions();
        int next = 0;
        Building last = null;
        int lastSentence = -10;
        for (AnnotatedArticle.Token t : doc.tokens()) {
            while (next < all.size() && all.get(next).begin() <= t.begin()) {
                if (linked[next] != null && linked[next].type == EntityType.PERSON) {
                    last = resolved(linked[next]);
                    lastSentence = all.get(next).sentence();
                }
                next++;
            }
            if (last != null && t.sentence() - lastSentence <= 2
                    && PERSONAL_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))
                    && (t.pos() == null || t.pos().startsWith("PRP"))) {
                last.count++;
            }
        }
    }

    private static Building resolved(Building b) {
        Building at = b;
        for (int hops = 0; at.mergedInto != null && hops < 8; hops++) {
            at = at.mergedInto; // "Urrutia" -> "Pierluisi Urrutia" -> "Pedro R. Pierluisi Urrutia"
        }
        return at;
    }

    /**
     * A short person name stands for the single fuller name of the article that has its words in a row: "Biden" for
     * "Joe Biden", and (compared by name key, so hyphens and case do not count) "al-Eryani" for "Moammar al-Eryani",
     * "Van Biljon" for "Leon van Biljon" (words written apart only after a surname particle: else they may be a
     * namesake's name, "General Ayub Khan", grandfather of Gohar Ayub Khan).
     */
    private static void linkShortPersonNames(List<Building> order) {
        linkShortNames(order, EntityType.PERSON, shortName -> {
            String name = shortName.name.strip();
            return !Names.key(name).isEmpty() && (!name.contains(" ")
                    || SURNAME_PARTICLES.contains(name.split("\\s+")[0].toLowerCase(Locale.ROOT)));
        }, fuller -> true);
    }

    /**
     * A short organisation name of two words or more, not a gazetteer entry, stands for the single fuller organisation
     * name of the article that has its words in a row: "Transportation Safety Board" for "National Transportation
     * Safety Board"; a party's such name only for the single fuller party name it opens.
     */
    private static void linkShortOrganisationNames(List<Building> order) {
        linkShortNames(order, EntityType.ORGANISATION, shortName -> Names.key(shortName.name).split(" ").length >= 2
                && shortName.entry == null && shortName.mergedInto == null, fuller -> fuller.mergedInto == null);
        // a party's only as the start of the fuller name ("the Unity Party" of "Unity Party of America"; not the
        // Democratic Party of "Liberal Democratic Party")
        for (Building shortName : order) {
            if (shortName.type != EntityType.PARTY || shortName.entry != null || shortName.mergedInto != null
                    || Names.key(shortName.name).split(" ").length < 2) {
                continue;
            }
            String key = Names.key(shortName.name);
            List<Building> fuller = order.stream().filter(p -> p != shortName && p.type == EntityType.PARTY
                    && p.mergedInto == null && Names.key(p.name).startsWith(key + " ")).toList();
            if (fuller.size() == 1) {
                shortName.mergedInto = fuller.get(0);
            }
        }
        // one word, not a gazetteer entry, is the last word of the one fuller organisation name that ends in it:
        // "the Times" of "Tehran Times" (not when "The New York Times" is named too)
        List<Building> organisations = order.stream().filter(b -> b.type == EntityType.ORGANISATION).toList();
        for (Building shortName : organisations) {
            String key = Names.key(shortName.name);
            if (key.isEmpty() || key.contains(" ") || shortName.entry != null || shortName.mergedInto != null) {
                continue;
            }
            List<Building> fuller = organisations.stream().filter(p -> p != shortName && p.mergedInto == null
                    && Names.key(p.name).contains(" ") && Names.key(p.name).endsWith(" " + key)).toList();
            if (fuller.size() == 1) {
                shortName.mergedInto = fuller.get(0);
            }
        }
    }

    /**
     * Merges each name of this type that may be a short form into the one fuller name of the type that has its words
     * (by name key) in a row, or, of several, into the shortest when the others all hold it; a name with no such
     * fuller name, or with two apart ("Biden" of "Joe Biden" and "Hunter Biden"), stays as it is.
     */
    private static void linkShortNames(List<Building> order, EntityType type,
                                       java.util.function.Predicate<Building> mayBeShort,
                                       java.util.function.Predicate<Building> mayBeFuller) {
        List<Building> named = order.stream().filter(b -> b.type == type).toList();
        for (Building shortName : named) {
            if (!mayBeShort.test(shortName)) {
                continue;
            }
            List<String> words = Arrays.asList(Names.key(shortName.name).split(" "));
            List<Building> fuller = named.stream()
                    .filter(p -> p != shortName && mayBeFuller.test(p)
                            && inARow(words, Arrays.asList(Names.key(p.name).split(" "))))
                    .toList();
            if (fuller.size() == 1) {
                shortName.mergedInto = fuller.get(0);
            } else if (fuller.size() > 1) {
                // "Revolutionary Guard Corps" of "Islamic Revolutionary Guard Corps" and "Islamic Revolutionary Guard
                // Corps-Quds Force": the shortest, when every other one holds it (a part of it), is the one named
                Building shortest = fuller.stream().min(java.util.Comparator.comparingInt(
                        (Building p) -> Names.key(p.name).split(" ").length)).get();
                List<String> inner = Arrays.asList(Names.key(shortest.name).split(" "));
                if (fuller.stream().allMatch(p -> p == shortest
                        || inARow(inner, Arrays.asList(Names.key(p.name).split(" "))))) {
                    shortName.mergedInto = shortest;
                }
            }
        }
    }

    /** Words that open a surname of two words or more. */
    private static final Set<String> SURNAME_PARTICLES = Set.of("van", "von", "de", "da", "di", "del", "della", "der",
            "den", "du", "dos", "das", "la", "le", "al", "el", "bin", "ibn", "ben", "ter", "ten", "abu", "st", "st.");

    /**
     * Whether the words stand in a row in a longer list of words, not as one side of an "and" ("Apple Corps" is not a
     * short form of "Apple and Apple Corps", a pair the tagger read as one name).
     */
    private static boolean inARow(List<String> words, List<String> in) {
        int at = in.size() > words.size() ? java.util.Collections.indexOfSubList(in, words) : -1;
        return at >= 0 && !(at > 0 && in.get(at - 1).equals("and"))
                && !(at + words.size() < in.size() && in.get(at + words.size()).equals("and"));
    }

    private Entity toEntity(Building target, Building from) {
        Set<String> aliases = new LinkedHashSet<>();
        aliases.add(target.name);
        aliases.addAll(from.aliases);
        if (target.entry != null) {
            aliases.addAll(target.entry.surfaces());
        }
        Set<String> titles = new LinkedHashSet<>(target.titles);
        titles.addAll(from.titles);
        Set<String> extra = new LinkedHashSet<>();
        String kind = null;
        if (target.entry != null) {
            kind = target.entry.kind();
            if (target.entry.isDistrict()) {
                extra.add("District");
            }
        }
        return new Entity(Ids.entity(target.type, target.name), target.type, target.name, aliases,
                target.acronym, kind, titles, extra);
    }

    private static void mergeEntity(Map<String, Entity> entities, Entity e) {
        entities.merge(e.id(), e, (a, b) -> {
            Set<String> aliases = new LinkedHashSet<>(a.aliases());
            aliases.addAll(b.aliases());
            Set<String> titles = new LinkedHashSet<>(a.titles());
            titles.addAll(b.titles());
            Set<String> extra = new LinkedHashSet<>(a.extraLabels());
            extra.addAll(b.extraLabels());
            return new Entity(a.id(), a.type(), a.name(), aliases, a.acronym() != null ? a.acronym() : b.acronym(),
                    a.kind() != null ? a.kind() : b.kind(), titles, extra);
        });
    }

    /** A place from the gazetteer brings the places it lies in, and LOCATED_IN between each step. */
    private void addPlaceChain(Gazetteer.Entry place, Map<String, Entity> entities, List<Relation> relations) {
        Gazetteer.Entry child = place;
        Set<Gazetteer.Entry> seen = new LinkedHashSet<>();
        while (seen.add(child)) {
            Gazetteer.Entry parent = gazetteer.parentOf(child);
            if (parent == null) {
                return;
            }
            String childId = Ids.entity(EntityType.PLACE, child.name());
            String parentId = Ids.entity(EntityType.PLACE, parent.name());
            mergeEntity(entities, new Entity(parentId, EntityType.PLACE, parent.name(), parent.surfaces(),
                    null, parent.kind(), Set.of(), parent.isDistrict() ? Set.of("District") : Set.of()));
            Relation r = new Relation("LOCATED_IN", "Place", childId, "Place", parentId, Map.of());
            if (!relations.contains(r)) {
                relations.add(r);
            }
            child = parent;
        }
    }

    /** Reads one mention: its type, canonical name and gazetteer entry; null when it names nothing. */
    private Candidate read(AnnotatedArticle.NerMention m, AnnotatedArticle doc) {
        String surface = Names.clean(m.text());
        Set<String> titles = new LinkedHashSet<>();
        if (m.type().equals("PERSON")) {
            // "ex-Muslim Zara Kay", "then-Sen. Obama": a hyphenated lower-case descriptor the tagger took into the name
            surface = LOWER_HYPHENATED_LEAD.matcher(surface).replaceFirst("");
            surface = stripHonorifics(surface, titles);
            surface = stripLeadingTitle(surface, titles);
            // "told NPR Hamza bin Laden had appeared": an outlet's acronym the tagger took into the name after it
            String[] words = surface.split("\\s+");
            if (words.length >= 3 && words[0].matches("\\p{Lu}{3,}") && !words[1].matches("\\p{Lu}{2,}")) {
                surface = surface.substring(words[0].length()).strip();
            }
            if (namesSomethingElse(m, doc)) {
                return null;
            }
        }
        surface = surface.replaceAll("(?i)\\s+(of|the|and|for|de|al)$", "").strip();
        // "Tehran Times reported", tagged a place and a one-word organisation: one organisation's name
        AnnotatedArticle.NerMention place = m.type().equals("ORGANIZATION") ? placeOpening(m, doc) : null;
        if (place != null) {
            surface = Names.clean(place.text()) + " " + surface;
        }
        if (Annotator.PLACE_TAGS.contains(m.type()) && opensOrganisation(m, doc)) {
            return null;
        }
        // "according to CNN Philippines": an outlet and the country of its edition, one name
        AnnotatedArticle.NerMention edition = m.type().equals("ORGANIZATION") ? editionPlace(m, doc) : null;
        if (edition != null) {
            surface = surface + " " + Names.clean(edition.text());
        }
        if (Annotator.PLACE_TAGS.contains(m.type()) && closesEdition(m, doc)) {
            return null;
        }
        if (Annotator.PLACE_TAGS.contains(m.type())) {
            // "the Tsuen Wan district": a kind of place written in lower case after the name is no word of it
            String[] words = surface.split("\\s+");
            String last = words[words.length - 1];
            if (words.length > 1 && cues.placeKindWords().contains(last) && Character.isUpperCase(words[0].charAt(0))) {
                surface = surface.substring(0, surface.length() - last.length()).strip();
            }
        }
        if (m.type().equals("ORGANIZATION")) {
            // "Tristan Smith of University College London" tagged as one organisation: the person the article
            // names elsewhere ("Smith said"), with the organisation dropped
            Matcher of = PERSON_OF.matcher(surface);
            if (of.matches() && namedElsewhereAsPerson(of.group(1), m, doc)) {
                return new Candidate(EntityType.PERSON, of.group(1), of.group(1), null, titles);
            }
        }
        if (m.type().equals("ORGANIZATION")) {
            // "Royal Society University Research Fellow Martin How" tagged as an organisation: a person after a
            // capitalised role word, when the two or three words after it name no organisation
            // (also before "of" and the body: "... Fellow Martin How of the University of Bristol")
            Set<String> title = new LinkedHashSet<>();
            String named = surface.split("\\s+of\\s+", 2)[0];
            String person = stripLeadingTitle(named, title);
            String[] rest = person.split("\\s+");
            if (!person.equals(named) && rest.length <= 3 && Arrays.stream(rest).allMatch(this::personNameWord)) {
                return new Candidate(EntityType.PERSON, person, person, null, title);
            }
        }
        if (m.type().equals("ORGANIZATION") && officeBefore(m, doc)) {
            // "Hong Kong director of Amnesty International Man-kei Tam said", tagged as one organisation: after an
            // office ("director of"), a body the gazetteer knows, then two or three capitalised words that are no
            // organisation's words, is the person
            String[] words = surface.split("\\s+");
            boolean known = !gazetteer.lookup(surface).isEmpty();
            for (int cut = words.length - 2; !known && cut >= 1 && cut >= words.length - 3; cut--) {
                String body = String.join(" ", Arrays.copyOfRange(words, 0, cut));
                String[] rest = Arrays.copyOfRange(words, cut, words.length);
                // (not a place or a title: "Amnesty International Hong Kong", "UN Secretary General")
                if (!gazetteer.lookup(body).isEmpty() && gazetteer.lookup(String.join(" ", rest)).isEmpty()
                        && Arrays.stream(rest).allMatch(w -> personNameWord(w)
                        && !cues.organisationHeadWords().contains(w.toLowerCase(Locale.ROOT))
                        && !cues.roleWords().contains(w.toLowerCase(Locale.ROOT))
                        && !cues.honorifics().contains(w.toLowerCase(Locale.ROOT))
                        && !cues.placeHeadWords().contains(w.toLowerCase(Locale.ROOT)))) {
                    String person = String.join(" ", rest);
                    return new Candidate(EntityType.PERSON, person, person, null, titles);
                }
            }
        }
        if (Annotator.PLACE_TAGS.contains(m.type()) && !surface.contains(" ") && surnameOfPersonNamed(surface, doc)
                && gazetteer.lookup(surface).isEmpty() && !standsAsPlace(m, doc)) {
            // "according to Kidston" after "Jarrod Kidston": a person's surname the gazetteer knows no place by,
            // not after "in", "at", "from", is the person, not a place of that name
            return new Candidate(EntityType.PERSON, surface, surface, null, titles);
        }
        if (m.type().equals("ORGANIZATION") && !surface.contains(" ") && surnameOfPersonNamed(surface, doc)) {
            // "Bloomberg endorsed Biden" after "Michael Bloomberg": the person's surname, not the news agency the
            // gazetteer knows by that word
            return new Candidate(EntityType.PERSON, surface, surface, null, titles);
        }
        String key = Names.key(surface);
        if (key.isEmpty() || surface.length() < 2 || !surface.chars().anyMatch(Character::isUpperCase)
                || cues.notNames().contains(key)) {
            return null;
        }
        if (m.type().equals("PERSON") && cues.peoples().contains(key)) {
            return null;
        }
        List<Gazetteer.Entry> known = gazetteer.lookup(surface);
        String demonym = m.type().equals("ORGANIZATION") ? demonymBefore(m, doc) : null;
        if (demonym != null && !distinctiveWords(surface)) {
            // "the Turkish Ministry of Foreign Affairs": a body many countries have, with the adjective of its
            // country just before: the entry of that country, else an entity of its own by the fuller name (not
            // another country's entry, nor one bare "Ministry of Foreign Affairs" shared by every story)
            for (Gazetteer.Entry e : known) {
                if (e.scope().stream().anyMatch(c -> gazetteer.placeWords(c).stream()
                        .anyMatch(w -> w.equalsIgnoreCase(demonym)))) {
                    return new Candidate(e.type(), e.name(), surface, e, Set.of());
                }
            }
            String full = demonym + " " + surface;
            Gazetteer.Entry whole = choose(applying(gazetteer.lookup(full), full, m, doc), m, doc);
            if (whole != null) {
                return new Candidate(whole.type(), whole.name(), full, whole, Set.of()); // "African" + "Union"
            }
            return new Candidate(organisationType(full, doc.context(m, CONTEXT)), full, full, null, titles);
        }
        Gazetteer.Entry entry = choose(applying(known, surface, m, doc), m, doc);
        if (entry != null) {
            return new Candidate(entry.type(), entry.name(), surface, entry, Set.of());
        }
        if (!known.isEmpty() && known.stream().map(Gazetteer.Entry::type).distinct().count() == 1
                && known.get(0).type() != EntityType.PLACE) {
            // a name the gazetteer knows for another country ("Supreme Court" in a story from New York): an entity
            // of its own, named as the article names it
            return new Candidate(known.get(0).type(), surface, surface, null, titles);
        }
        if (m.type().equals("ORGANIZATION")
                && java.util.Arrays.stream(key.split(" ")).allMatch(cues.genericOrganisationWords()::contains)) {
            // "The Department issued a statement" after "The California Department of Corrections and
            // Rehabilitation": the one body named before with that word
            AnnotatedArticle.NerMention named = key.contains(" ") ? null : namedBefore(key, m, doc);
            return named == null ? null : read(named, doc);
        }
        String shared = m.type().equals("PERSON") && !surface.contains(" ") ? sharedSurname(m, doc) : null;
        if (shared != null) {
            // "Richard and Lisa Parry", "the Muzychuk sisters Anna and Mariya": a first name coordinated with a
            // fuller name shares its surname
            String full = surface + " " + shared;
            return new Candidate(EntityType.PERSON, full, full, null, titles);
        }
        if (m.type().equals("PERSON") && onlyRoleWords(surface)) {
            return null; // "Bishop-Emeritus", "Minister": a title with no name
        }
        if (m.type().equals("PERSON") && !surface.contains(" ") && titles.isEmpty()
                && !placeTakenForPerson(surface, doc) && !personEvidence(surface, doc)) {
            // "Fedora", "ZMapp", "Novichok": one word the tagger took for a person, with nothing in the article that
            // says it is one (no fuller name, no title, no verb of saying) is no Person node
            return null;
        }
        EntityType type = switch (m.type()) {
            case "PERSON" -> placeTakenForPerson(surface, doc) ? EntityType.PLACE
                    : organisationTakenForPerson(surface) || innerCapital(surface) ? EntityType.ORGANISATION
                    : EntityType.PERSON;
            case "ORGANIZATION" -> organisationType(surface, doc.context(m, CONTEXT));
            default -> EntityType.PLACE;
        };
        return new Candidate(type, surface, surface, null, titles);
    }

    /**
     * The entries that may be meant here: one without a scope applies anywhere; one scoped to a country applies when
     * this surface is distinctive ("Supreme Court of Pakistan", "Baloch Liberation Army"), or the article names the
     * country or a place in it, or uses one of the entry's distinctive names. A generic name ("Supreme Court",
     * "Senate") or an acronym alone never carries one country's entry into another country's story.
     */
    List<Gazetteer.Entry> applying(List<Gazetteer.Entry> entries, String surface, AnnotatedArticle.NerMention m,
                                   AnnotatedArticle doc) {
        if (entries.stream().allMatch(e -> e.scope().isEmpty())) {
            return entries;
        }
        // the words around the mention, without the mention itself ("PTI news agency": "news agency")
        String around = null;
        List<Gazetteer.Entry> out = new ArrayList<>();
        for (Gazetteer.Entry e : entries) {
            boolean applies = e.scope().isEmpty() || distinctive(surface, e)
                    || e.scope().stream().anyMatch(c -> about(doc, c))
                    || e.surfaces().stream().anyMatch(x -> distinctive(x, e) && says(doc.article().text(), x));
            if (!applies && e.kind() != null && !e.kind().isBlank()) {
                if (around == null) {
                    String ctx = doc.context(m, CONTEXT);
                    around = ctx.replace(m.text(), " ").toLowerCase(Locale.ROOT);
                }
                applies = says(around, e.kind().toLowerCase(Locale.ROOT));
            }
            if (applies) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The one-word adjective of a people or country tagged just before this mention, one space apart in its sentence
     * ("Turkish" in "the Turkish Ministry of Foreign Affairs"), or null.
     */
    private String demonymBefore(AnnotatedArticle.NerMention m, AnnotatedArticle doc) {
        AnnotatedArticle.NerMention before = spaceBefore(m, doc);
        return before != null && (before.type().equals("MISC") || before.type().equals("NATIONALITY"))
                && before.text().matches("\\p{Lu}\\p{Ll}+") ? before.text() : null;
    }

    /** Whether a name has a word beyond the generic words of bodies many countries have ("Supreme Court"). */
    private boolean distinctiveWords(String surface) {
        for (String w : surface.toLowerCase(Locale.ROOT).split("[\\s\u00a0]+")) {
            String bare = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!bare.isEmpty() && !cues.genericNameWords().contains(bare) && !cues.genericOrganisationWords().contains(bare)) {
                return true;
            }
        }
        return false;
    }

    /** A name that says which entry it is: not an acronym, and a word beyond the generic ones, or the country's name. */
    private boolean distinctive(String surface, Gazetteer.Entry e) {
        if (Names.isAcronym(surface.strip())) {
            return false;
        }
        for (String c : e.scope()) {
            for (String w : gazetteer.placeWords(c)) {
                if (says(surface, w)) {
                    return true;
                }
            }
        }
        return distinctiveWords(surface);
    }

    /**
     * Whether the article is about this place: it writes the place's name, an alias or a demonym ("Pakistani"), or
     * names a known place that lies in it ("Quetta").
     */
    private boolean about(AnnotatedArticle doc, String place) {
        String text = doc.article().text();
        for (String w : gazetteer.placeWords(place)) {
            if (says(text, w)) {
                return true;
            }
        }
        String target = Names.key(place);
        for (AnnotatedArticle.NerMention m : doc.mentions()) {
            if (!m.type().equals("LOCATION") && !m.type().equals("CITY") && !m.type().equals("STATE_OR_PROVINCE")) {
                continue;
            }
            for (Gazetteer.Entry p : gazetteer.lookup(m.text())) {
                if (p.type() != EntityType.PLACE) {
                    continue;
                }
                Gazetteer.Entry at = p;
                for (int hops = 0; at != null && hops < 8; hops++) {
                    if (Names.key(at.name()).equals(target)) {
                        return true;
                    }
                    at = gazetteer.parentOf(at);
                }
            }
        }
        return false;
    }

    private static final Map<String, Pattern> WORD_PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the text holds these words as a whole (case as written: "US" is not "us"). */
    static boolean says(String text, String words) {
        if (words == null || words.isBlank()) {
            return false;
        }
        Pattern p = WORD_PATTERNS.computeIfAbsent(words.strip(), w -> Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])"));
        return p.matcher(text).find();
    }

    private static final Pattern PERSON_OF = Pattern.compile(
            "(\\p{Lu}[\\p{L}'\u2019-]+(?: \\p{Lu}\\.?)?(?: \\p{Lu}[\\p{L}'\u2019-]+){1,2}) of (?:the )?\\p{Lu}.*");

    /** Whether another mention of the article, tagged as a person, is this name or its last word ("Smith"). */
    private static boolean namedElsewhereAsPerson(String name, AnnotatedArticle.NerMention self, AnnotatedArticle doc) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        for (AnnotatedArticle.NerMention o : doc.mentions()) {
            if (o != self && o.type().equals("PERSON") && (o.text().equals(name) || o.text().equals(last))) {
                return true;
            }
        }
        return false;
    }

    /** The surname of the fuller name a one-word person mention is coordinated with ("Richard and Lisa Parry"), or null. */
    private static String sharedSurname(AnnotatedArticle.NerMention m, AnnotatedArticle doc) {
        List<AnnotatedArticle.NerMention> ms = doc.mentions();
        Integer at = index(doc).position.get(m);
        int j = at == null ? -1 : at;
        if (j < 0 || j + 1 >= ms.size()) {
            return null;
        }
        // "While La Riva and Hawkins attacked": a word of a fuller person's name the article gives is that person
        if (index(doc).fullNameWords.contains(Names.clean(m.text()))) {
            return null;
        }
        AnnotatedArticle.NerMention next = ms.get(j + 1);
        String[] words = Names.clean(next.text()).split("\\s+");
        return next.type().equals("PERSON") && "and".equals(listLink(doc, m, next)) && words.length == 2 ? words[1]
                : null;
    }

    /**
     * Whether the article says a one-word name is a person's: a fuller person's name with the word, an honorific
     * or role word just before it ("Mr. Morgan", "Judge Miller"), or the word as the one who speaks ("Morgan said",
     * "said Morgan", "according to Morgan").
     */
    private boolean personEvidence(String word, AnnotatedArticle doc) {
        return personEvidence(word, doc, 0);
    }

    private boolean personEvidence(String word, AnnotatedArticle doc, int depth) {
        MentionIndex index = index(doc);
        Boolean known = index.evidence.get(word);
        if (known != null) {
            return known;
        }
        boolean found = findPersonEvidence(word, doc, depth, index);
        if (depth == 0) {
            index.evidence.put(word, found);
        }
        return found;
    }

    private boolean findPersonEvidence(String word, AnnotatedArticle doc, int depth, MentionIndex index) {
        List<AnnotatedArticle.Token> tokens = doc.tokens();
        if (index.fullNameWords.contains(word)) {
            return true;
        }
        for (int j : index.personsByName.getOrDefault(word, List.of())) {
            AnnotatedArticle.NerMention o = doc.mentions().get(j);
            if (o.firstToken() < 0 || o.lastToken() >= tokens.size()) {
                return true; // no tokens to judge by: kept as the tagger has it
            }
            int before = o.firstToken() - 1;
            int after = o.lastToken() + 1;
            if (before >= 0 && tokens.get(before).sentence() == o.sentence()) {
                String w = tokens.get(before).word().toLowerCase(Locale.ROOT);
                String lemma = tokens.get(before).lemma() == null ? w : tokens.get(before).lemma().toLowerCase(Locale.ROOT);
                if (cues.honorifics().contains(w) || cues.roleWords().contains(w) || cues.personVerbs().contains(lemma)
                        || cues.personNouns().contains(w)
                        || w.equals(",") && before > 0 && cues.personNouns().contains(tokens.get(before - 1).word()
                        .toLowerCase(Locale.ROOT))
                        || w.equals("to") && before > 0 && tokens.get(before - 1).word().equalsIgnoreCase("according")
                        || ageBefore(tokens, before)) {
                    return true;
                }
            }
            // a speaker's label ("[Augustine Triumph] Attah: who did ..."), or a list of people one of whom the
            // article says is a person ("their two sons Wyatt and Zachary")
            if (after < tokens.size() && tokens.get(after).word().equals(":")) {
                return true;
            }
            if (j > 0 && doc.mentions().get(j - 1).type().equals("PERSON") && depth == 0) {
                AnnotatedArticle.NerMention prev = doc.mentions().get(j - 1);
                String link = listLink(doc, prev, o);
                String prevName = Names.clean(prev.text());
                if (link != null && !link.endsWith("or")
                        && (prevName.contains(" ") || personEvidence(prevName, doc, 1))) {
                    return true;
                }
            }
            for (int k = after; k < Math.min(tokens.size(), after + 3) && tokens.get(k).sentence() == o.sentence(); k++) {
                String lemma = tokens.get(k).lemma() == null ? "" : tokens.get(k).lemma().toLowerCase(Locale.ROOT);
                if (cues.personVerbs().contains(lemma) && tokens.get(k).pos() != null && tokens.get(k).pos().startsWith("VB")) {
                    return true;
                }
                if (tokens.get(k).pos() == null || !(tokens.get(k).pos().equals("RB") || tokens.get(k).pos().equals("MD")
                        || tokens.get(k).pos().startsWith("VB") && Set.of("have", "be", "do").contains(lemma))) {
                    break;
                }
            }
        }
        return false;
    }

    /** Whether every word of a name (hyphens split words) is a role word, role modifier or honorific. */
    private boolean onlyRoleWords(String surface) {
        String[] words = surface.toLowerCase(Locale.ROOT).split("[\\s-]+");
        for (String w : words) {
            String bare = w.replaceAll("[.,]", "");
            if (!(cues.roleWords().contains(bare) || cues.roleModifiers().contains(bare)
                    || cues.honorifics().contains(bare) || cues.honorifics().contains(w))) {
                return false;
            }
        }
        return words.length > 0;
    }

    private static final Pattern INNER_CAPITAL = Pattern.compile("\\p{Lu}\\p{Ll}+(\\p{Lu}\\p{Ll}+)+");
    private static final Pattern NAME_PREFIX = Pattern.compile("(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|St)\\p{Lu}.*");

    /**
     * One word with a capital inside it that no surname prefix explains: "GitHub", "YouTube" are brands, not persons
     * ("McCarthy", "DeSantis", "LaToya" are).
     */
    private static boolean innerCapital(String surface) {
        return !surface.contains(" ") && INNER_CAPITAL.matcher(surface).matches() && !NAME_PREFIX.matcher(surface).matches();
    }

    /** A name the tagger took for a person that ends in one of {@code organisationHeadWords}: "Walter Reed Hospital". */
    private boolean organisationTakenForPerson(String surface) {
        String[] words = surface.split("\\s+");
        return words.length > 1 && cues.organisationHeadWords().contains(
                words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("[.,]", ""));
    }

    /**
     * Whether a name the tagger took for a person is a place: it ends in one of {@code placeHeadWords}
     * ("... Riquelme Base"), or it stands in a list with places and no person ("the towns of Beni, Butembo, Mangina,
     * and Katwa": Beni and Mangina tagged as persons).
     */
    private boolean placeTakenForPerson(String surface, AnnotatedArticle doc) {
        MentionIndex index = index(doc);
        return index.place.computeIfAbsent(surface, k -> findPlaceTakenForPerson(k, doc, index));
    }

    private boolean findPlaceTakenForPerson(String surface, AnnotatedArticle doc, MentionIndex index) {
        String[] words = surface.split("\\s+");
        if (words.length > 1 && cues.placeHeadWords().contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return true;
        }
        // "Masjid Al-Aqsa"; "Hagia Sophia" where the article also writes "Hagia Sophia Museum": a site's name, when
        // nothing in the article says it is a person's
        if (words.length > 1 && (cues.placeLeadWords().contains(words[0].toLowerCase(Locale.ROOT))
                || cues.siteHeadWords().contains(words[words.length - 1].toLowerCase(Locale.ROOT))
                || namesASite(surface, doc)) && !personEvidence(surface, doc)
                && !index.personsByName.containsKey(words[words.length - 1])) {
            return true;
        }
        List<AnnotatedArticle.NerMention> ms = doc.mentions();
        boolean listedWithPlace = false;
        for (int j : index.personsByName.getOrDefault(surface, List.of())) {
            AnnotatedArticle.NerMention o = ms.get(j);
            // a subject of a verb is no list item: "in Louisville, and Nicklaus said"
            int next = o.lastToken() + 1;
            if (o.lastToken() >= 0 && next < doc.tokens().size() && doc.tokens().get(next).pos() != null
                    && (doc.tokens().get(next).pos().startsWith("VB") || doc.tokens().get(next).pos().equals("MD"))) {
                return false;
            }
            // the list the mention stands in: neighbours joined by "," or "and"/"or", one of them by "and"/"or"
            // (not an apposition: "Socialist Party USA, Howie Hawkins, announced", "Paul Ryan, R-Wis.")
            boolean conjunction = false;
            int places = 0;
            int persons = 0;
            for (int step : new int[] {-1, 1}) {
                int at = j;
                for (int k = j + step; k >= 0 && k < ms.size(); k += step) {
                    String link = listLink(doc, ms.get(step < 0 ? k : at), ms.get(step < 0 ? at : k));
                    if (link == null) {
                        break;
                    }
                    // more places than persons in it: "Beni, Butembo, Mangina, and Katwa" (two of them tagged as
                    // persons), not "Trump, Pence and Washington"
                    if (ms.get(k).type().equals("PERSON") && !Names.clean(ms.get(k).text()).equals(surface)) {
                        persons++;
                    }
                    conjunction |= !link.equals(",");
                    places += Annotator.PLACE_TAGS.contains(ms.get(k).type()) ? 1 : 0;
                    at = k;
                }
            }
            listedWithPlace |= conjunction && places > persons;
        }
        return listedWithPlace;
    }

    /** Whether the article (its title too) writes the name followed by a capitalised place or organisation head word. */
    private boolean namesASite(String surface, AnnotatedArticle doc) {
        String title = doc.article().title() == null ? "" : doc.article().title();
        Matcher m = Pattern.compile(Pattern.quote(surface) + "\\s+(\\p{Lu}\\p{L}+)")
                .matcher(title + "\n" + doc.article().text());
        while (m.find()) {
            String head = m.group(1).toLowerCase(Locale.ROOT);
            if (cues.placeHeadWords().contains(head) || cues.organisationHeadWords().contains(head)) {
                return true;
            }
        }
        return false;
    }

    /** The words between two mentions of one sentence when they are list punctuation (",", "and", ", or"), else null. */
    private static String listLink(AnnotatedArticle doc, AnnotatedArticle.NerMention a, AnnotatedArticle.NerMention b) {
        if (a.sentence() != b.sentence() || a.end() > b.begin()) {
            return null;
        }
        String between = doc.article().text().substring(a.end(), b.begin()).strip();
        return between.matches(",|,?\\s*(?:and|or)") ? between : null;
    }

    /** Words before a place's name that tell it is a place: "in Kidston", "near", "of". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "into", "across",
            "outside", "inside", "through", "via", "of", "around", "toward", "towards", "to");

    /**
     * Whether a name stands where a place does: after a preposition of place ("in Kidston", "the mayor of Jackson";
     * "to" but not "according to") or before a comma and another place ("Jackson, Mississippi").
     */
    private static boolean standsAsPlace(AnnotatedArticle.NerMention m, AnnotatedArticle doc) {
        List<AnnotatedArticle.Token> tokens = doc.tokens();
        int before = m.firstToken() - 1;
        if (m.firstToken() < 0) {
            return true;
        }
        if (before >= 0 && tokens.get(before).sentence() == m.sentence()) {
            String w = tokens.get(before).word().toLowerCase(Locale.ROOT);
            boolean according = w.equals("to") && before > 0 && tokens.get(before - 1).word().equalsIgnoreCase("according");
            if (PLACE_PREPOSITIONS.contains(w) && !according) {
                return true;
            }
        }
        int comma = m.lastToken() + 1;
        if (comma + 1 < tokens.size() && tokens.get(comma).word().equals(",")) {
            for (AnnotatedArticle.NerMention o : doc.mentions()) {
                if (o.firstToken() == comma + 1 && Annotator.PLACE_TAGS.contains(o.type())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether token k ends an age: "Fourteen-year-old Zoe", "14-year-old Zoe" ("year", a hyphen, "old"). */
    private static boolean ageBefore(List<AnnotatedArticle.Token> tokens, int k) {
        if (k < 0) {
            return false;
        }
        String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
        if (word.endsWith("-year-old")) {
            return true; // one token where the tokenizer keeps the hyphens
        }
        for (int j = k - 1; word.equals("old") && j >= Math.max(0, k - 2); j--) {
            String w = tokens.get(j).word().toLowerCase(Locale.ROOT);
            if (w.equals("year") || w.equals("years") || w.endsWith("-year")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the article names, as a person, someone of two or more words whose last word is this one. */
    private static boolean surnameOfPersonNamed(String word, AnnotatedArticle doc) {
        return index(doc).surnames.contains(word);
    }

    /**
     * What the one-word-name rules ask of an article's mentions, computed once per article (per thread: an extractor
     * serves several ingest threads), so that they stay linear in the number of mentions.
     */
    private static final class MentionIndex {
        final AnnotatedArticle doc;
        final Map<AnnotatedArticle.NerMention, Integer> position = new java.util.IdentityHashMap<>();
        final Map<String, List<Integer>> personsByName = new HashMap<>();
        final Set<String> surnames = new HashSet<>();
        final Set<String> fullNameWords = new HashSet<>();
        final Map<String, Boolean> evidence = new HashMap<>();
        final Map<String, Boolean> place = new HashMap<>();

        MentionIndex(AnnotatedArticle doc) {
            this.doc = doc;
            List<AnnotatedArticle.NerMention> ms = doc.mentions();
            for (int j = 0; j < ms.size(); j++) {
                AnnotatedArticle.NerMention o = ms.get(j);
                position.put(o, j);
                if (!o.type().equals("PERSON")) {
                    continue;
                }
                String clean = Names.clean(o.text());
                personsByName.computeIfAbsent(clean, k -> new ArrayList<>()).add(j);
                String raw = o.text().strip();
                if (raw.contains(" ")) {
                    surnames.add(raw.substring(raw.lastIndexOf(' ') + 1));
                }
                if (clean.contains(" ")) {
                    fullNameWords.addAll(Arrays.asList(clean.split("\\s+")));
                }
            }
        }
    }

    private static final ThreadLocal<MentionIndex> INDEX = new ThreadLocal<>();

    private static MentionIndex index(AnnotatedArticle doc) {
        MentionIndex i = INDEX.get();
        if (i == null || i.doc != doc) {
            i = new MentionIndex(doc);
            INDEX.set(i);
        }
        return i;
    }

    /** Of the gazetteer entries a surface form may mean, the one the article's own words point to. */
    private Gazetteer.Entry choose(List<Gazetteer.Entry> entries, AnnotatedArticle.NerMention m,
                                   AnnotatedArticle doc) {
        if (entries.size() <= 1) {
            return entries.isEmpty() ? null : entries.get(0);
        }
        String context = doc.context(m, CONTEXT).toLowerCase(Locale.ROOT);
        String text = doc.article().text();
        return entries.stream().max(Comparator.comparingInt(e -> score(e, m, context, text))).orElseThrow();
    }

    private int score(Gazetteer.Entry e, AnnotatedArticle.NerMention m, String context, String text) {
        int s = 0;
        if (e.kind() != null && !e.kind().isBlank() && context.contains(e.kind().toLowerCase(Locale.ROOT))) {
            s += 4;
        }
        if (e.type() == EntityType.PARTY && Cues.containsAny(context, cues.partyContextWords())) {
            s += 2;
        }
        if (e.type() == EntityType.GROUP && Cues.containsAny(context, cues.groupContextWords())) {
            s += 2;
        }
        // The article spells out this meaning somewhere: "Pakistan Tehreek-e-Insaf (PTI)".
        if (text.toLowerCase(Locale.ROOT).contains(e.name().toLowerCase(Locale.ROOT))) {
            s += 3;
        }
        if (m.type().equals("LOCATION") == (e.type() == EntityType.PLACE)) {
            s += 1;
        }
        return s;
    }

    private EntityType organisationType(String name, String context) {
        if (Cues.containsAny(name, cues.partyNameWords())) {
            return EntityType.PARTY;
        }
        if (Cues.containsAny(name, cues.groupNameWords())) {
            return EntityType.GROUP;
        }
        if (Cues.containsAny(name, cues.organisationNameWords())) {
            return EntityType.ORGANISATION;
        }
        if (Cues.containsAny(context, cues.groupContextWords())) {
            return EntityType.GROUP;
        }
        if (Cues.containsAny(context, cues.partyContextWords())) {
            return EntityType.PARTY;
        }
        return EntityType.ORGANISATION;
    }

    /** A capitalised word that is no word of an organisation's name: it may be a word of a person's. */
    private boolean personNameWord(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        return Character.isUpperCase(w.charAt(0)) && !cues.organisationNameWords().contains(lower)
                && !cues.genericOrganisationWords().contains(lower);
    }

    /** Whether a role word, or a role word and "of", stands right before the mention ("director of ..."). */
    private boolean officeBefore(AnnotatedArticle.NerMention m, AnnotatedArticle doc) {
        List<AnnotatedArticle.Token> tokens = doc.tokens();
        int k = m.firstToken() - 1;
        if (k >= 0 && tokens.get(k).word().equalsIgnoreCase("of")) {
            k--;
        }
        return k >= 0 && m.firstToken() >= 0 && tokens.get(k).sentence() == tokens.get(m.firstToken()).sentence()
                && cues.roleWords().contains(tokens.get(k).word().toLowerCase(Locale.ROOT));
    }

    /**
     * The place mention right before a one-word organisation that is no generic word, one space apart in its
     * sentence ("Tehran Times", "Jakarta Post"), or the country right before a longer name ("United States
     * Geological Survey"); null otherwise.
     */
    private AnnotatedArticle.NerMention placeOpening(AnnotatedArticle.NerMention m, AnnotatedArticle doc) {
        String surface = Names.clean(m.text());
        if (cues.genericOrganisationWords().contains(surface.toLowerCase(Locale.ROOT))
                || !gazetteer.lookup(surface).isEmpty()) {
            return null;
        }
        AnnotatedArticle.NerMention before = spaceBefore(m, doc);
        if (before == null || !Annotator.PLACE_TAGS.contains(before.type())) {
            return null;
        }
        // (a name of two words or more after a country: "United States Geological Survey", "U.S. Department of
        // Transportation", the country's body by its full name)
        return !surface.contains(" ") || gazetteer.lookup(Names.clean(before.text())).stream()
                .anyMatch(e -> "country".equals(e.kind())) ? before : null;
    }

    /** The mention right before this one, one space apart in its sentence ("Tehran" of "Tehran Times"), or null. */
    private AnnotatedArticle.NerMention spaceBefore(AnnotatedArticle.NerMention m, AnnotatedArticle doc) {
        int i = index(doc).position.getOrDefault(m, -1);
        return i > 0 && oneSpaceApart(doc.mentions().get(i - 1), m, doc) ? doc.mentions().get(i - 1) : null;
    }

    /** The mention right after this one, one space apart in its sentence ("Philippines" of "CNN Philippines"), or null. */
    private AnnotatedArticle.NerMention spaceAfter(AnnotatedArticle.NerMention m, AnnotatedArticle doc) {
        int i = index(doc).position.getOrDefault(m, -1);
        return i >= 0 && i + 1 < doc.mentions().size() && oneSpaceApart(m, doc.mentions().get(i + 1), doc)
                ? doc.mentions().get(i + 1) : null;
    }

    /** Whether mention b follows mention a in its sentence with one space between them. */
    private static boolean oneSpaceApart(AnnotatedArticle.NerMention a, AnnotatedArticle.NerMention b,
                                         AnnotatedArticle doc) {
        return a.sentence() == b.sentence() && a.end() + 1 == b.begin() && doc.article().text().charAt(a.end()) == ' ';
    }

    /**
     * The country right after a news outlet the gazetteer knows (its kind one of outletKinds), one space apart in its
     * sentence ("CNN Philippines"), or null.
     */
    private AnnotatedArticle.NerMention editionPlace(AnnotatedArticle.NerMention m, AnnotatedArticle doc) {
        AnnotatedArticle.NerMention after = spaceAfter(m, doc);
        if (after == null || !Annotator.PLACE_TAGS.contains(after.type())) {
            return null;
        }
        // (not the object of a verb, with a clause after it: "told Reuters Russia had no plans")
        int before = m.firstToken() - 1;
        if (before >= 0 && doc.tokens().get(before).pos() != null && doc.tokens().get(before).pos().startsWith("VB")) {
            return null;
        }
        boolean outlet = gazetteer.lookup(Names.clean(m.text())).stream().anyMatch(e -> e.kind() != null
                && cues.outletKinds().stream().anyMatch(k -> e.kind().toLowerCase(Locale.ROOT).contains(k)));
        boolean country = gazetteer.lookup(Names.clean(after.text())).stream().anyMatch(e -> "country".equals(e.kind()));
        return outlet && country ? after : null;
    }

    /** Whether a place mention ends a news outlet's name ({@link #editionPlace}). */
    private boolean closesEdition(AnnotatedArticle.NerMention m, AnnotatedArticle doc) {
        int i = index(doc).position.getOrDefault(m, -1);
        return i > 0 && doc.mentions().get(i - 1).type().equals("ORGANIZATION")
                && editionPlace(doc.mentions().get(i - 1), doc) == m;
    }

    /** Whether a place mention opens an organisation's name ({@link #placeOpening}). */
    private boolean opensOrganisation(AnnotatedArticle.NerMention m, AnnotatedArticle doc) {
        int i = index(doc).position.getOrDefault(m, -1);
        return i >= 0 && i + 1 < doc.mentions().size() && doc.mentions().get(i + 1).type().equals("ORGANIZATION")
                && placeOpening(doc.mentions().get(i + 1), doc) == m;
    }

    /**
     * A name the tagger took for a person's that names a thing after them or a work: "the James Webb space telescope"
     * (a word of {@code eponymNouns} within two words after it), "songs such as "Uncle John's Band"" (inside a short
     * quotation whose every word is capitalised and which is more than the name).
     */
    private boolean namesSomethingElse(AnnotatedArticle.NerMention m, AnnotatedArticle doc) {
        List<AnnotatedArticle.Token> tokens = doc.tokens();
        for (int k = m.lastToken() + 1; m.lastToken() >= 0 && k <= m.lastToken() + 2 && k < tokens.size(); k++) {
            AnnotatedArticle.Token t = tokens.get(k);
            String pos = t.pos() == null ? "" : t.pos();
            // (a noun of the name's phrase: "Sharif left prison" is a person leaving one)
            if (t.sentence() != tokens.get(m.lastToken()).sentence() || !(pos.startsWith("NN") || pos.startsWith("JJ"))) {
                break;
            }
            if (cues.eponymNouns().contains(t.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        String text = doc.article().text();
        int open = -1;
        for (int k = m.begin() - 1; k >= Math.max(0, m.begin() - 40); k--) {
            char c = text.charAt(k);
            if (c == '"' || c == '\u201c') {
                open = k;
                break;
            }
            if (c == '\n' || c == '.' || c == '\u201d') {
                break;
            }
        }
        int close = -1;
        for (int k = m.end(); open >= 0 && k < Math.min(text.length(), m.end() + 40); k++) {
            char c = text.charAt(k);
            if (c == '"' || c == '\u201d') {
                close = k;
                break;
            }
            if (c == '\n' || c == '\u201c') {
                break;
            }
        }
        if (open < 0 || close < 0) {
            return false;
        }
        String inner = text.substring(open + 1, close).replaceAll("[,.!?]+$", "").strip();
        String[] ws = inner.split("\\s+");
        return ws.length >= 2 && ws.length <= 6 && !inner.equals(Names.clean(m.text()))
                && Arrays.stream(ws).allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
    }

    /**
     * The organisation a definite one-word body ("the Department", "the Commission") stands for: the mentions before
     * it of organisations whose names hold the word and are more than generic words; one such name only (two
     * departments named before leave "the Department" unresolved). The latest of its mentions.
     */
    private AnnotatedArticle.NerMention namedBefore(String word, AnnotatedArticle.NerMention m, AnnotatedArticle doc) {
        if (!cues.definiteBodyWords().contains(word)) {
            return null;
        }
        String before = doc.article().text().substring(Math.max(0, m.begin() - 4), m.begin()).toLowerCase(Locale.ROOT);
        if (!before.endsWith("the ")) {
            return null;
        }
        AnnotatedArticle.NerMention found = null;
        Set<String> names = new HashSet<>();
        for (AnnotatedArticle.NerMention o : doc.mentions()) {
            if (o.begin() >= m.begin()) {
                break;
            }
            String k = Names.key(Names.clean(o.text()));
            List<String> ws = Arrays.asList(k.split(" "));
            // the word is the name's head: its last word, or the one before its first "of", "for" or "on"
            int of = ws.size();
            for (int i = 1; i < ws.size(); i++) {
                if (ws.get(i).equals("of") || ws.get(i).equals("for") || ws.get(i).equals("on")) {
                    of = i;
                    break;
                }
            }
            if (o.type().equals("ORGANIZATION") && ws.size() > 1 && ws.get(of - 1).equals(word)
                    && !ws.stream().allMatch(cues.genericOrganisationWords()::contains)) {
                names.add(k);
                found = o;
            }
        }
        return names.size() == 1 ? found : null;
    }

    /** One given name, with or without a regnal number: "Francis", "Elizabeth II", "Benedict XVI". */
    private static final Pattern REGNAL_NAME = Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+[IVXL]+)?");

    /** Drops leading honorifics and titles ("Barrister", "Defence Minister") from a name, keeping them as titles. */
    String stripHonorifics(String name, Set<String> titles) {
        String rest = name;
        boolean changed = true;
        while (changed) {
            changed = false;
            String lower = rest.toLowerCase(Locale.ROOT);
            for (String h : cues.honorifics()) {
                if (lower.startsWith(h + " ") && rest.length() > h.length() + 1) {
                    if (cues.regnalTitles().contains(h) && REGNAL_NAME.matcher(rest.substring(h.length() + 1).strip())
                            .matches()) {
                        // "Pope Francis", "Queen Elizabeth II": the title is a word of the name
                        titles.add(titleCase(rest.substring(0, h.length())));
                        return rest;
                    }
                    titles.add(titleCase(rest.substring(0, h.length())));
                    rest = rest.substring(h.length() + 1).strip();
                    changed = true;
                    break;
                }
            }
        }
        return rest;
    }

    /**
     * "Royal Society University Research Fellow Martin How" tagged as one person: the words up to the last
     * capitalised role word ({@code roleWords}) are a title when two or more words of the name follow it.
     */
    String stripLeadingTitle(String name, Set<String> titles) {
        String[] words = name.split("\\s+");
        int cut = -1;
        for (int i = 0; i + 2 < words.length; i++) {
            String w = words[i];
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && cues.roleWords().contains(w.toLowerCase(Locale.ROOT))) {
                cut = i;
            }
        }
        if (cut < 0) {
            return name;
        }
        titles.add(String.join(" ", Arrays.copyOfRange(words, 0, cut + 1)));
        return String.join(" ", Arrays.copyOfRange(words, cut + 1, words.length));
    }

    private static String titleCase(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Whether a word in brackets after a name is a short name for it: its initials ("BLA"), one of its words
     * ("World Wonder Ring Stardom (Stardom)") or a clipping of its opening ("Philippine Institute of Volcanology and
     * Seismology (Phivolcs)").
     */
    static boolean shortNameFits(String shortName, String name) {
        if (initialsFit(shortName, name)) {
            return true;
        }
        String[] words = name.split("[\\s-]+");
        if (Arrays.asList(words).contains(shortName)) {
            return true;
        }
        String lower = shortName.toLowerCase(Locale.ROOT);
        return shortName.length() >= 4 && words.length >= 2 && lower.length() >= 3
                && words[0].toLowerCase(Locale.ROOT).startsWith(lower.substring(0, 3));
    }

    /** An acronym fits a name when its letters are the initials of the name's words, in order, with gaps allowed. */
    static boolean initialsFit(String acronym, String name) {
        String letters = acronym.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
        String[] words = name.split("[\\s-]+");
        int i = 0;
        for (String w : words) {
            if (i < letters.length() && !w.isEmpty() && Character.toUpperCase(w.charAt(0)) == letters.charAt(i)) {
                i++;
            }
        }
        return i == letters.length();
    }
}
