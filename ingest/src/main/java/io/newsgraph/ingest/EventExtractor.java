package io.newsgraph.ingest;

import io.newsgraph.ingest.AnnotatedArticle.NerMention;
import io.newsgraph.ingest.AnnotatedArticle.Token;
import io.newsgraph.model.Claim;
import io.newsgraph.model.Event;
import io.newsgraph.model.Ids;
import io.newsgraph.model.NodeRef;
import io.newsgraph.model.Span;
import io.newsgraph.model.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the events an article reports: sentences with a trigger word of an event type (from {@code events.yaml}),
 * or an event's own name ("Operation Azm-e-Istehkam"), each dated, placed and peopled from its sentence. Reports of
 * one event in one article become one event: same family of types, compatible dates, and shared places or named
 * targets. Casualty and responsibility claims get the event they count.
 */
final class EventExtractor {

    record Result(List<Event> events, List<Claim> claims) {
    }

    /** One event as it grows from the sentences that report it. */
    private static final class Building {
        String type;
        String name;
        EventDates.When when;
        final Set<NodeRef> places = new LinkedHashSet<>();
        final Set<NodeRef> targets = new LinkedHashSet<>();
        final Map<NodeRef, String> participants = new LinkedHashMap<>();
        NodeRef venue;
        boolean datedByText;
        String firstPlaceText;
        Span span;
        int firstSentence;
        final Set<Integer> sentences = new LinkedHashSet<>();
    }

    private final EventWords words;
    private final PlaceHierarchy places;
    private final Set<String> nameWords;
    private final Set<String> partNouns;
    private final Set<String> effectVerbs;
    private final Set<String> eventHeadNouns;
    private final Set<String> anaphorNouns;
    /** The last words of every type's triggers ("assault", "bombing"): where another happening is named. */
    private final Set<String> triggerWords;

    /**
     * @param nameWords words that make a capitalised phrase the name of an organisation ("Court of Session"): an
     *                  event word inside such a name is no event
     */
    EventExtractor(EventWords words, PlaceHierarchy places, Set<String> nameWords) {
        this.words = words;
        this.places = places;
        this.nameWords = nameWords;
        this.partNouns = Set.copyOf(words.partNouns());
        this.effectVerbs = Set.copyOf(words.effectVerbs());
        this.eventHeadNouns = Set.copyOf(words.eventHeadNouns());
        this.anaphorNouns = Set.copyOf(words.anaphorNouns());
        this.triggerWords = words.types().values().stream().flatMap(t -> t.triggers().stream())
                .map(w -> w.substring(w.lastIndexOf(' ') + 1)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    Result extract(AnnotatedArticle doc, NodeRef[] refs, List<StatementExtractor.Found> statements,
                   List<Claim> claims) {
        List<Building> events = new ArrayList<>();
        Map<Integer, List<Building>> bySentence = new LinkedHashMap<>();
        int leadAt = leadSentence(doc);
        EventDates.When lead = leadDate(doc, leadAt, statements);
        for (AnnotatedArticle.Sentence s : doc.sentences()) {
            for (var found : triggers(doc, s, statements).entrySet()) {
                Building b = read(doc, refs, s, found.getKey(), found.getValue(), statements, claims, lead);
                if (words.typeOf(b.type).person() && !b.participants.containsValue("subject")) {
                    // "millions had died", "the death of a Congressional intern": no named person's death; "his
                    // death", "the death" tells more of the one reported just before
                    boolean refers = definite(doc, found.getValue()) || possessive(doc, found.getValue())
                            || pronounSubject(doc, found.getValue());
                    Building before = refers ? referredTo(events, b, s.index()) : null;
                    if (refers && before == null) {
                        List<Building> sameType = events.stream().filter(e -> e.type.equals(b.type)).toList();
                        before = sameType.size() == 1 ? sameType.get(0) : null; // the article's one death, further on
                    }
                    if (before != null) {
                        b.participants.clear();
                        merge(before, b);
                        bySentence.computeIfAbsent(s.index(), k -> new ArrayList<>()).add(before);
                    }
                    continue;
                }
                Building same = events.stream().filter(e -> sameEvent(e, b)).findFirst().orElse(null);
                if (same == null && b.when == null && definite(doc, found.getValue())) {
                    same = referredTo(events, b, s.index());
                    // "... police fired and landed a live round on a protester yesterday. ... The shooting took place
                    // in the Tsuen Wan district": a happening told as known, with none before it to refer to, is the
                    // one the lead tells, on the lead's day
                    // (of the attack and disaster families, told in the past, outside any statement)
                    if (same == null && lead != null && words.anaphoricFamilies().contains(words.familyOf(b.type))
                            && s.index() > leadAt && reportsPast(doc, s)
                            && !insideStatement(doc.tokens().get(found.getValue()).begin(), statements)) {
                        b.when = lead;
                    }
                }
                if (same == null) {
                    events.add(b);
                    same = b;
                } else {
                    // "the accident" with nothing of its own names the event told before ("A fire ... destroyed 200
                    // homes ... an electrical fault triggering the accident"): it does not retype it (anaphorNouns)
                    String type = same.type;
                    merge(same, b);
                    if (b.when == null && b.places.isEmpty() && definite(doc, found.getValue())
                            && anaphorNouns.contains(doc.tokens().get(found.getValue()).word().toLowerCase(Locale.ROOT))) {
                        same.type = type;
                    }
                }
                bySentence.computeIfAbsent(s.index(), k -> new ArrayList<>()).add(same);
            }
        }
        // a happening has something of its own: a day or month its sentences give, a place finer than a country, a
        // participant, a name or a casualty figure; a trigger word alone ("the 2020 race", "talks", "an offensive")
        // is no event
        Set<Integer> claimSentences = new LinkedHashSet<>();
        for (Claim c : claims) {
            if (!c.kind().equals(Claim.ALLEGATION)) { // a figure or a claim of responsibility counts a happening
                claimSentences.add(sentenceAt(doc, c.span().start()));
            }
        }
        events.removeIf(b -> !b.datedByText && b.places.stream().allMatch(p -> places.isCountry(p.id()))
                && b.participants.isEmpty() && b.venue == null
                && b.name == null && b.sentences.stream().noneMatch(claimSentences::contains));
        // types that need both ("placedAndDated"): "died in a car accident in 2014", "earthquakes since late
        // December" with no place of their own are mentions, not reports
        events.removeIf(b -> (words.typeOf(b.type).placedAndDated() || words.typeOf(b.type).dated())
                && (b.when == null || "year".equals(b.when.precision()))
                || words.typeOf(b.type).placedAndDated() && b.places.isEmpty());
        // a death is a named person's: "five people died" is a figure, not a death of its own
        events.removeIf(b -> words.typeOf(b.type).person() && !b.participants.containsValue("subject"));
        bySentence.values().forEach(list -> list.removeIf(b -> !events.contains(b)));
        debateSpeakers(events, statements);

        String articleId = doc.article().id();
        NodeRef home = homeCountry(doc, refs);
        Map<Building, String> ids = new LinkedHashMap<>();
        List<Event> out = new ArrayList<>();
        for (Building b : events) {
            String placeSlug = b.places.isEmpty() ? (b.venue == null ? null : slugOf(b.venue))
                    : slugOf(b.places.iterator().next());
            String date = b.when == null ? null : b.when.date();
            String id = Ids.event(b.type, date, placeSlug, articleId);
            ids.put(b, id);
            List<Event.Participant> participants = new ArrayList<>();
            b.participants.forEach((actor, role) -> participants.add(new Event.Participant(actor, role)));
            // an event no sentence of its own places happened in the country the article is about (its id keeps
            // saying no place, so that it stays apart from a placed event of another article)
            List<NodeRef> at = b.places.isEmpty() && home != null ? List.of(home) : List.copyOf(b.places);
            out.add(new Event(id, b.type, displayName(b), date, b.when == null ? null : b.when.precision(),
                    b.when == null ? null : b.when.text(), at, participants, b.span,
                    b.sentences.size()));
        }

        // A casualty figure with no event near it counts the victims of the attack the article is about: the
        // attack reported in the most sentences (the earliest of equals).
        Building mainAttack = mainOf(events, b -> words.familyOf(b.type).equals("attack"));
        Building mainWithCasualties = mainOf(events, b -> words.countsCasualties(b.type));
        List<Claim> linked = new ArrayList<>();
        for (Claim c : claims) {
            int sentence = sentenceAt(doc, c.span().start());
            Building e = c.kind().equals(Claim.CASUALTY)
                    ? casualtyEventFor(bySentence, sentence, mainAttack, mainWithCasualties)
                    : eventFor(bySentence, sentence, c.kind());
            Claim l = e == null ? c : c.withEvent(ids.get(e));
            if (c.casualty() != null) {
                l = l.withCasualty(c.casualty().withScope(scope(c.casualty(), e, doc, refs)));
            }
            linked.add(l);
        }
        return new Result(out, linked);
    }

    /** Of the events that pass the test, the one reported in the most sentences (the earliest of equals), or null. */
    private static Building mainOf(List<Building> events, java.util.function.Predicate<Building> test) {
        return events.stream().filter(test)
                .max(java.util.Comparator.<Building>comparingInt(b -> b.sentences.size())
                        .thenComparingInt(b -> -b.firstSentence)).orElse(null);
    }

    /**
     * Which part of its event's toll a figure counts: the whole (null) unless its words make it a part or an
     * increment, or it names a place narrower than the event's: one of the event's several places ("seven soldiers
     * were killed in Nushki" of attacks in several towns), or a place the event's place is not within ("17 in
     * Nairobi" of protests across the country). A place that is, holds, or is the country of the event's place is the
     * whole ("24 killed in Kenya").
     */
    private String scope(Claim.Casualty k, Building e, AnnotatedArticle doc, NodeRef[] refs) {
        NodeRef place = k.place();
        if (Claim.Casualty.INCREMENT.equals(k.scope()) || place == null) {
            return k.scope();
        }
        Set<NodeRef> at = e == null ? Set.of() : e.places;
        boolean whole = places.isCountry(place.id()) || at.size() == 1 && at.contains(place)
                || !at.isEmpty() && at.stream().allMatch(p -> places.within(p.id(), place.id()));
        if (whole) {
            return k.scope();
        }
        String name = null;
        for (int m = 0; m < doc.mentions().size(); m++) {
            String text = doc.mentions().get(m).text();
            if (place.equals(refs[m]) && (name == null || name.equals(name.toUpperCase(Locale.ROOT)))) {
                name = text; // not the dateline's "NAIROBI"
            }
        }
        return "in " + (name == null ? place.id() : name);
    }

    /**
     * The country the article is about: the one that at least two thirds of its place mentions the gazetteer can
     * place are, or lie in, named itself at least once; null when no country is that clear.
     */
    private NodeRef homeCountry(AnnotatedArticle doc, NodeRef[] refs) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, NodeRef> named = new LinkedHashMap<>();
        int placed = 0;
        for (int i = 0; i < doc.mentions().size(); i++) {
            NodeRef ref = refs[i];
            if (ref == null || !ref.label().equals("Place")) {
                continue;
            }
            String country = places.countryOf(ref.id());
            if (country == null) {
                continue;
            }
            placed++;
            counts.merge(country, 1, Integer::sum);
            if (country.equals(ref.id())) {
                named.putIfAbsent(country, ref);
            }
        }
        for (var e : counts.entrySet()) {
            if (named.containsKey(e.getKey()) && 3 * e.getValue() >= 2 * placed) {
                return named.get(e.getKey());
            }
        }
        return null;
    }

    /**
     * Trigger types of a sentence, each with the token index of one trigger: the head word of the first phrase of the
     * type, or of a later one a date of its own phrase dates when nothing dates the first.
     */
    private Map<String, Integer> triggers(AnnotatedArticle doc, AnnotatedArticle.Sentence s,
                                          List<StatementExtractor.Found> statements) {
        Map<String, Integer> found = new LinkedHashMap<>();
        List<Token> tokens = doc.tokens().stream().filter(t -> t.sentence() == s.index()).toList();
        boolean titleCase = titleCase(tokens);
        // whether the trigger found for a type is dated (asked again for every later word, so kept)
        Map<String, Boolean> firstDated = new java.util.HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            // a date, or a word of a name: "the National Conference of State Legislatures" is no meeting
            if ("DATE".equals(t.ner()) || NAME_TYPES.contains(t.ner()) || insideOrganisationName(tokens, i)) {
                continue;
            }
            // "the Combined Joint Task Force Operation Inherent Resolve": a capitalised word after another inside a
            // sentence is a word of a name the tagger missed
            if (i > 0 && !titleCase && capitalised(t.word()) && capitalised(tokens.get(i - 1).word())
                    && !tokens.get(i - 1).word().equals("The") && !"DATE".equals(tokens.get(i - 1).ner())) {
                continue;
            }
            for (EventWords.Type type : words.types().values()) {
                // one trigger a type in a sentence: the first, or, when nothing dates the first, a later one that a
                // date of its own phrase dates ("people who were protesting against ... the August 2017 ... rally")
                if (found.containsKey(type.name()) && firstDated.computeIfAbsent(type.name(),
                        k -> dateOf(doc, s, found.get(k), statements) != null)) {
                    continue;
                }
                for (String trigger : type.triggers()) {
                    String[] parts = trigger.split(" ");
                    if (i + parts.length > tokens.size()) {
                        continue;
                    }
                    boolean match = true;
                    for (int k = 0; k < parts.length && match; k++) {
                        match = tokens.get(i + k).word().toLowerCase(Locale.ROOT).equals(parts[k]);
                    }
                    // "opened fire", "came under fire": a word before it that takes it for no happening of its own
                    // (or, in the parse, an adjective of it: "a planned shopping centre bombing")
                    if (match && i > 0 && type.notAfter().contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))) {
                        match = false;
                    }
                    if (match && modifiedBy(doc, tokens.get(i + parts.length - 1), type.notAfter())) {
                        match = false;
                    }
                    // "held a session on fursuit construction": a word that reports this type only beside one of
                    // the words it needs ("a session of parliament")
                    if (match && type.needs().containsKey(trigger)
                            && !Cues.containsAny(s.text(), type.needs().get(trigger))) {
                        match = false;
                    }
                    // the sense of a phrase is its last word's: "terrorist activities"
                    if (match && eventSense(doc, tokens, i + parts.length - 1)
                            && !cancelled(doc, tokens.get(i + parts.length - 1))
                            && !denied(doc, tokens.get(i + parts.length - 1))) {
                        int head = phraseHead(tokens, i, i + parts.length - 1);
                        if (!found.containsKey(type.name()) || datedPhrase(doc, head)
                                && !firstDated.computeIfAbsent(type.name(),
                                k -> dateOf(doc, s, found.get(k), statements) != null)) {
                            found.put(type.name(), head);
                            firstDated.remove(type.name());
                        }
                        break;
                    }
                }
            }
        }
        // "two journalists died in the attack": a death in a sentence that reports an event with casualties is its
        // outcome
        if (found.keySet().stream().anyMatch(words::countsCasualties)) {
            found.keySet().removeIf(type -> words.typeOf(type).outcome());
        }
        for (EventWords.Named n : words.named()) {
            Matcher m = n.pattern().matcher(s.text());
            while (m.find() && !found.containsKey(n.type())) {
                int at = s.begin() + m.start();
                int first = -1;
                for (int k = 0; k < tokens.size(); k++) {
                    if (tokens.get(k).begin() >= at) {
                        first = k;
                        break;
                    }
                }
                // "Combined Joint Task Force Operation Inherent Resolve": the end of a longer capitalised name (a
                // body), not a report of the operation
                if (first < 0 || first > 0 && capitalised(tokens.get(first - 1).word())
                        && !tokens.get(first - 1).word().equalsIgnoreCase("the")) {
                    continue;
                }
                found.put(n.type(), tokens.get(first).index());
            }
        }
        return found;
    }

    /** Whether an adjective of the token in the parse is one of these words. */
    private static boolean modifiedBy(AnnotatedArticle doc, Token t, List<String> words) {
        if (t.rel() == null || words.isEmpty()) {
            return false;
        }
        List<Token> all = doc.tokens();
        for (int k = Math.max(0, t.index() - 6); k < t.index(); k++) {
            Token d = all.get(k);
            if (d.head() == t.index() && d.sentence() == t.sentence() && d.rel() != null
                    && (Grammar.is(d.rel(), "amod") || Grammar.is(d.rel(), "compound"))
                    && words.contains(d.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A capitalised word inside a capitalised phrase that names an organisation, the tagger having missed it: "the
     * Court of Session in Scotland" (a word of {@code organisationNameWords} in the phrase; "of", "for" and "the" may
     * join its words). Not the first word of a sentence, which is capitalised anyway.
     */
    private boolean insideOrganisationName(List<Token> tokens, int i) {
        if (i == 0 || !capitalised(tokens.get(i).word())) {
            return false;
        }
        int from = i;
        while (from - 1 >= 0 && (capitalised(tokens.get(from - 1).word())
                || JOINERS.contains(tokens.get(from - 1).word()) && from - 2 >= 0
                && capitalised(tokens.get(from - 2).word()))) {
            from--;
        }
        int to = i;
        while (to + 1 < tokens.size() && (capitalised(tokens.get(to + 1).word())
                || JOINERS.contains(tokens.get(to + 1).word()) && to + 2 < tokens.size()
                && capitalised(tokens.get(to + 2).word()))) {
            to++;
        }
        for (int k = from; k <= to; k++) {
            if (k != i && nameWords.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> JOINERS = Set.of("of", "for", "the", "on");

    /**
     * Whether the text says the event did not happen: "no protests", "Protests are not reported in Mosul" (the
     * trigger with "no", or the subject of a negated verb).
     */
    private static boolean denied(AnnotatedArticle doc, Token t) {
        List<Token> all = doc.tokens();
        if (t.rel() == null) {
            // no parse: "There were no protests in Basra", "no major attacks"
            for (int k = t.index() - 1; k >= Math.max(0, t.index() - 2) && all.get(k).sentence() == t.sentence(); k--) {
                if (all.get(k).word().equalsIgnoreCase("no")) {
                    return true;
                }
                if (all.get(k).pos() == null || !all.get(k).pos().startsWith("JJ")) {
                    return false;
                }
            }
            return false;
        }
        for (Token d : all.subList(Math.max(0, t.index() - 3), t.index())) {
            if (d.head() == t.index() && d.word().equalsIgnoreCase("no") && d.sentence() == t.sentence()) {
                return true;
            }
        }
        if (t.head() < 0 || !(Grammar.is(t.rel(), "nsubj"))) {
            return false;
        }
        int h = t.head();
        for (int k = Math.max(0, h - 4); k < h; k++) {
            Token d = all.get(k);
            if (d.head() == h && d.sentence() == t.sentence() && (d.word().equalsIgnoreCase("not")
                    || d.word().equalsIgnoreCase("n't") || d.word().equalsIgnoreCase("never"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a trigger is what a word of {@code cancelWords} governs: the object or passive subject of "cancel"
     * ("the debate ... has been cancelled"), the "of" of "cancellation"; such an event never happened.
     */
    private boolean cancelled(AnnotatedArticle doc, Token t) {
        if (t.rel() == null) {
            // no parse (a headline): "Second US Biden-Trump debate cancelled amid ..."
            int n = t.index() + 1;
            return n < doc.tokens().size() && doc.tokens().get(n).sentence() == t.sentence()
                    && doc.tokens().get(n).lemma() != null
                    && words.cancelWords().contains(doc.tokens().get(n).lemma().toLowerCase(Locale.ROOT));
        }
        if (t.head() < 0) {
            return false;
        }
        Token h = doc.tokens().get(t.head());
        String lemma = h.lemma() == null ? "" : h.lemma().toLowerCase(Locale.ROOT);
        boolean cancelWord = words.cancelWords().contains(lemma) || h.index() + 1 < doc.tokens().size()
                && words.cancelWords().contains(lemma + " " + doc.tokens().get(h.index() + 1).word()
                .toLowerCase(Locale.ROOT));
        return cancelWord && (Grammar.is(t.rel(), "obj") || Grammar.is(t.rel(), "nsubj:pass")
                || Grammar.is(t.rel(), "nmod"));
    }

    private static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /**
     * A trigger word used for a happening: a noun or a verb of the past, not an adjective ("offensive lineman"), not
     * a modifier of another noun ("attack helicopter", "election campaign"), not a verb in the base or present form
     * ("to strike a deal", "they attack the plan"). In a sentence without a parse a noun directly before a common
     * noun of the same sentence is taken for its modifier.
     */
    private boolean eventSense(AnnotatedArticle doc, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        List<Token> all = doc.tokens();
        String pos = t.pos() == null ? "" : t.pos();
        if (pos.startsWith("JJ") || pos.equals("VB") || pos.equals("VBP") || pos.equals("VBZ")) {
            return false;
        }
        if (t.rel() == null) {
            if (!pos.startsWith("NN") || i + 1 >= tokens.size()) {
                return true;
            }
            Token next = tokens.get(i + 1);
            return next.sentence() != t.sentence() || !("NN".equals(next.pos()) || "NNS".equals(next.pos()));
        }
        if (!(Grammar.is(t.rel(), "compound") || Grammar.is(t.rel(), "amod"))) {
            return true;
        }
        // "a stabbing spree", "a shooting incident": the noun it modifies is the happening it names
        int h = t.head();
        return h >= 0 && h < all.size() && all.get(h).sentence() == t.sentence()
                && eventHeadNouns.contains(lemmaOf(all.get(h)));
    }

    private Building read(AnnotatedArticle doc, NodeRef[] refs, AnnotatedArticle.Sentence s, String type,
                          int trigger, List<StatementExtractor.Found> statements, List<Claim> claims,
                          EventDates.When lead) {
        Building b = new Building();
        b.type = type;
        b.span = new Span(s.begin(), s.end());
        b.firstSentence = s.index();
        b.sentences.add(s.index());
        b.when = dateOf(doc, s, trigger, statements);
        // a year alone names which one ("the 2020 election", "in the 1984 election"), it does not say a happening
        b.datedByText = b.when != null && !"year".equals(b.when.precision());
        // (not when the trigger is in a statement that its sentence dates)
        if (b.when == null && words.typeOf(type).leadDate() && reportOf(doc, s, trigger, statements) == null) {
            b.when = lead;
        }
        for (EventWords.Named n : words.named()) {
            Matcher m = n.pattern().matcher(s.text());
            if (n.type().equals(type) && m.find()) {
                b.name = m.group();
            }
        }
        String lower = s.text().toLowerCase(Locale.ROOT);
        boolean attackFamily = words.familyOf(type).equals("attack");
        boolean personType = words.typeOf(type).person();
        int at = doc.tokens().get(trigger).begin();
        String cue = lower.substring(Math.max(0, at - s.begin() - 40), Math.max(0, at - s.begin()));
        boolean organised = cue.matches("(?s).*\\b(call(s|ed|ing)? for|announc\\w*|organi[sz]\\w*|led|leads?|"
                + "join\\w*|stag\\w*|hold|held|holding)\\b.*");
        // a happening named as a point of comparison ("than the bombing in Kabul") is placed only by its own phrase
        boolean referenced = doc.tokens().stream().anyMatch(t -> t.head() == trigger && "case".equals(t.rel())
                && COMPARED.contains(t.word().toLowerCase(Locale.ROOT)));
        for (int i = 0; i < doc.mentions().size(); i++) {
            NerMention m = doc.mentions().get(i);
            NodeRef ref = refs[i];
            if (ref == null || m.sentence() != s.index()) {
                continue;
            }
            String before = cueBefore(s.text(), m.begin() - s.begin());
            if (personType && ref.label().equals("Person") && subjectOf(doc, m, trigger)) {
                b.participants.put(ref, "subject");
                b.targets.add(ref); // two persons' deaths are two events
            } else if (ref.label().equals("Place")) {
                // "Trump issued a statement at his golf club outside Washington, D.C. saying, "... this election is
                // far from over"": across a quotation mark, the place is the statement's, not the election's
                if (anotherHappeningAt(doc, m, trigger)) {
                    continue; // "Monday's attack the deadliest since an assault in Ghazni": Ghazni is the assault's
                }
                if (referenced && !modifiesTrigger(doc, m, trigger) && !inPhraseOf(doc, m, trigger)) {
                    continue; // "In Hong Kong, the index fell ... - its biggest fall since the September 11 attacks"
                }
                if (locative(doc, m, refs) && !describesPerson(doc, m, trigger) && !acrossQuotation(doc, m.begin(), at)
                        || modifiesTrigger(doc, m, trigger) && !places.isCountry(ref.id())
                        || struck(doc, m, trigger) || !attackFamily && !type.equals("military operation")
                        && hosts(doc, m, trigger)) {
                    b.places.add(ref);
                    if (b.firstPlaceText == null && !places.isCountry(ref.id())) {
                        b.firstPlaceText = m.text();
                    }
                }
            } else if (endsWithAny(before, words.roles().getOrDefault("target", List.of()), "the ")) {
                b.targets.add(ref);
                b.participants.putIfAbsent(ref, "target");
            } else if (endsWithAny(before, words.roles().getOrDefault("mover", List.of()), "")) {
                b.participants.putIfAbsent(ref, "mover");
            } else if (attackFamily && ref.label().equals("Group")) {
                b.participants.putIfAbsent(ref, "perpetrator");
            } else if (attackFamily && ref.label().equals("Organisation") && respondsTo(doc, m)) {
                b.participants.putIfAbsent(ref, "responder");
            } else if (type.equals("debate") && b.venue == null && ref.label().equals("Organisation")) {
                b.venue = ref;
            } else if (type.equals("protest") && organised && !ref.label().equals("Organisation")) {
                b.participants.putIfAbsent(ref, "organiser");
            } else if (type.equals("resolution") && ref.label().equals("Person")) {
                b.participants.putIfAbsent(ref, "participant");
            }
        }
        // who claimed it, and who spoke of it in a statement that calls for or announces it
        for (Claim c : claims) {
            if (c.kind().equals(Claim.RESPONSIBILITY) && c.span().start() == s.begin() && attackFamily) {
                c.subjects().forEach(g -> b.participants.put(g, "perpetrator"));
            }
        }
        if ((type.equals("protest") || type.equals("meeting")) && organised) {
            for (StatementExtractor.Found f : statements) {
                Statement st = f.statement();
                if (st.speaker() != null && st.span().start() <= at && at < st.span().end()) {
                    b.participants.putIfAbsent(st.speaker(), type.equals("protest") ? "organiser" : "participant");
                }
            }
        }
        return b;
    }

    private static final Set<String> PLACE_NOUNS = Set.of("state", "states", "province", "provinces", "district",
            "districts", "city", "cities", "town", "towns", "county", "counties", "region", "regions", "village",
            "villages", "country", "countries", "territory", "territories", "capital", "suburb", "neighbourhood",
            "neighborhood");

    private static final Set<String> NAME_TYPES = Set.of("ORGANIZATION", "PERSON", "LOCATION");

    private static final Set<String> LOCATIVE = Set.of("in", "at", "around", "across", "near", "outside", "inside",
            "throughout", "from", "to", "into", "on", "over", "within", "along", "between");

    /**
     * Whether a word of another happening stands just before the place, the trigger not between them ("since an
     * assault in Ghazni" for the attack named before it).
     */
    private boolean anotherHappeningAt(AnnotatedArticle doc, NerMention m, int trigger) {
        List<Token> tokens = doc.tokens();
        for (int k = m.firstToken() - 1; k >= 0 && k >= m.firstToken() - 3 && tokens.get(k).sentence() == m.sentence();
             k--) {
            if (k == trigger) {
                return false;
            }
            Token t = tokens.get(k);
            if (t.pos() == null || !t.pos().startsWith("NN") || !triggerWords.contains(t.word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            // the other happening's phrase opens after a word of comparison or sequence ("since an assault in
            // Ghazni", "than the bombing in Kabul"; not "killed in a bombing at a rally in Peshawar")
            int open = k - 1;
            while (open >= 0 && tokens.get(open).pos() != null && PHRASE_OPENER_TAGS.contains(tokens.get(open).pos())) {
                open--;
            }
            return open >= 0 && open != trigger && Math.abs(trigger - k) > 1
                    && ANOTHER_HAPPENING.contains(tokens.get(open).word().toLowerCase(Locale.ROOT));
        }
        return false;
    }

    /**
     * Words that name a happening only to compare with it ("than the bombing", "unlike the attack"); not "since"
     * ("prime minister since his election in 2014" is placed by the sentence).
     */
    private static final Set<String> COMPARED = Set.of("than", "like", "unlike");

    /** Whether the place hangs in the trigger's own phrase, by the parse ("since the attacks in New York"). */
    private static boolean inPhraseOf(AnnotatedArticle doc, NerMention m, int trigger) {
        for (int k = m.lastToken(), hops = 0; k >= 0 && hops < 6; k = doc.tokens().get(k).head(), hops++) {
            if (k == trigger) {
                return true;
            }
        }
        return false;
    }

    /** Tags of the words that open a noun phrase before its noun ("an", "the 2018", "Monday's"). */
    private static final Set<String> PHRASE_OPENER_TAGS = Set.of("DT", "PRP$", "POS", "CD", "JJ", "JJS");

    /** Words before a noun phrase of a happening that is not the one being read ("since an assault in Ghazni"). */
    private static final Set<String> ANOTHER_HAPPENING = Set.of("since", "than", "after", "before", "following",
            "like", "unlike");

    /**
     * A place is where an event happened when the text puts something in it: a locative preposition just before it
     * ("in Balochistan", "around Quetta, Mastung and Pasni") or a possessive ("Balochistan's Noshki district"), not
     * "linkages point towards India".
     */
    private static boolean locative(AnnotatedArticle doc, NerMention m, NodeRef[] refs) {
        List<Token> tokens = doc.tokens();
        int next = m.lastToken() + 1;
        if (next < tokens.size() && tokens.get(next).sentence() == m.sentence() && "NNP".equals(tokens.get(next).pos())
                && "O".equals(tokens.get(next).ner()) && Character.isUpperCase(tokens.get(next).word().charAt(0))
                && !PLACE_NOUNS.contains(tokens.get(next).word().toLowerCase(Locale.ROOT))) {
            return false; // "a robot from Oslo Fire and Rescue": the place opens another name
        }
        int i = m.firstToken() - 1;
        // walk back over a list of places: "around Quetta, Mastung, Nushki and Pasni"
        while (i >= 0 && tokens.get(i).sentence() == m.sentence()) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (LOCATIVE.contains(w)) {
                return true;
            }
            if (w.equals("the") || w.equals("a") || w.equals("an") || possessiveMark(tokens.get(i))
                    || "PRP$".equals(tokens.get(i).pos())) {
                i--; // "at a Frederick, Maryland assisted living facility", "at his New Jersey home"
                continue;
            }
            if (w.equals(",") || w.equals("and")) {
                int j = i - 1;
                // "Michigan, Missouri, and Mississippi"
                while (j >= 0 && tokens.get(j).sentence() == m.sentence()
                        && (tokens.get(j).word().equals(",") || tokens.get(j).word().equalsIgnoreCase("and"))) {
                    j--;
                }
                int prev = placeEndingAt(doc, refs, j);
                if (prev < 0 && w.equals(",") && j >= 0 && PLACE_NOUNS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
                    // "in the U.S. capital, Washington D.C.": a place in apposition to a place noun
                    prev = j;
                    while (prev - 1 >= 0 && tokens.get(prev - 1).sentence() == m.sentence()
                            && !LOCATIVE.contains(tokens.get(prev - 1).word().toLowerCase(Locale.ROOT))
                            && tokens.get(prev - 1).pos() != null && (tokens.get(prev - 1).pos().startsWith("NN")
                            || tokens.get(prev - 1).pos().startsWith("JJ") || tokens.get(prev - 1).pos().equals("DT")
                            || tokens.get(prev - 1).pos().equals("POS"))) {
                        prev--;
                    }
                }
                if (prev < 0) {
                    return false;
                }
                i = prev - 1;
                continue;
            }
            // "in the US states of Idaho, Michigan ...": a place noun, perhaps after a place, then "of"
            if (w.equals("of") && i > 0 && PLACE_NOUNS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))) {
                i -= 2;
                int prev = placeEndingAt(doc, refs, i);
                if (prev >= 0) {
                    i = prev - 1;
                }
                // "in the Red Sea port town of Mokha": the words before the place noun, back to the preposition
                while (i >= 0 && tokens.get(i).sentence() == m.sentence() && tokens.get(i).pos() != null
                        && (tokens.get(i).pos().startsWith("NN") || tokens.get(i).pos().startsWith("JJ"))
                        && !LOCATIVE.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                    i--;
                }
                continue;
            }
            return false;
        }
        // a possessive place at the start of a noun phrase: "Balochistan's Noshki district"
        int after = m.lastToken() + 1;
        return after < tokens.size() && possessiveMark(tokens.get(after));
    }

    /**
     * Whether a person is who the trigger happened to: the subject of "died" ("Ginger Baker, a drummer, died on
     * Sunday"; by the parse where there is one), "the death of X", "X's death".
     */
    private static boolean subjectOf(AnnotatedArticle doc, NerMention m, int trigger) {
        List<Token> tokens = doc.tokens();
        if (m.firstToken() < 0 || m.lastToken() < 0) {
            return false;
        }
        Token t = tokens.get(trigger);
        if (t.rel() != null) {
            for (int k = m.firstToken(); k <= m.lastToken(); k++) {
                Token x = tokens.get(k);
                if (x.head() == trigger && (Grammar.is(x.rel(), "nsubj") || Grammar.is(x.rel(), "nmod")
                        || Grammar.is(x.rel(), "nmod:poss"))) {
                    return true;
                }
            }
            // "Leonov, who died in Moscow": a relative clause whose subject is "who" says it of the name it follows
            if (Grammar.is(t.rel(), "acl:relcl") && t.head() >= m.firstToken() && t.head() <= m.lastToken()) {
                for (int k = Math.max(0, t.head() + 1); k < trigger; k++) {
                    Token x = tokens.get(k);
                    if (x.head() == trigger && Grammar.is(x.rel(), "nsubj")
                            && x.word().equalsIgnoreCase("who")) {
                        return true;
                    }
                }
            }
            return false;
        }
        // "the death of X", "X's (sudden) death"
        if (m.firstToken() == trigger + 2 && tokens.get(trigger + 1).word().equals("of")) {
            return true;
        }
        int k = m.lastToken() + 1;
        if (k < trigger && possessiveMark(tokens.get(k))) {
            return trigger - k <= 2 && (trigger - k == 1 || tokens.get(k + 1).pos() != null
                    && tokens.get(k + 1).pos().startsWith("JJ"));
        }
        // "X died", "X, 80, died", "X, previously the Deputy Chief Minister of the state of Goa, India, died"
        if (k >= trigger) {
            return k == trigger;
        }
        if (tokens.get(k).word().equals(",")) {
            int close = trigger - 1;
            while (close > k && (tokens.get(close).pos() != null && tokens.get(close).pos().startsWith("RB")
                    || AUXILIARIES.contains(tokens.get(close).word().toLowerCase(Locale.ROOT)))) {
                close--;
            }
            if (close <= k || close - k > 25 || !tokens.get(close).word().equals(",")) {
                return false;
            }
            for (int j = k + 1; j < close; j++) {
                String pos = tokens.get(j).pos() == null ? "" : tokens.get(j).pos();
                if (pos.startsWith("VB") && !pos.equals("VBN") || tokens.get(j).word().equals(";")) {
                    return false; // "X, who said ..., died": a clause of its own is no apposition
                }
            }
            return true;
        }
        for (; k < trigger; k++) {
            Token x = tokens.get(k);
            String pos = x.pos() == null ? "" : x.pos();
            if (!(pos.startsWith("RB") || AUXILIARIES.contains(x.word().toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> AUXILIARIES = Set.of("has", "had", "have", "was", "were", "is");

    /** "'s" or "\u2019s": the possessive of the name before it. */
    private static boolean possessiveMark(Token t) {
        return t.word().equals("'s") || t.word().equals("\u2019s");
    }

    /**
     * Whether a place is what the event struck: the object of a verb of {@code placeVerbs} whose subject is the
     * trigger ("a magnitude 5.2 earthquake hit the ... commonwealth of Puerto Rico", "Hurricane Lorenzo hits Azores").
     */
    /**
     * Whether a place is the subject of a verb of {@code hostVerbs} whose object is the trigger: "Nevada began a state
     * legislative session", "Iran held elections" (not "Iran condemned the attack").
     */
    private boolean hosts(AnnotatedArticle doc, NerMention m, int trigger) {
        List<Token> tokens = doc.tokens();
        Token t = tokens.get(trigger);
        if (m.lastToken() < 0 || t.rel() == null || t.head() < 0 || !Grammar.is(t.rel(), "obj")) {
            return false;
        }
        Token place = tokens.get(m.lastToken());
        return place.head() == t.head() && place.rel() != null && Grammar.is(place.rel(), "nsubj")
                && words.hostVerbs().contains(lemmaOf(tokens.get(t.head())));
    }

    private boolean struck(AnnotatedArticle doc, NerMention m, int trigger) {
        List<Token> tokens = doc.tokens();
        if (m.firstToken() <= trigger || words.placeVerbs().isEmpty()) {
            return false;
        }
        int verb = -1;
        for (int k = trigger + 1; k < m.firstToken() && k <= trigger + 4; k++) {
            Token x = tokens.get(k);
            String pos = x.pos() == null ? "" : x.pos();
            if (pos.startsWith("VB")) {
                if (words.placeVerbs().contains(lemmaOf(x))
                        || words.placeVerbs().contains(x.word().toLowerCase(Locale.ROOT))) {
                    verb = k;
                    break;
                }
                if (!AUXILIARIES.contains(x.word().toLowerCase(Locale.ROOT))) {
                    return false;
                }
            } else if (!(pos.startsWith("RB") || pos.equals("CD") || pos.startsWith("NN"))) {
                return false; // ",", "that", "in": another clause or a phrase of the trigger's own
            }
        }
        if (verb < 0 || m.firstToken() - verb > 10) {
            return false;
        }
        for (int k = verb + 1; k < m.firstToken(); k++) {
            Token x = tokens.get(k);
            String pos = x.pos() == null ? "" : x.pos();
            if (pos.startsWith("VB") && !pos.equals("VBN") || x.word().equals(",") || x.word().equals(";")
                    || pos.equals("IN") && !x.word().equalsIgnoreCase("of")) {
                return false;
            }
        }
        return true;
    }

    /** "the South Carolina primary", "the Pennsylvania Democratic primary": a place just before the trigger. */
    private static boolean modifiesTrigger(AnnotatedArticle doc, NerMention m, int trigger) {
        List<Token> tokens = doc.tokens();
        if (m.lastToken() < 0 || m.lastToken() >= trigger || trigger - m.lastToken() > 3) {
            return false;
        }
        for (int k = m.lastToken() + 1; k < trigger; k++) {
            String pos = tokens.get(k).pos() == null ? "" : tokens.get(k).pos();
            if (!(pos.startsWith("JJ") || pos.equals("NNP") || pos.equals("POS"))
                    || tokens.get(k).sentence() != m.sentence()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a quotation opens or closes between two offsets of a sentence: one is quoted, the other not. */
    private static boolean acrossQuotation(AnnotatedArticle doc, int a, int b) {
        String between = doc.article().text().substring(Math.min(a, b), Math.max(a, b));
        long marks = between.chars().filter(c -> c == '"' || c == '\u201C' || c == '\u201D').count();
        return marks % 2 == 1;
    }

    /**
     * A place in an apposition that describes a person, not where the event was: "Sanders, a Senator from Vermont,
     * won the Democratic primary", "Deval Patrick, the former governor of Massachusetts, ended his (campaign)".
     */
    private static boolean describesPerson(AnnotatedArticle doc, NerMention m, int trigger) {
        List<Token> tokens = doc.tokens();
        int k = m.lastToken();
        for (int hops = 0; k >= 0 && hops < 5 && tokens.get(k).rel() != null; hops++) {
            Token x = tokens.get(k);
            int h = x.head();
            if (h < 0 || h == trigger) {
                return false; // "a survivor of the attack in Paris": the attack's place
            }
            if (Grammar.is(x.rel(), "appos") && hops > 0 && "PERSON".equals(tokens.get(h).ner())) {
                return true;
            }
            Token up = tokens.get(h);
            if (up.pos() == null || !up.pos().startsWith("NN")) {
                return false;
            }
            k = h;
        }
        return false;
    }

    /** The first token of the place mention ending at token {@code end}, or -1. */
    private static int placeEndingAt(AnnotatedArticle doc, NodeRef[] refs, int end) {
        for (int k = 0; k < doc.mentions().size(); k++) {
            NerMention m = doc.mentions().get(k);
            if (refs[k] != null && refs[k].label().equals("Place") && m.lastToken() == end) {
                return m.firstToken();
            }
        }
        return -1;
    }

    /** The organisation is the subject of a responding verb: "the Frontier Corps repelled the attack". */
    private boolean respondsTo(AnnotatedArticle doc, NerMention m) {
        List<Token> tokens = doc.tokens();
        for (int k = m.lastToken() + 1; k <= m.lastToken() + 3 && k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.pos() != null && t.pos().startsWith("VB")
                    && words.responderVerbs().contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The words before a name, with the title words written before it ("Law Minister") taken off. */
    private static String cueBefore(String sentence, int at) {
        String before = sentence.substring(Math.max(0, at - 60), Math.max(0, at));
        before = before.replaceAll("(\\s*[A-Z][\\p{L}.'-]*)+\\s*$", " ");
        return before.toLowerCase(Locale.ROOT);
    }

    private static boolean endsWithAny(String before, List<String> cues, String optionalArticle) {
        String t = before.strip();
        for (String cue : cues) {
            if (t.endsWith(cue) || !optionalArticle.isEmpty() && t.endsWith(cue + " " + optionalArticle.strip())) {
                return true;
            }
        }
        return false;
    }

    /** The date nearest the trigger in its sentence, corrected as {@link EventDates} says. */
    private static final Pattern CLOCK_ZONE = Pattern.compile("^\\s*(?:UTC|GMT|Z|hrs|hours|h|[A-Z]{1,3}T)\\b");

    /** Whether a date mention is four digits written as a time of day: "1639 UTC", "0930 GMT", "1400 hrs". */
    static boolean clockTime(AnnotatedArticle doc, NerMention m) {
        String text = doc.article().text();
        String words = m.text().strip();
        if (words.matches("\\d{4}\\s*(?:UTC|GMT|Z|hrs|hours|h|[A-Z]{1,3}T)")) {
            return true;
        }
        return words.matches("\\d{4}") && CLOCK_ZONE.matcher(text.substring(Math.min(text.length(), m.end()),
                Math.min(text.length(), m.end() + 8))).find();
    }

    private EventDates.When dateOf(AnnotatedArticle doc, AnnotatedArticle.Sentence s, int trigger,
                                   List<StatementExtractor.Found> statements) {
        LocalDate published = doc.article().published();
        Span report = reportOf(doc, s, trigger, statements);
        boolean past = reportsPast(doc, s);
        Integer year = null;
        for (NerMention m : doc.mentions()) {
            if (m.sentence() == s.index() && m.type().equals("DATE") && m.text().strip().matches("\\d{4}")) {
                year = Integer.parseInt(m.text().strip());
            }
        }
        EventDates.When best = null;
        int bestDistance = Integer.MAX_VALUE;
        int at = doc.tokens().get(trigger).begin();
        for (NerMention m : doc.mentions()) {
            if (m.sentence() != s.index() || !givesDay(m)) {
                continue;
            }
            if (clockTime(doc, m)) {
                continue; // "10:39 a.m. local time (1639 UTC)": a time of day, not the year 1639
            }
            if (boundary(doc, m)) {
                continue; // "As of yesterday, no cause had been released for the fire": the day of the report
            }
            if (rangeEnd(doc, m)) {
                continue; // "On the night of Monday to Tuesday": the happening began on the Monday
            }
            if (countsFromTrigger(doc, m, at)) {
                continue; // "moved in the day before the blast": the blast is what the day counts from
            }
            if (report != null && (m.begin() < report.start() || m.begin() >= report.end())) {
                continue; // "On Saturday, Trump said Hamza ... has been killed": the day of the statement
            }
            EventDates.When w = EventDates.of(m.normalized(), m.text(), published, past, year);
            if (EventDates.countsFromAnother(m.text())) {
                // "a month later" counts from the date given before; with none, only "a day earlier" may count
                // back from the report
                EventDates.When anchor = anchorBefore(doc, m);
                w = anchor != null || !EventDates.countsBack(m.text()) ? EventDates.countedFrom(m.text(), anchor) : w;
            }
            if (w == null || !sameClause(doc, s, m, trigger)) {
                continue;
            }
            int d = Math.abs(m.begin() - at);
            if (d < bestDistance) {
                bestDistance = d;
                best = w;
            }
        }
        if (best == null) {
            // "an attack that day" (tagged a duration): the day the text gave just before
            Matcher same = EventDates.SAME_DAY.matcher(s.text());
            while (same.find()) {
                NerMention words = new NerMention(same.group(), "DATE", null, s.begin() + same.start(),
                        s.begin() + same.end(), s.index(), -1, -1);
                EventDates.When w = EventDates.countedFrom(words.text(), anchorBefore(doc, words));
                if (w != null && sameClause(doc, s, words, trigger)) {
                    return w;
                }
            }
        }
        return best;
    }

    /**
     * The content of the statement that reports the trigger, when a date of its sentence lies outside it: "On
     * Saturday, in a brief statement, Trump said Hamza bin Laden has been killed in a US counter-terrorism operation"
     * dates the statement, not the killing (which the statement did not date); only a content in the perfect is such
     * a report ({@link #perfect}). Null otherwise.
     */
    private static Span reportOf(AnnotatedArticle doc, AnnotatedArticle.Sentence s, int trigger,
                                 List<StatementExtractor.Found> statements) {
        int at = doc.tokens().get(trigger).begin();
        for (StatementExtractor.Found f : statements) {
            Span c = f.statement().span();
            if (c.start() < s.begin() || c.start() >= s.end() || at < c.start() || at >= c.end()) {
                continue;
            }
            // (a clause: "announced the death of cosmonaut Alexei Leonov" yesterday tells the day of the death)
            if (!perfect(doc, c)) {
                continue;
            }
            for (NerMention m : doc.mentions()) {
                if (m.sentence() == s.index() && givesDay(m) && !insideStatement(m.begin(), statements)) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * Whether an offset lies inside a statement's content: a date there is told, not the day of a report ("A bomber
     * killed 12 on Monday, officials said, adding that 20 have been injured": Monday is told).
     */
    private static boolean insideStatement(int offset, List<StatementExtractor.Found> statements) {
        return statements.stream().map(f -> f.statement().span()).anyMatch(c -> c.start() <= offset && offset < c.end());
    }

    /**
     * Whether a statement's content is a clause in the perfect ("Hamza bin Laden ... has been killed"), which puts
     * its happening at no time of the report's: "X died, the government announced yesterday" and "announced the death
     * of X" yesterday are dated by the report's day, as readers date them.
     */
    private static boolean perfect(AnnotatedArticle doc, Span content) {
        return doc.tokens().stream().anyMatch(t -> t.begin() >= content.start() && t.end() <= content.end()
                && t.rel() != null && t.rel().startsWith("aux") && PERFECT.contains(t.word().toLowerCase(Locale.ROOT)));
    }

    private static final Set<String> PERFECT = Set.of("has", "have", "had", "'ve", "\u2019ve");

    /**
     * A date that opens the name of the trigger's event, whatever the parse: "the August 2017 Unite the Right rally",
     * "the 2019 Hong Kong protests" (after "the", only capitalised words up to the trigger).
     */
    private static boolean namedDated(List<Token> tokens, NerMention date, int trigger) {
        int first = date.firstToken();
        int last = date.lastToken();
        if (first <= 0 || last < 0 || last >= trigger || trigger - last > 6
                || !tokens.get(first - 1).word().equalsIgnoreCase("the")) {
            return false;
        }
        // (not in a headline written in capitals: "After the 2016 Election Trump Rally Draws Thousands")
        int sentence = tokens.get(trigger).sentence();
        int from = first;
        while (from > 0 && tokens.get(from - 1).sentence() == sentence) {
            from--;
        }
        int to = first;
        while (to + 1 < tokens.size() && tokens.get(to + 1).sentence() == sentence) {
            to++;
        }
        if (titleCase(tokens.subList(from, to + 1))) {
            return false;
        }
        for (int k = last + 1; k < trigger; k++) {
            String w = tokens.get(k).word();
            if (!(capitalised(w) || w.equals("the")) || tokens.get(k).sentence() != tokens.get(trigger).sentence()) {
                return false;
            }
        }
        return true;
    }

    /** Whether more than half the words of a sentence's tokens are capitalised: a headline written in capitals. */
    private static boolean titleCase(List<Token> sentence) {
        long letters = sentence.stream().filter(t -> !t.word().isEmpty() && Character.isLetter(t.word().charAt(0)))
                .count();
        return sentence.stream().filter(t -> capitalised(t.word())).count() * 2 > letters;
    }

    /** Whether a date hangs in the trigger's own noun phrase, by the parse: "the August 2017 Unite the Right rally". */
    private static boolean datedPhrase(AnnotatedArticle doc, int trigger) {
        List<Token> tokens = doc.tokens();
        if (tokens.get(trigger).rel() == null) {
            return false;
        }
        int sentence = tokens.get(trigger).sentence();
        for (int k = Math.max(0, trigger - 8); k < trigger && k < tokens.size(); k++) {
            if (tokens.get(k).sentence() != sentence || !"DATE".equals(tokens.get(k).ner())) {
                continue;
            }
            for (int h = tokens.get(k).head(), hops = 0; h >= 0 && hops < 4; h = tokens.get(h).head(), hops++) {
                if (h == trigger) {
                    return true;
                }
                String pos = tokens.get(h).pos() == null ? "" : tokens.get(h).pos();
                if (pos.startsWith("VB")) {
                    break;
                }
            }
        }
        return false;
    }

    /**
     * The word of a trigger phrase that the parse makes its head (the one whose head lies outside the phrase): "car
     * bomb" is read at "bomb", "passed away" at "passed"; the first word without a parse. (Where the tagger took
     * "drone" of "drone strikes" for a verb, the head is "drone", and {@link #sameClause} reads the surface.)
     */
    private static int phraseHead(List<Token> tokens, int first, int last) {
        if (first == last || tokens.get(first).rel() == null) {
            return tokens.get(first).index();
        }
        int from = tokens.get(first).index();
        int to = tokens.get(last).index();
        for (int k = first; k <= last; k++) {
            int h = tokens.get(k).head();
            if (h < from || h > to) {
                return tokens.get(k).index();
            }
        }
        return tokens.get(last).index();
    }

    private static final Pattern FROM_THE_TRIGGER = Pattern.compile(
            "(?i)\\s*(?:before|after|prior to|ahead of)?\\s*(?:the|a|an|this|that|his|her|its|their)?\\s*"
                    + "(?:[\\p{L}-]+\\s+){0,2}");

    /**
     * Whether a date counts from the trigger just after it: "the day before the blast", "two days after the attack"
     * ("before" or "after" ends the date or opens what follows it, then at most two words before the trigger; "A week
     * later another bombing" counts from an earlier date, and dates the bombing).
     */
    private static boolean countsFromTrigger(AnnotatedArticle doc, NerMention m, int triggerBegin) {
        if (triggerBegin < m.end()) {
            return false;
        }
        String between = doc.article().text().substring(m.end(), triggerBegin);
        boolean counting = m.text().matches("(?is).*\\b(?:before|after)\\s*")
                || between.matches("(?is)\\s*(?:before|after|prior to|ahead of)\\b.*");
        return counting && FROM_THE_TRIGGER.matcher(between).matches();
    }

    private static final Pattern RANGE_TO = Pattern.compile("(?i)\\b(?:to|through|thru|into)\\s+$|[-\u2013]\\s*$");

    /** Whether a date ends a range opened by another date just before it: "Monday to Tuesday", "March 3-4". */
    private static boolean rangeEnd(AnnotatedArticle doc, NerMention m) {
        String text = doc.article().text();
        if (!RANGE_TO.matcher(text.substring(Math.max(0, m.begin() - 10), m.begin())).find()) {
            return false;
        }
        for (NerMention o : doc.mentions()) {
            if (o != m && o.sentence() == m.sentence() && givesDay(o) && o.end() <= m.begin()
                    && m.begin() - o.end() <= 10) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern BOUNDARY = Pattern.compile("(?i)(?:\\bas of|\\buntil|\\btill)\\s+$");

    /**
     * A date that bounds a state rather than dates a happening: "as of yesterday", "until Monday" ("since Tuesday"
     * does date what began then).
     */
    private static boolean boundary(AnnotatedArticle doc, NerMention m) {
        String text = doc.article().text();
        return BOUNDARY.matcher(text.substring(Math.max(0, m.begin() - 12), m.begin())).find();
    }

    private static final Pattern DAY_WORDS = Pattern.compile("(?i)\\b(?:yesterday|today|tonight|tomorrow|"
            + "(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b");

    /**
     * A date, or a time of day that names its day ("Early yesterday morning", "Sunday night"; not "2:45 a.m.", which
     * the tagger dates to the report's day).
     */
    private static boolean givesDay(NerMention m) {
        return m.type().equals("DATE") || m.type().equals("TIME") && DAY_WORDS.matcher(m.text()).find();
    }

    /**
     * The last date the text gives before a mention, which "a month later" counts from: a date of its own (not one
     * counted from another), in the same or an earlier sentence; null when there is none.
     */
    private static EventDates.When anchorBefore(AnnotatedArticle doc, NerMention at) {
        LocalDate published = doc.article().published();
        EventDates.When last = null;
        int lastBegin = -1;
        for (NerMention m : doc.mentions()) {
            if (m.begin() >= at.begin() || m.begin() < lastBegin) {
                continue;
            }
            if (!givesDay(m) || EventDates.countsFromAnother(m.text())) {
                continue;
            }
            EventDates.When w = EventDates.of(m.normalized(), m.text(), published, true, null);
            if (w != null) {
                last = w;
                lastBegin = m.begin();
            }
        }
        return last;
    }

    /**
     * Whether a sentence reports something past: a verb in the past tense, or a participle that is not a present or
     * future passive ("was held", "has been postponed"; not "is referred to as", "will be held").
     */
    private static boolean reportsPast(AnnotatedArticle doc, AnnotatedArticle.Sentence s) {
        List<Token> tokens = doc.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.sentence() != s.index() || t.pos() == null) {
                continue;
            }
            if (t.pos().equals("VBD")) {
                return true;
            }
            if (t.pos().equals("VBN")) {
                int k = i - 1;
                while (k >= 0 && tokens.get(k).sentence() == s.index() && tokens.get(k).pos() != null
                        && tokens.get(k).pos().startsWith("RB")) {
                    k--;
                }
                String aux = k < 0 || tokens.get(k).sentence() != s.index() ? ""
                        : tokens.get(k).word().toLowerCase(Locale.ROOT);
                if (!PRESENT_PASSIVE.contains(aux)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> PRESENT_PASSIVE = Set.of("is", "are", "am", "be", "'s", "'re", "\u2019s",
            "\u2019re");

    /**
     * Whether a date belongs to the clause of the trigger. With a parse: the nearest verb above each (or the root)
     * is the same ("Yesterday, the party held primary elections"; "is scheduled to continue its primary season on
     * March 17, with primary elections in Florida"). Without: a date that opens the sentence ("Early Saturday
     * morning, ...") dates all of it; otherwise a comma or semicolon between them says another clause.
     */
    private boolean sameClause(AnnotatedArticle doc, AnnotatedArticle.Sentence s, NerMention date,
                                      int trigger) {
        List<Token> tokens = doc.tokens();
        int at = tokens.get(trigger).begin();
        if (namedDated(tokens, date, trigger)) {
            return true;
        }
        // (a trigger the parser took for a verb it could not attach, "by drone/VBP strikes" hung on "hit" as "dep",
        // is read by the surface rules too)
        boolean misparsed = tokens.get(trigger).pos() != null && tokens.get(trigger).pos().startsWith("VB")
                && "dep".equals(tokens.get(trigger).rel());
        if (date.firstToken() >= 0 && tokens.get(date.firstToken()).rel() != null && tokens.get(trigger).rel() != null
                && !brokenParse(tokens, trigger) && !misparsed) {
            // a date inside the trigger's own phrase: "the debate scheduled for November 20"
            // (from the date's own head: "September 11, 2001" hangs on "September", its year on it by "dep")
            int dateHead = date.lastToken();
            for (int k = date.firstToken(); k <= date.lastToken(); k++) {
                int h = tokens.get(k).head();
                if (h < date.firstToken() || h > date.lastToken()) {
                    dateHead = k;
                    break;
                }
            }
            for (int k = dateHead, hops = 0; k >= 0 && hops < 12; k = tokens.get(k).head(), hops++) {
                if (k == trigger) {
                    return true;
                }
                if (k > date.lastToken() && k != tokens.get(trigger).head() && tokens.get(k).pos() != null
                        && tokens.get(k).pos().startsWith("NN")
                        && triggerWords.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                    return false; // "the previous election was before the 2014 protests": the protests' year
                }
                if (tokens.get(k).rel() != null && tokens.get(k).rel().equals("dep")) {
                    break; // a link the parser could not name is no evidence that the date is the trigger's
                }
            }
            if (after(tokens, trigger, clauseHead(tokens, trigger))) {
                return false; // "adopted a firm stand on Monday, following a wave of attacks": the attacks came before
            }
            int d = clauseHead(tokens, date.lastToken());
            // "a mass stabbing killed three": a gerund used as a noun belongs to the clause of its head
            Token tr = tokens.get(trigger);
            boolean gerund = "VBG".equals(tr.pos()) && tr.head() >= 0 && tr.rel() != null
                    && !CLAUSAL.contains(tr.rel().split(":")[0]);
            int t = clauseHead(tokens, gerund ? tr.head() : trigger);
            boolean same = d == t || d >= 0 && tokens.get(d).rel() != null && Grammar.is(tokens.get(d).rel(), "xcomp")
                    && tokens.get(d).head() == t || t >= 0 && tokens.get(t).rel() != null
                    && Grammar.is(tokens.get(t).rel(), "xcomp") && tokens.get(t).head() == d;
            // "collided, the truck catching fire": a participle of the dated clause happened with it; not an effect
            // ("dissolved the Parliament, triggering the elections": the elections came later)
            boolean participle = t >= 0 && d >= 0 && tokens.get(t).head() == d && "VBG".equals(tokens.get(t).pos())
                    && tokens.get(t).rel() != null && (Grammar.is(tokens.get(t).rel(), "advcl")
                    || Grammar.is(tokens.get(t).rel(), "conj")) && !effectVerbs.contains(lemmaOf(tokens.get(t)));
            return (same || participle) && !throughAnotherNoun(tokens, trigger, t);
        }
        String between = doc.article().text().substring(Math.max(s.begin(), Math.min(date.begin(), at)),
                Math.min(s.end(), Math.max(date.end(), at)));
        if (between.contains(";")) {
            return false;
        }
        if (date.begin() < at && date.firstToken() >= 0) {
            int first = date.firstToken();
            int opening = 0;
            for (int k = first - 1; k >= 0 && tokens.get(k).sentence() == s.index(); k--) {
                opening++;
            }
            if (opening <= 2) {
                return true; // "Yesterday, ...", "Early Saturday morning, ..."
            }
        }
        // "gatherings were allowed in May again before the election started": the date is the main clause's
        if (date.begin() < at && date.lastToken() >= 0) {
            for (int k = date.lastToken() + 1; k < trigger; k++) {
                if (BEFORE_THE_CLAUSE.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
        }
        return !separated(doc, s, Math.min(date.begin(), at), Math.max(date.end(), at));
    }

    private static String lemmaOf(Token t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the trigger hangs from its clause head through a noun of another thing: "the suspect in a shooting ...
     * was released Friday", "the death toll from the attack rose on Monday" (the clause's date is the release's, the
     * rise's). Coordination, compounds and the nouns of {@code partNouns} ("a wave of attacks") pass.
     */
    private boolean throughAnotherNoun(List<Token> tokens, int trigger, int head) {
        for (int k = trigger, hops = 0; k >= 0 && k != head && hops < 12; k = tokens.get(k).head(), hops++) {
            Token x = tokens.get(k);
            int h = x.head();
            if (h < 0 || h == head) {
                return false;
            }
            if (x.rel() == null || Grammar.is(x.rel(), "conj") || Grammar.is(x.rel(), "compound")
                    || Grammar.is(x.rel(), "appos")) {
                continue;
            }
            Token up = tokens.get(h);
            String lemma = lemmaOf(up);
            if (up.pos() != null && up.pos().startsWith("NN") && !up.pos().startsWith("NNP")
                    && !partNouns.contains(lemma) && !partNouns.contains(up.word().toLowerCase(Locale.ROOT))
                    && !eventHeadNouns.contains(lemma)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the parse of a sentence is one to read the surface instead: its root is no verb although the sentence
     * has a finite one ("On Friday, on Route 2 in Randolph, New Hampshire, ..., a pickup truck and ... collided" parsed
     * with "Hampshire" at the root). {@code inSentence} is any token of the sentence.
     */
    private static boolean brokenParse(List<Token> tokens, int inSentence) {
        int sentence = tokens.get(inSentence).sentence();
        int from = inSentence;
        while (from > 0 && tokens.get(from - 1).sentence() == sentence) {
            from--;
        }
        boolean finite = false;
        boolean verbRoot = false;
        for (int k = from; k < tokens.size() && tokens.get(k).sentence() == sentence; k++) {
            Token t = tokens.get(k);
            String pos = t.pos() == null ? "" : t.pos();
            // a copula or auxiliary is no verb of its own ("The suspect ... was in custody": "custody" is the root)
            boolean helper = t.rel() != null && (t.rel().startsWith("cop") || t.rel().startsWith("aux"));
            finite |= !helper && (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD"));
            verbRoot |= "root".equals(t.rel()) && pos.startsWith("VB");
        }
        return finite && !verbRoot;
    }

    /** Relations of a verb that heads a clause of its own. */
    private static final Set<String> CLAUSAL = Set.of("root", "advcl", "acl", "xcomp", "ccomp", "csubj", "conj",
            "parataxis", "dep");

    /** Words that open a phrase of what came before the clause: "following a wave of attacks", "after the raid". */
    private static final Set<String> BEFORE_THE_CLAUSE = Set.of("following", "after", "since", "before", "until",
            "till");

    /** Whether the trigger's phrase, below its clause head, opens with one of {@link #BEFORE_THE_CLAUSE}. */
    private static boolean after(List<Token> tokens, int trigger, int head) {
        for (int k = trigger, hops = 0; k >= 0 && k != head && hops < 12; k = tokens.get(k).head(), hops++) {
            for (int c = Math.max(0, k - 6); c < k; c++) {
                Token x = tokens.get(c);
                if (x.head() == k && ("case".equals(x.rel()) || "mark".equals(x.rel()))
                        && BEFORE_THE_CLAUSE.contains(x.word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The nearest verb at or above token t in the basic tree, or the root; -1 without a parse. */
    private static int clauseHead(List<Token> tokens, int t) {
        int k = t;
        for (int hops = 0; hops < 12 && k >= 0; hops++) {
            Token x = tokens.get(k);
            if (x.pos() != null && x.pos().startsWith("VB") || "root".equals(x.rel()) || x.head() < 0) {
                return k;
            }
            k = x.head();
        }
        return k;
    }

    /** A comma or semicolon between two offsets of a sentence: the date belongs to another clause. */
    private static boolean separated(AnnotatedArticle doc, AnnotatedArticle.Sentence s, int from, int to) {
        String between = doc.article().text().substring(Math.max(s.begin(), from), Math.min(s.end(), Math.max(from, to)));
        return between.contains(",") || between.contains(";");
    }

    /**
     * The day the lead (first sentence) names, when it names one no later than publication, and not the day of a
     * statement the lead reports ("On Saturday, ... Trump said Hamza bin Laden ... has been killed").
     */
    private static EventDates.When leadDate(AnnotatedArticle doc, int lead, List<StatementExtractor.Found> statements) {
        if (doc.sentences().isEmpty()) {
            return null;
        }
        LocalDate published = doc.article().published();
        for (NerMention m : doc.mentions()) {
            if (m.sentence() != lead || !givesDay(m)) {
                continue;
            }
            AnnotatedArticle.Sentence s = doc.sentences().get(lead);
            if (!insideStatement(m.begin(), statements) && statements.stream().map(f -> f.statement().span())
                    .anyMatch(c -> c.start() >= s.begin() && c.start() < s.end() && perfect(doc, c))) {
                continue;
            }
            EventDates.When w = EventDates.of(m.normalized(), m.text(), published, true, null);
            if (w != null && w.precision().equals("day")
                    && (published == null || !LocalDate.parse(w.date()).isAfter(published))) {
                return w;
            }
        }
        return null;
    }

    /** The lead: the first sentence, or the one after a dateline ("Tuesday, January 22, 2019" on a line of its own). */
    private static int leadSentence(AnnotatedArticle doc) {
        int lead = 0;
        while (lead < doc.sentences().size() - 1 && DATELINE.matcher(doc.sentences().get(lead).text().strip()).matches()) {
            lead++;
        }
        return lead;
    }

    private static final Pattern DATELINE = Pattern.compile("(?i)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*)?"
            + "(?:[a-z]+\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+[a-z]+,?\\s+\\d{4})\\.?");

    /** "the shooting", "the deadly attack": a trigger the article has introduced before. */
    private static boolean definite(AnnotatedArticle doc, int trigger) {
        List<Token> tokens = doc.tokens();
        for (int k = trigger - 1; k >= Math.max(0, trigger - 3) && tokens.get(k).sentence() == tokens.get(trigger)
                .sentence(); k--) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("the") || w.equals("this") || w.equals("that")) {
                return true;
            }
            String pos = tokens.get(k).pos() == null ? "" : tokens.get(k).pos();
            // (and the words of a trigger phrase read at its head: "the suicide attack", "the plane crash")
            if (!pos.startsWith("JJ") && !pos.equals("VBN") && !pos.startsWith("NN")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "he died at the hospital", "He was 101 and died of pneumonia": a personal pronoun as the subject, the nearest
     * before the trigger in its sentence with no name between (within a dozen words).
     */
    private static boolean pronounSubject(AnnotatedArticle doc, int trigger) {
        List<Token> tokens = doc.tokens();
        for (int k = trigger - 1; k >= Math.max(0, trigger - 12)
                && tokens.get(k).sentence() == tokens.get(trigger).sentence(); k--) {
            Token x = tokens.get(k);
            String w = x.word().toLowerCase(Locale.ROOT);
            if (w.equals("he") || w.equals("she")) {
                return true;
            }
            if ("PERSON".equals(x.ner()) || w.equals(",") || w.equals(";") || "WP".equals(x.pos())) {
                return false; // "his daughter said he died" passes; "Smith, who met him, died" does not
            }
        }
        return false;
    }

    /** "his death", "her resignation": a possessive pronoun just before the trigger. */
    private static boolean possessive(AnnotatedArticle doc, int trigger) {
        Token before = trigger > 0 ? doc.tokens().get(trigger - 1) : null;
        return before != null && before.sentence() == doc.tokens().get(trigger).sentence()
                && "PRP$".equals(before.pos());
    }

    /**
     * The event an undated "the shooting" refers back to: the latest of its family reported in the three sentences
     * before, unless both are placed in known places that do not meet.
     */
    private Building referredTo(List<Building> events, Building b, int sentence) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Building e = events.get(i);
            int last = e.sentences.stream().mapToInt(Integer::intValue).max().orElse(e.firstSentence);
            if (!words.familyOf(e.type).equals(words.familyOf(b.type)) || last < sentence - 3) {
                continue;
            }
            boolean judged = !e.places.isEmpty() && !b.places.isEmpty()
                    && e.places.stream().allMatch(p -> places.known(p.id()))
                    && b.places.stream().allMatch(p -> places.known(p.id()));
            if (judged && !places.overlap(ids(e.places), ids(b.places))) {
                return null;
            }
            return e;
        }
        return null;
    }

    /** One event: same family, compatible dates, and shared places, venue or targets (or nothing to compare). */
    private boolean sameEvent(Building a, Building b) {
        if (!words.familyOf(a.type).equals(words.familyOf(b.type))) {
            return false;
        }
        if (!a.targets.isEmpty() && !b.targets.isEmpty() && intersects(a.targets, b.targets)) {
            return true;
        }
        if (words.typeOf(a.type).person() && a.targets.stream().anyMatch(x -> b.targets.stream()
                .anyMatch(y -> surnameOf(x, y) || surnameOf(y, x)))) {
            return true; // "Tony Mendez died Saturday", "Mendez died of Parkinson's disease"
        }
        if (!EventDates.compatible(date(a), date(b))) {
            return false;
        }
        if (a.venue != null && b.venue != null && !a.venue.equals(b.venue)) {
            return false;
        }
        if (!a.targets.isEmpty() && !b.targets.isEmpty()) {
            return false;
        }
        return a.places.isEmpty() || b.places.isEmpty() || places.overlap(ids(a.places), ids(b.places));
    }

    /** Whether person b is named by the last word of person a's name ("person:mendez" of "person:tony-mendez"). */
    private static boolean surnameOf(NodeRef a, NodeRef b) {
        return a.label().equals("Person") && b.label().equals("Person") && !a.equals(b)
                && a.id().endsWith("-" + b.id().substring(b.id().indexOf(':') + 1));
    }

    private static List<String> ids(Set<NodeRef> refs) {
        return refs.stream().map(NodeRef::id).toList();
    }

    private static String date(Building b) {
        return b.when == null ? null : b.when.date();
    }

    private static boolean intersects(Set<NodeRef> a, Set<NodeRef> b) {
        return a.stream().anyMatch(b::contains);
    }

    private void merge(Building into, Building from) {
        // the more precise date wins; of two days, the earlier: later mentions tend to date the report, not the event
        if (from.when != null && (into.when == null || !into.when.precision().equals("day")
                && from.when.precision().equals("day")
                || into.when.precision().equals("day") && from.when.precision().equals("day")
                && from.when.date().compareTo(into.when.date()) < 0)) {
            into.when = from.when;
        }
        // the more specific type of a family ("hijacking" over "attack"), but never a consequence ("explosion")
        if (!words.familyOf(from.type).equals(from.type) && words.familyOf(into.type).equals(into.type)
                && !words.typeOf(from.type).consequence()
                || words.typeOf(into.type).consequence() && !words.typeOf(from.type).consequence()) {
            into.type = from.type;
        }
        if (into.name == null) {
            into.name = from.name;
        }
        into.places.addAll(from.places);
        into.targets.addAll(from.targets);
        from.participants.forEach(into.participants::putIfAbsent);
        if (into.venue == null) {
            into.venue = from.venue;
        }
        if (into.firstPlaceText == null) {
            into.firstPlaceText = from.firstPlaceText;
        }
        into.sentences.addAll(from.sentences);
    }

    /** The speakers of a debate: who made statements from its first report until another debate's. */
    private static void debateSpeakers(List<Building> events, List<StatementExtractor.Found> statements) {
        List<Building> debates = events.stream().filter(e -> e.type.equals("debate")).toList();
        for (int i = 0; i < debates.size(); i++) {
            Building d = debates.get(i);
            int from = d.firstSentence;
            int to = i + 1 < debates.size() ? debates.get(i + 1).firstSentence : Integer.MAX_VALUE;
            for (StatementExtractor.Found f : statements) {
                NodeRef sp = f.statement().speaker();
                if (sp != null && sp.label().equals("Person") && f.sentence() >= from && f.sentence() < to) {
                    d.participants.putIfAbsent(sp, "speaker");
                }
            }
        }
    }

    /**
     * The event a casualty figure counts the victims of: an attack its own sentence reports, else another event with
     * casualties that it reports ("killed in sweeping operations", "since the protests began"); else an attack in
     * the two sentences before; else the article's main attack; else an event with casualties in the two sentences
     * before, or the article's main one of them. (A protest an aside mentions two sentences before does not take the
     * attack's toll.)
     */
    private Building casualtyEventFor(Map<Integer, List<Building>> bySentence, int sentence, Building mainAttack,
                                      Building mainWithCasualties) {
        Building own = null;
        for (Building b : bySentence.getOrDefault(sentence, List.of())) {
            if (words.familyOf(b.type).equals("attack")) {
                return b;
            }
            if (own == null && words.countsCasualties(b.type)) {
                own = b;
            }
        }
        if (own != null) {
            return own; // "177 insurgents were killed in sweeping counterterror operations"
        }
        Building attack = eventFor(bySentence, sentence, "attack");
        if (attack != null) {
            return attack;
        }
        if (mainAttack != null) {
            return mainAttack;
        }
        Building near = eventFor(bySentence, sentence, Claim.CASUALTY);
        return near != null ? near : mainWithCasualties;
    }

    private Building eventFor(Map<Integer, List<Building>> bySentence, int sentence, String kind) {
        for (int s = sentence; s >= Math.max(0, sentence - 2); s--) {
            for (Building b : bySentence.getOrDefault(s, List.of())) {
                String family = words.familyOf(b.type);
                if (family.equals("attack") || kind.equals(Claim.CASUALTY) && words.countsCasualties(b.type)) {
                    return b;
                }
            }
        }
        return null;
    }

    private static int sentenceAt(AnnotatedArticle doc, int offset) {
        for (AnnotatedArticle.Sentence s : doc.sentences()) {
            if (s.begin() <= offset && offset < Math.max(s.end(), s.begin() + 1)) {
                return s.index();
            }
        }
        return -1;
    }

    private static String slugOf(NodeRef ref) {
        return ref.id().substring(ref.id().indexOf(':') + 1);
    }

    private static String displayName(Building b) {
        if (b.name != null) {
            return b.name;
        }
        StringBuilder sb = new StringBuilder(b.type);
        if (b.firstPlaceText != null) {
            sb.append(" in ").append(b.firstPlaceText);
        }
        if (b.when != null) {
            sb.append(", ").append(b.when.date());
        }
        return sb.toString();
    }
}
