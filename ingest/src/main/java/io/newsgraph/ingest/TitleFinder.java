package io.newsgraph.ingest;

import io.newsgraph.ingest.AnnotatedArticle.NerMention;
import io.newsgraph.ingest.AnnotatedArticle.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the titles a text gives a person and the organisations it ties them to, from the words around the name:
 * a title before it ("Defence Minister Khawaja Asif", "Pakistan Tehreek-e-Insaf (PTI) Chairman Barrister Gohar Ali
 * Khan", "former prime minister Raja Pervez Ashraf"), an apposition after it ("Achakzai, the opposition leader,") and
 * an affiliation after it ("Asad Qaiser of the PTI"). A title must end in a role word from {@code cues.yaml}.
 */
final class TitleFinder {

    /** A person's tie to the organisation named by mention {@code orgMention}, with the role, or null. */
    record Affiliation(int orgMention, String role) {
    }

    record Found(Set<String> titles, List<Affiliation> affiliations) {
        static final Found NONE = new Found(Set.of(), List.of());
    }

    private static final Set<String> CONNECTORS = Set.of("of", "to", "for", "and", "on");
    private static final Set<String> OPEN = Set.of("(", "-LRB-");
    private static final Set<String> CLOSE = Set.of(")", "-RRB-");
    private static final int MAX_RUN = 10;

    private final Cues cues;

    TitleFinder(Cues cues) {
        this.cues = cues;
    }

    /**
     * @param doc       the article
     * @param person    index of the person's mention in {@code doc.mentions()}
     * @param mentionAt for each token, the index of the mention covering it, or -1; a mention that names no
     *                  entity (a generic word the tagger took for a name) should be left out
     */
    Found find(AnnotatedArticle doc, int person, int[] mentionAt) {
        NerMention m = doc.mentions().get(person);
        if (m.firstToken() < 0 || doc.tokens().isEmpty()) {
            return Found.NONE;
        }
        Set<String> titles = new LinkedHashSet<>();
        List<Affiliation> affiliations = new ArrayList<>();
        before(doc, m, mentionAt, titles, affiliations);
        after(doc, m, mentionAt, titles, affiliations);
        return new Found(titles, affiliations);
    }

    /** A run of title words ending just before the name. */
    private void before(AnnotatedArticle doc, NerMention m, int[] mentionAt, Set<String> titles,
                        List<Affiliation> affiliations) {
        List<Token> tokens = doc.tokens();
        int i = m.firstToken() - 1;
        // honorifics between title and name ("Chairman Barrister Gohar Ali Khan")
        while (i >= 0 && sameSentence(tokens, i, m) && isHonorific(tokens.get(i))) {
            titles.add(tokens.get(i).word());
            i--;
        }
        if (i > 0 && tokens.get(i).word().equals(",") && sameSentence(tokens, i, m)) {
            roleInOrganisation(doc, i - 1, m, mentionAt, titles, affiliations, i < m.firstToken() - 1);
            return;
        }
        int end = i;
        List<Integer> orgs = new ArrayList<>();
        int start = end + 1;
        int steps = 0;
        while (i >= 0 && sameSentence(tokens, i, m) && steps++ < MAX_RUN) {
            Token t = tokens.get(i);
            int covering = mentionAt[i];
            if (covering >= 0) {
                NerMention c = doc.mentions().get(covering);
                if (!c.type().equals("ORGANIZATION") && !isPlace(c.type())) {
                    break;
                }
                if (c.type().equals("ORGANIZATION")) {
                    orgs.add(0, covering);
                }
                start = c.firstToken();
                i = c.firstToken() - 1;
                continue;
            }
            if (OPEN.contains(t.word()) || CLOSE.contains(t.word()) || isTitleWord(t)) {
                start = i;
                i--;
                continue;
            }
            if (CONNECTORS.contains(t.word().toLowerCase(Locale.ROOT)) && i + 1 <= end
                    && Character.isUpperCase(tokens.get(i + 1).word().charAt(0))) {
                start = i;
                i--;
                continue;
            }
            break;
        }
        // a word cut off from a token it is written onto ("JUI-F": the run may stop inside it) is not a title word
        while (start <= end && start > 0 && tokens.get(start).begin() == tokens.get(start - 1).end()) {
            start++;
        }
        if (start > end) {
            return;
        }
        // The role is what follows the last organisation of the run; it must end with a role word.
        int roleStart = start;
        if (!orgs.isEmpty()) {
            NerMention lastOrg = doc.mentions().get(orgs.get(orgs.size() - 1));
            roleStart = lastOrg.lastToken() + 1;
            // a closing bracket, or a piece written onto the name ("JUI-F": "JUI" "-F"), still belongs to it
            while (roleStart <= end && (CLOSE.contains(tokens.get(roleStart).word())
                    || tokens.get(roleStart).begin() == tokens.get(roleStart - 1).end())) {
                roleStart++;
            }
        }
        while (roleStart <= end && isConnectorOrBracket(tokens.get(roleStart))) {
            roleStart++;
        }
        if (roleStart > end || !endsWithRole(tokens, roleStart, end) && !endsWithRoleOfPlace(doc, roleStart, end,
                mentionAt)) {
            return;
        }
        String role = text(doc, tokens.get(roleStart).begin(), tokens.get(end).end());
        titles.add(role);
        for (int org : orgs) {
            affiliations.add(new Affiliation(org, role));
        }
    }

    /** "opposition leader in the National Assembly, Gohar Ayub Khan": a role in an organisation, then a comma. */
    private void roleInOrganisation(AnnotatedArticle doc, int i, NerMention m, int[] mentionAt, Set<String> titles,
                                    List<Affiliation> affiliations, boolean honorific) {
        List<Token> tokens = doc.tokens();
        // (or "of" a place with an honorific before the name: "the Prime Minister of Singapore, Mr. Lee Hsien
        // Loong", a title with no organisation; not "After meeting the prime minister of Pakistan, Kerry said")
        boolean place = honorific && i >= 0 && mentionAt[i] >= 0 && isPlace(doc.mentions().get(mentionAt[i]).type());
        if (i < 0 || mentionAt[i] < 0 || !doc.mentions().get(mentionAt[i]).type().equals("ORGANIZATION") && !place) {
            return;
        }
        int org = mentionAt[i];
        int j = doc.mentions().get(org).firstToken() - 1;
        while (j >= 0 && isDeterminer(tokens.get(j))) {
            j--;
        }
        if (j < 1 || !Set.of("in", "of", "at").contains(tokens.get(j).word().toLowerCase(Locale.ROOT))
                || place && !tokens.get(j).word().equalsIgnoreCase("of")) {
            return;
        }
        int end = j - 1;
        int start = end;
        while (start - 1 >= 0 && sameSentence(tokens, start - 1, m) && mentionAt[start - 1] < 0
                && isTitleWord(tokens.get(start - 1)) && end - start < MAX_RUN) {
            start--;
        }
        if (mentionAt[end] >= 0 || !isTitleWord(tokens.get(end)) || !endsWithRole(tokens, start, end)) {
            return;
        }
        String role = text(doc, tokens.get(start).begin(), tokens.get(end).end());
        titles.add(role);
        if (!place) {
            affiliations.add(new Affiliation(org, role));
        }
    }

    /** ", the opposition leader," and "of the Pakistan Peoples Party" after the name. */
    private void after(AnnotatedArticle doc, NerMention m, int[] mentionAt, Set<String> titles,
                       List<Affiliation> affiliations) {
        List<Token> tokens = doc.tokens();
        int i = m.lastToken() + 1;
        if (i >= tokens.size() || !sameSentence(tokens, i, m)) {
            return;
        }
        if (tokens.get(i).word().equals(",")) {
            int j = i + 1;
            while (j < tokens.size() && isDeterminer(tokens.get(j))) {
                j++;
            }
            int start = j;
            List<Integer> orgs = new ArrayList<>();
            int lastRoleEnd = -1;
            while (j < tokens.size() && sameSentence(tokens, j, m) && j - start < MAX_RUN) {
                int covering = mentionAt[j];
                if (covering >= 0) {
                    NerMention c = doc.mentions().get(covering);
                    if (!c.type().equals("ORGANIZATION") && !isPlace(c.type())) {
                        break;
                    }
                    if (c.type().equals("ORGANIZATION")) {
                        orgs.add(covering);
                    }
                    j = c.lastToken() + 1;
                    continue;
                }
                Token t = tokens.get(j);
                if (isTitleWord(t)) {
                    if (endsWithRole(tokens, start, j)) {
                        lastRoleEnd = j;
                    }
                    j++;
                    continue;
                }
                break;
            }
            boolean closes = j >= tokens.size() || !sameSentence(tokens, j, m)
                    || Set.of(",", ".", ";", "of", "in", "at", "for", "said", "says").contains(tokens.get(j).word());
            if (lastRoleEnd >= start && closes && lastRoleEnd == j - 1) {
                int roleStart = start;
                for (int org : orgs) {
                    roleStart = Math.max(roleStart, doc.mentions().get(org).lastToken() + 1);
                }
                if (roleStart <= lastRoleEnd) {
                    String role = text(doc, tokens.get(roleStart).begin(), tokens.get(lastRoleEnd).end());
                    titles.add(role);
                    orgs.forEach(o -> affiliations.add(new Affiliation(o, role)));
                    i = j;
                }
            }
        }
        // "... of the Pakistan Peoples Party (PPP)"
        if (i < tokens.size() && tokens.get(i).word().equalsIgnoreCase("of")) {
            int j = i + 1;
            while (j < tokens.size() && isDeterminer(tokens.get(j))) {
                j++;
            }
            if (j < tokens.size() && mentionAt[j] >= 0
                    && doc.mentions().get(mentionAt[j]).type().equals("ORGANIZATION")) {
                affiliations.add(new Affiliation(mentionAt[j], null));
            }
        }
    }

    private boolean isTitleWord(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (cues.roleWords().contains(w) || cues.roleModifiers().contains(w)) {
            return true;
        }
        String pos = t.pos() == null ? "" : t.pos();
        return (pos.startsWith("NN") || pos.equals("JJ")) && Character.isLetter(t.word().charAt(0))
                && !cues.notNames().contains(w);
    }

    private boolean isHonorific(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return Character.isUpperCase(t.word().charAt(0)) && cues.honorifics().contains(w)
                && !cues.roleWords().contains(w);
    }

    /** "First Minister of Scotland": a role word, then "of" (or "for") and places to the end of the run. */
    private boolean endsWithRoleOfPlace(AnnotatedArticle doc, int start, int end, int[] mentionAt) {
        List<Token> tokens = doc.tokens();
        int k = end;
        while (k > start && mentionAt[k] >= 0 && isPlace(doc.mentions().get(mentionAt[k]).type())) {
            k--;
        }
        return k < end && k > start && (tokens.get(k).word().equalsIgnoreCase("of")
                || tokens.get(k).word().equalsIgnoreCase("for")) && endsWithRole(tokens, start, k - 1);
    }

    /** True when the words from {@code start} to {@code end} end with a role word (or a multi-word one). */
    private boolean endsWithRole(List<Token> tokens, int start, int end) {
        StringBuilder phrase = new StringBuilder();
        for (int k = end; k >= start && k > end - 3; k--) {
            phrase.insert(0, tokens.get(k).word().toLowerCase(Locale.ROOT) + (phrase.length() > 0 ? " " : ""));
            if (cues.roleWords().contains(phrase.toString().strip())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectorOrBracket(Token t) {
        String w = t.word();
        return CONNECTORS.contains(w.toLowerCase(Locale.ROOT)) || OPEN.contains(w) || CLOSE.contains(w);
    }

    private static boolean isDeterminer(Token t) {
        return "DT".equals(t.pos()) || t.word().equalsIgnoreCase("the") || t.word().equalsIgnoreCase("a");
    }

    private static boolean isPlace(String type) {
        return type.equals("LOCATION") || type.equals("CITY") || type.equals("COUNTRY")
                || type.equals("STATE_OR_PROVINCE");
    }

    private static boolean sameSentence(List<Token> tokens, int i, NerMention m) {
        return tokens.get(i).sentence() == m.sentence();
    }

    private static String text(AnnotatedArticle doc, int begin, int end) {
        return doc.article().text().substring(begin, end).replaceAll("\\s+", " ");
    }
}
