package io.newsgraph.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Cue words from {@code cues.yaml}: what types an unknown organisation, what is a title, what is never a name. */
public record Cues(Set<String> partyNameWords, Set<String> groupNameWords, Set<String> partyContextWords,
                   Set<String> groupContextWords, Set<String> organisationNameWords, Set<String> honorifics,
                   Set<String> notNames, Set<String> peoples, Set<String> genericOrganisationWords,
                   Set<String> roleWords, Set<String> roleModifiers, Set<String> genericNameWords,
                   Spelling spelling, Set<String> placeHeadWords, Set<String> personVerbs,
                   Set<String> personNouns, Set<String> organisationHeadWords, Set<String> placeLeadWords,
                   Set<String> siteHeadWords, Set<String> regnalTitles,
                   Set<String> definiteBodyWords, Set<String> eponymNouns,
                   Set<String> placeKindWords, Set<String> mediumKinds, Set<String> outletKinds) {

    public static final String RESOURCE = "/newsgraph/cues.yaml";

    private record Raw(List<String> partyNameWords, List<String> groupNameWords, List<String> partyContextWords,
                       List<String> groupContextWords, List<String> organisationNameWords, List<String> honorifics,
                       List<String> notNames, List<String> peoples, List<String> genericOrganisationWords,
                       List<String> roleWords, List<String> roleModifiers, List<String> genericNameWords,
                       List<String> spellingParticles, Map<String, String> spellingFolds,
                       List<String> spellingPlaceSuffixes, List<String> placeHeadWords, List<String> personVerbs,
                       List<String> personNouns, List<String> organisationHeadWords, List<String> placeLeadWords,
                       List<String> siteHeadWords, List<String> regnalTitles,
                       List<String> definiteBodyWords, List<String> eponymNouns,
                       List<String> placeKindWords, List<String> mediumKinds, List<String> outletKinds) {
    }

    /** The built-in words. */
    public static Cues defaults() {
        return load(null);
    }

    /** The words of a user's file in place of the built-in ones (the same format); null means the built-in. */
    public static Cues load(Path file) {
        Raw r = YamlData.read(file, RESOURCE, Raw.class);
        return new Cues(lower(r.partyNameWords()), lower(r.groupNameWords()), lower(r.partyContextWords()),
                lower(r.groupContextWords()), lower(r.organisationNameWords()), lower(r.honorifics()),
                lower(r.notNames()), lower(r.peoples()), lower(r.genericOrganisationWords()),
                lower(r.roleWords()), lower(r.roleModifiers()), lower(r.genericNameWords()),
                new Spelling(lower(r.spellingParticles()), r.spellingFolds() == null ? Map.of() : r.spellingFolds(),
                        r.spellingPlaceSuffixes() == null ? List.of() : r.spellingPlaceSuffixes()),
                lower(r.placeHeadWords()), lower(r.personVerbs()), lower(r.personNouns()),
                lower(r.organisationHeadWords()), lower(r.placeLeadWords()),
                lower(r.siteHeadWords()), lower(r.regnalTitles()), lower(r.definiteBodyWords()),
                lower(r.eponymNouns()), lower(r.placeKindWords()), lower(r.mediumKinds()), lower(r.outletKinds()));
    }

    private static Set<String> lower(List<String> words) {
        return words == null ? Set.of()
                : words.stream().map(w -> w.toLowerCase(Locale.ROOT).strip()).collect(Collectors.toUnmodifiableSet());
    }

    /** True when the text, as lower-case words, holds one of the cue phrases as whole words. */
    public static boolean containsAny(String text, Set<String> phrases) {
        String padded = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'\u2019-]+", " ") + " ";
        for (String p : phrases) {
            if (padded.contains(" " + p + " ")) {
                return true;
            }
        }
        return false;
    }
}
