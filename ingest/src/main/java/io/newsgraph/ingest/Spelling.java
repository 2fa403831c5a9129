package io.newsgraph.ingest;

import io.newsgraph.model.EntityType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How names are folded before they are compared for spelling variants ("Sarfraz" / "Sarfaraz", "Tehreek-e-Insaf" /
 * "Tehrik-i-Insaf", "Balochistan Liberation Army" / "Baloch Liberation Army"): from {@code cues.yaml}.
 *
 * @param particles     joining words dropped ("e" of "Tehreek-e-Insaf", "al", "the")
 * @param folds         letter groups written one way, in order ("ee" -> "i", "ph" -> "f", "w" -> "v")
 * @param placeSuffixes endings dropped from the words of names other than persons' ("istan": "Balochistan" is
 *                      "Baloch"), when the word is longer than the ending by two letters or more
 */
public record Spelling(Set<String> particles, Map<String, String> folds, List<String> placeSuffixes) {

    public Spelling {
        particles = Set.copyOf(particles);
        folds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(folds));
        placeSuffixes = List.copyOf(placeSuffixes);
    }

    /** Name words folded for spelling: ASCII, lower case, the folds applied, particles and place endings dropped. */
    public List<String> words(String name, EntityType type) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("['\u2019`]", "");
        List<String> out = new ArrayList<>();
        for (String w : s.split("[^a-z0-9]+")) {
            if (w.isEmpty() || particles.contains(w)) {
                continue;
            }
            for (Map.Entry<String, String> f : folds.entrySet()) {
                w = w.replace(f.getKey(), f.getValue());
            }
            if (type != EntityType.PERSON) {
                for (String suffix : placeSuffixes) {
                    if (w.length() > suffix.length() + 1 && w.endsWith(suffix)) {
                        w = w.substring(0, w.length() - suffix.length());
                        break;
                    }
                }
            }
            out.add(w);
        }
        return out;
    }
}
