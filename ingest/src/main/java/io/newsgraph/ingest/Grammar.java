package io.newsgraph.ingest;

import io.newsgraph.ingest.AnnotatedArticle.Dependency;
import io.newsgraph.ingest.AnnotatedArticle.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The dependency parse of an article, indexed for the questions the extractors ask of it: the subject of a verb,
 * its clausal complement, the words a phrase spans. Relations are Universal Dependencies; a relation asked for as
 * "nsubj" also matches its subtypes ("nsubj:xsubj", a subject shared by a controlled verb), "obl" matches
 * "obl:according_to". A sentence annotated without a parse answers every question with nothing.
 */
final class Grammar {

    private final List<Token> tokens;
    private final List<List<Dependency>> out;
    private final List<List<Dependency>> in;
    private final List<List<Integer>> children;

    Grammar(AnnotatedArticle doc) {
        this.tokens = doc.tokens();
        int n = tokens.size();
        out = new ArrayList<>(n);
        in = new ArrayList<>(n);
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>(2));
            in.add(new ArrayList<>(1));
            children.add(new ArrayList<>(2));
        }
        for (Dependency d : doc.dependencies()) {
            if (d.governor() < n && d.dependent() < n) {
                out.get(d.governor()).add(d);
                in.get(d.dependent()).add(d);
            }
        }
        for (Token t : tokens) {
            if (t.head() >= 0 && t.head() < n) {
                children.get(t.head()).add(t.index());
            }
        }
    }

    /**
     * Whether the sentence of token t was parsed: only sentences with a cue word or a quotation are (see
     * {@link Annotator#needsParse}); in the others every question about t answers nothing.
     */
    boolean parsed(int t) {
        return t >= 0 && t < tokens.size() && tokens.get(t).rel() != null;
    }

    static boolean is(String rel, String wanted) {
        return rel != null && (rel.equals(wanted) || rel.startsWith(wanted + ":"));
    }

    /** The basic-tree relation of token t to its head ("root" for the sentence's root), or null without a parse. */
    String rel(int t) {
        return tokens.get(t).rel();
    }

    /** The basic-tree head of token t, or -1. */
    int head(int t) {
        return tokens.get(t).head();
    }

    /** The enhanced-graph dependents of t by one of these relations, in text order. */
    List<Integer> dependents(int t, String... rels) {
        List<Integer> found = ends(out.get(t), true, rels);
        found.sort(Integer::compare);
        return found;
    }

    /** The enhanced-graph governors of t by one of these relations. */
    List<Integer> governors(int t, String... rels) {
        return ends(in.get(t), false, rels);
    }

    /** The other end (dependent or governor) of each of these edges whose relation is one of these, once each. */
    private static List<Integer> ends(List<Dependency> edges, boolean dependent, String... rels) {
        List<Integer> found = new ArrayList<>();
        for (Dependency d : edges) {
            int end = dependent ? d.dependent() : d.governor();
            for (String r : rels) {
                if (is(d.rel(), r) && !found.contains(end)) {
                    found.add(end);
                }
            }
        }
        return found;
    }

    /**
     * The active subjects of a verb: "nsubj" and a subject shared from another verb ("nsubj:xsubj"; the enhanced graph
     * also gives each coordinated verb its subject), not the passive subject ("nsubj:pass": what was said, not who).
     * A name just after a preposition is that preposition's object, whatever the basic parse made of it ("posted a
     * message on Twitter blaming Iran": Pompeo blamed, not Twitter); a subject only the enhanced graph gives stays
     * ("claimed by ISIS, which said": the relative pronoun's noun).
     */
    List<Integer> subjects(int v) {
        List<Integer> found = new ArrayList<>();
        for (Dependency d : out.get(v)) {
            if (is(d.rel(), "nsubj") && !d.rel().equals("nsubj:pass") && !found.contains(d.dependent())
                    && !(afterPreposition(d.dependent()) && tokens.get(d.dependent()).head() == v)) {
                found.add(d.dependent());
            }
        }
        found.sort(Integer::compare);
        return found;
    }

    // (not "with", "of": "with officials saying", "a number of senators condemned" have their subject there)
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("on", "in", "at", "from", "by",
            "into", "onto", "via");

    /** Whether the word before t, in its sentence, is a preposition of place or means ("on Twitter"). */
    private boolean afterPreposition(int t) {
        if (t <= 0 || tokens.get(t - 1).sentence() != tokens.get(t).sentence()) {
            return false;
        }
        Token before = tokens.get(t - 1);
        return "IN".equals(before.pos()) && PREPOSITIONS.contains(before.word().toLowerCase(java.util.Locale.ROOT));
    }

    /** Basic-tree children of t, in text order. */
    List<Integer> children(int t) {
        return children.get(t);
    }

    /** The first and last token of t's basic subtree. */
    int[] subtree(int t) {
        int[] span = {t, t};
        grow(t, span, -1, 0);
        return span;
    }

    /** The first and last token of t's basic subtree without the subtree of {@code without}. */
    int[] subtreeWithout(int t, int without) {
        int[] span = {t, t};
        grow(t, span, without, 0);
        return span;
    }

    private void grow(int t, int[] span, int without, int depth) {
        if (depth > 200) {
            return; // a parse is a tree; this only guards against a malformed one
        }
        for (int c : children.get(t)) {
            if (c == without) {
                continue;
            }
            span[0] = Math.min(span[0], c);
            span[1] = Math.max(span[1], c);
            grow(c, span, without, depth + 1);
        }
    }
}
