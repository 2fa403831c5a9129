package io.newsgraph.ingest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words that make statements and claims, from {@code statements.yaml}. A statement's {@code kind} comes from the
 * list its cue is in: speech ({@code speechVerbs}), belief ({@code beliefVerbs}), stance ({@code stanceVerbs}) or
 * evidence ({@code evidenceVerbs} with an {@code evidenceNouns} subject: "a poll shows") or topic (a verb of saying or
 * {@code topicVerbs} with a {@code topicPrepositions} phrase and no content: "spoke about the economy"; one of
 * {@code topicObjectVerbs} with its object: "mentioned the debate") or intention ({@code planVerbs} with an
 * infinitive: "plans to visit Mexico"; {@code proposalVerbs} also with an object: "proposed a tax cut").
 */
public record StatementWords(Set<String> speechVerbs, Set<String> allegationVerbs, List<String> accusationWords,
                             Set<String> statementNouns, Map<String, List<String>> casualtyCategories,
                             Map<String, List<String>> casualtyOutcomes, List<String> qualifiers,
                             List<String> responsibilityPhrases, Set<String> beliefVerbs,
                             Set<String> intentionVerbs, Set<String> stanceVerbs, Set<String> evidenceVerbs,
                             Set<String> evidenceNouns, Set<String> representativeNouns,
                             Set<String> clauseSpeechVerbs, Set<String> voiceNouns, Set<String> claimVerbs,
                             Set<String> demandVerbs, Map<String, String> typeNouns, Set<String> sourceWithVerbs,
                             Map<String, List<String>> casualtyScope, Set<String> commitmentVerbs,
                             Set<String> speechNouns, Set<String> beliefNouns, Set<String> topicVerbs,
                             Set<String> topicPrepositions, Set<String> planVerbs, Set<String> proposalVerbs,
                             Set<String> topicObjectVerbs, Set<String> failVerbs, Set<String> personStanceVerbs,
                             Map<String, Set<String>> stancePrepositions, Set<String> agentNouns,
                             Map<String, String> honorificGenders, Set<String> officeQualifiers,
                             Set<String> partNouns, Set<String> blameVerbs, Set<String> postNouns,
                             Set<String> issueVerbs, List<List<String>> officeSynonyms,
                             Map<String, List<String>> documentOwners, Set<String> quoteVerbs,
                             Map<String, String> givenNameGenders, Set<String> takenObjects,
                             Set<String> workNouns, Set<String> namingWords) {

    public static final String SPEECH = "speech";
    public static final String BELIEF = "belief";
    public static final String STANCE = "stance";
    public static final String EVIDENCE = "evidence";
    /** What someone spoke about, not what they said: "Clinton spoke out about the death of Terence Crutcher". */
    public static final String TOPIC = "topic";
    /** What someone plans, seeks, offers, agrees or refuses to do: "Trump plans to visit Mexico". */
    public static final String INTENTION = "intention";

    /** The kind of statement a cue lemma makes, or null when it is no cue. Speech wins over the other lists. */
    public String kindOf(String lemma) {
        if (speechVerbs.contains(lemma) || clauseSpeechVerbs.contains(lemma)) {
            return SPEECH;
        }
        if (beliefVerbs.contains(lemma) || intentionVerbs.contains(lemma)) {
            return BELIEF;
        }
        if (isStanceVerb(lemma) || personStanceVerbs.contains(lemma)) {
            return STANCE;
        }
        if (evidenceVerbs.contains(lemma)) {
            return EVIDENCE;
        }
        if (planVerbs.contains(lemma) || proposalVerbs.contains(lemma)) {
            return INTENTION;
        }
        if (topicVerbs.contains(lemma) || topicObjectVerbs.contains(lemma)) {
            return TOPIC;
        }
        return null;
    }

    /** A verb of {@code stanceVerbs}, alone or listed with its preposition ("rail against"). */
    public boolean isStanceVerb(String lemma) {
        return stanceVerbs.contains(lemma) || stancePrepositions.containsKey(lemma);
    }

    /** The other words for the office a last word names ("secretary" for "minister"), from {@code officeSynonyms}. */
    public List<String> synonymsOf(String word) {
        List<String> out = new java.util.ArrayList<>();
        for (List<String> group : officeSynonyms) {
            if (group.contains(word)) {
                group.stream().filter(w -> !w.equals(word)).forEach(out::add);
            }
        }
        return out;
    }

    /** The words of one list of {@code casualtyScope} ("part", "increment", "deathNouns", "tollNouns"). */
    public List<String> scopeWords(String list) {
        return casualtyScope.getOrDefault(list, List.of());
    }

    public static final String RESOURCE = "/newsgraph/statements.yaml";

    private record Raw(List<String> speechVerbs, List<String> allegationVerbs, List<String> accusationWords,
                       List<String> statementNouns, Map<String, List<String>> casualtyCategories,
                       Map<String, List<String>> casualtyOutcomes, List<String> qualifiers,
                       List<String> responsibilityPhrases, List<String> beliefVerbs, List<String> intentionVerbs,
                       List<String> stanceVerbs, List<String> evidenceVerbs, List<String> evidenceNouns,
                       List<String> representativeNouns, List<String> clauseSpeechVerbs, List<String> voiceNouns,
                       List<String> claimVerbs, List<String> demandVerbs, Map<String, List<String>> typeNouns,
                       List<String> sourceWithVerbs, Map<String, List<String>> casualtyScope,
                       List<String> commitmentVerbs, List<String> speechNouns, List<String> beliefNouns,
                       List<String> topicVerbs, List<String> topicPrepositions, List<String> planVerbs,
                       List<String> proposalVerbs, List<String> topicObjectVerbs, List<String> failVerbs,
                       List<String> personStanceVerbs, List<String> agentNouns,
                       Map<String, List<String>> honorificGenders, List<String> officeQualifiers,
                       List<String> partNouns, List<String> blameVerbs, List<String> postNouns,
                       List<String> issueVerbs, List<List<String>> officeSynonyms,
                       Map<String, List<String>> documentOwners, List<String> quoteVerbs,
                       Map<String, List<String>> givenNameGenders, List<String> takenObjects,
                       List<String> workNouns, List<String> namingWords) {
    }

    /** The built-in words. */
    public static StatementWords defaults() {
        return load(null);
    }

    /** The words of a user's file in place of the built-in ones (the same format); null means the built-in. */
    public static StatementWords load(Path file) {
        Raw r = YamlData.read(file, RESOURCE, Raw.class);
        if (r.givenNameGenders() != null) {
            // a name in two lists would tell nothing: the file says which, rather than one list silently winning
            Map<String, String> seen = new LinkedHashMap<>();
            r.givenNameGenders().forEach((gender, names) -> (names == null ? List.<String>of() : names).forEach(n -> {
                String other = seen.put(lower(n), gender);
                if (other != null && !other.equals(gender)) {
                    throw new IllegalArgumentException("givenNameGenders: '" + n + "' is in both " + other + " and "
                            + gender);
                }
            }));
        }
        return new StatementWords(set(r.speechVerbs()), set(r.allegationVerbs()), list(r.accusationWords()),
                set(r.statementNouns()), map(r.casualtyCategories()), map(r.casualtyOutcomes()),
                list(r.qualifiers()), list(r.responsibilityPhrases()), set(r.beliefVerbs()), set(r.intentionVerbs()),
                set(r.stanceVerbs()), set(r.evidenceVerbs()), set(r.evidenceNouns()), set(r.representativeNouns()),
                set(r.clauseSpeechVerbs()), set(r.voiceNouns()), set(r.claimVerbs()),
                set(r.demandVerbs()), byWord(r.typeNouns()), set(r.sourceWithVerbs()), map(r.casualtyScope()),
                set(r.commitmentVerbs()), set(r.speechNouns()), set(r.beliefNouns()), set(r.topicVerbs()),
                set(r.topicPrepositions()), set(r.planVerbs()), set(r.proposalVerbs()), set(r.topicObjectVerbs()),
                set(r.failVerbs()), set(r.personStanceVerbs()), phrases(r.stanceVerbs()), set(r.agentNouns()),
                byWord(r.honorificGenders()), set(r.officeQualifiers()), set(r.partNouns()), set(r.blameVerbs()),
                set(r.postNouns()), set(r.issueVerbs()), r.officeSynonyms() == null ? List.of()
                : r.officeSynonyms().stream().map(g -> g.stream().map(StatementWords::lower).toList()).toList(),
                owners(r.documentOwners()), set(r.quoteVerbs()), byWord(r.givenNameGenders()),
                set(r.takenObjects()), set(r.workNouns()), set(r.namingWords()));
    }

    /** The entries "verb preposition" of a list ("rail against") as verb -> prepositions. */
    private static Map<String, Set<String>> phrases(List<String> entries) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String e : entries == null ? List.<String>of() : entries) {
            String[] parts = lower(e).split("\\s+");
            if (parts.length == 2) {
                out.computeIfAbsent(parts[0], k -> new java.util.HashSet<>()).add(parts[1]);
            }
        }
        Map<String, Set<String>> frozen = new LinkedHashMap<>();
        out.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return Map.copyOf(frozen);
    }

    /** {owner: [nouns]} as noun -> owners, in the file's order. */
    private static Map<String, List<String>> owners(Map<String, List<String>> m) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (m != null) {
            m.forEach((owner, nouns) -> nouns.forEach(n -> out.computeIfAbsent(lower(n), k -> new java.util.ArrayList<>())
                    .add(lower(owner))));
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Map.copyOf(frozen);
    }

    /** {label: [nouns]} as noun -> label. */
    private static Map<String, String> byWord(Map<String, List<String>> m) {
        Map<String, String> out = new LinkedHashMap<>();
        if (m != null) {
            m.forEach((label, nouns) -> nouns.forEach(n -> out.putIfAbsent(lower(n), label)));
        }
        return Map.copyOf(out);
    }

    private static Set<String> set(List<String> words) {
        return words == null ? Set.of() : words.stream().map(StatementWords::lower).collect(Collectors.toSet());
    }

    private static List<String> list(List<String> words) {
        return words == null ? List.of() : words.stream().map(StatementWords::lower).toList();
    }

    private static Map<String, List<String>> map(Map<String, List<String>> m) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (m != null) {
            m.forEach((k, v) -> out.put(k, list(v)));
        }
        return out;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).strip();
    }
}
