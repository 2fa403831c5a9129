package io.newsgraph.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The words that make statements and claims, from {@code statements.yaml}. */
public record StatementWords(Set<String> speechVerbs, Set<String> allegationVerbs, List<String> accusationWords,
                             Set<String> statementNouns, Map<String, List<String>> casualtyCategories,
                             Map<String, List<String>> casualtyOutcomes, List<String> qualifiers,
                             List<String> responsibilityPhrases) {

    public static final String RESOURCE = "/newsgraph/statements.yaml";

    private record Raw(List<String> speechVerbs, List<String> allegationVerbs, List<String> accusationWords,
                       List<String> statementNouns, Map<String, List<String>> casualtyCategories,
                       Map<String, List<String>> casualtyOutcomes, List<String> qualifiers,
                       List<String> responsibilityPhrases) {
    }

    public static StatementWords defaults() {
        Raw r = YamlData.resource(RESOURCE, Raw.class);
        return new StatementWords(set(r.speechVerbs()), set(r.allegationVerbs()), list(r.accusationWords()),
                set(r.statementNouns()), map(r.casualtyCategories()), map(r.casualtyOutcomes()),
                list(r.qualifiers()), list(r.responsibilityPhrases()));
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
