package io.newsgraph.ingest;

import java.text.Normalizer;
import java.util.Locale;

/** Comparison keys for names: the same name in other case, accents, apostrophes or hyphenation gives one key. */
public final class Names {

    private Names() {
    }

    /** Lower case ASCII words separated by single spaces; a leading "the" and any possessive "'s" dropped. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("['\u2019`]s\\b", "").replaceAll("['\u2019`]", "");
        s = s.replaceAll("[^a-z0-9]+", " ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /** A surface form tidied for display: outer quotes and punctuation, a leading "the" and a possessive removed. */
    public static String clean(String surface) {
        // ("'s Institute for Health Metrics", the rest of "the University of Washington's Institute ..." after a
        // known name the tagger cut out of it)
        String s = surface.strip().replaceAll("\\s+", " ").replaceFirst("^['\u2019]s\\s+", "");
        s = s.replaceAll("^[\"'\u2018\u2019\u201C\u201D(\\[]+|[\"'\u2018\u2019\u201C\u201D)\\],.;:]+$", "");
        s = s.replaceAll("['\u2019]s$", "").replaceAll("['\u2019]$", "");
        if (s.regionMatches(true, 0, "the ", 0, 4)) {
            s = s.substring(4);
        }
        return s.strip();
    }

    /** True for an all-capitals token of 2 to 8 letters, possibly with digits or a hyphen: BLA, PML-N, JUI-F. */
    public static boolean isAcronym(String s) {
        return s.matches("[A-Z][A-Z0-9&-]{1,7}") && s.chars().filter(Character::isLetter).count() >= 2;
    }
}
