package io.newsgraph.ingest;

import io.newsgraph.ingest.AnnotatedArticle.NerMention;
import io.newsgraph.ingest.AnnotatedArticle.Token;
import io.newsgraph.model.Claim;
import io.newsgraph.model.Ids;
import io.newsgraph.model.NodeRef;
import io.newsgraph.model.Span;
import io.newsgraph.model.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds checkable claims: casualty figures ("92 terrorists were killed", "killing 31 civilians"), responsibility
 * ("the BLA claimed responsibility for", "attacks claimed by the BLA") and allegations (reported speech with an
 * allegation verb, or accusing words, against a group named in it). A claim made inside a statement is claimed by
 * its speaker; "according to X" names the claimant too.
 */
final class ClaimExtractor {

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("hundred", 100), Map.entry("dozen", 12));
    private static final Map<String, Integer> SCALES = Map.of("thousand", 1_000, "million", 1_000_000,
            "billion", 1_000_000_000);
    private static final Pattern PERIOD = Pattern.compile(
            "\\b(?:over|in|during|within)\\s+the\\s+(?:past|last|previous)\\s+(?:\\w+\\s+)?(?:hours?|days?|weeks?|months?|years?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int CATEGORY_WINDOW = 6;
    /** What separates the words blamed from the rest in "blame X for Y", "blame Y on X", "blame X as Y". */
    private static final Pattern BLAME_SEPARATOR = Pattern.compile("\\s+(for|on|as)\\s+");
    /** Pronouns that stand for persons, as the one blamed ("blame him for ..."). */
    private static final Set<String> PERSON_PRONOUNS = Set.of("him", "her", "them", "us", "me", "you", "himself",
            "herself", "themselves");
    private static final int OUTCOME_BEFORE = 8;
    private static final int OUTCOME_AFTER = 24;

    private final StatementWords words;
    /** The category "people" is counted in: that of the dead no word names ("24 deaths", "the death toll"). */
    private final String peopleCategory;
    /** "blamed Iran for the attacks": the words of events.yaml's attack family, which make blame a responsibility. */
    private final Pattern blamedForAttack;

    ClaimExtractor(StatementWords words, EventWords events) {
        this.words = words;
        this.peopleCategory = categoryOf(words, "people");
        List<String> attackWords = new ArrayList<>();
        events.types().values().stream().filter(t -> events.familyOf(t.name()).equals("attack"))
                .forEach(t -> t.triggers().forEach(w -> attackWords.add(Pattern.quote(w))));
        // the one blamed, at most seven words, then "for" and the attack: "Iran for the attacks", "Houthi rebels in
        // Yemen for Saturday's drone strikes" (not "that police waited for the shooting to end")
        this.blamedForAttack = attackWords.isEmpty() ? null : Pattern.compile("(?i)^((?:\\S+\\s+){0,6}?\\S+)\\s+for\\s+"
                + "(?:the|this|these|those|that|its|their|his|her|an?|\\w+'s)?\\s*(?:[\\w-]+\\s+){0,2}(?:"
                + String.join("|", attackWords) + ")\\b");
    }

    List<Claim> extract(AnnotatedArticle doc, NodeRef[] mentionRefs, List<StatementExtractor.Found> statements) {
        List<Claim> out = new ArrayList<>();
        Grammar g = new Grammar(doc);
        casualties(doc, g, mentionRefs, statements, out);
        responsibility(doc, mentionRefs, out);
        allegations(doc, g, mentionRefs, statements, out);
        return out;
    }

    // --- casualty figures ---

    private void casualties(AnnotatedArticle doc, Grammar g, NodeRef[] refs, List<StatementExtractor.Found> statements,
                            List<Claim> out) {
        List<Token> tokens = doc.tokens();
        NodeRef[] placeAt = new NodeRef[tokens.size()];
        for (int m = 0; m < doc.mentions().size(); m++) {
            NerMention mention = doc.mentions().get(m);
            if (refs[m] != null && refs[m].label().equals("Place")) {
                for (int k = Math.max(0, mention.firstToken()); k <= mention.lastToken() && k < tokens.size(); k++) {
                    placeAt[k] = refs[m];
                }
            }
        }
        Set<Integer> consumed = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Integer count = number(t);
            if (count == null || isNonCountNer(t) || partOfAWord(doc.article().text(), t) || consumed.contains(i)
                    || threshold(doc.article().text(), t)) {
                continue;
            }
            int sentence = t.sentence();
            // "120 million people": the count is scaled and the words counted come after the scale
            int last = i;
            while (last + 1 < tokens.size() && tokens.get(last + 1).sentence() == sentence
                    && SCALES.containsKey(tokens.get(last + 1).word().toLowerCase(Locale.ROOT))) {
                long scaled = (long) count * SCALES.get(tokens.get(last + 1).word().toLowerCase(Locale.ROOT));
                if (scaled > Integer.MAX_VALUE) {
                    count = null;
                    break;
                }
                count = (int) scaled;
                last++;
            }
            if (count == null) {
                continue;
            }
            String[] category = category(tokens, last, sentence);
            if (category == null) {
                category = tollCategory(tokens, i, sentence);
            }
            if (category == null) {
                continue;
            }
            String outcome = outcome(tokens, last, sentence);
            if (outcome == null) {
                continue;
            }
            // "two women and a man were injured", "three girls and a boy": one figure of the whole group
            int[] joined = joinedCount(tokens, i, last, sentence, category);
            count += joined[0];
            consumed.add(joined[1]); // "two women" of "three men and two women" is counted here
            String qualifier = qualifier(tokens, i);
            AnnotatedArticle.Sentence s = doc.sentences().get(sentence);
            String period = period(doc, g, s, i);
            Span span = new Span(s.begin(), s.end());
            Span at = new Span(t.begin(), t.end());
            StatementExtractor.Found within = containing(statements, at);
            NodeRef claimant = within != null ? within.statement().speaker() : null;
            String claimantText = within != null ? within.statement().speakerText() : null;
            String kind = Claim.CASUALTY;
            Claim c = new Claim(Ids.claim(doc.article().id(), kind, at), kind, s.text(),
                    new Claim.Casualty(count, qualifier, category[0], outcome, period, category[1],
                            scopeByWords(tokens, i, last, sentence), placeOf(tokens, placeAt, i, last, sentence)),
                    span, claimant,
                    claimantText, List.of(), null, within == null ? null : within.statement().id(), null);
            out.add(c);
        }
    }

    /**
     * The period the figure covers, when a phrase of its own clause gives one ("177 terrorists had been killed in the
     * last two days, while 16 security personnel ..." gives it to the 177 only): "over the past three days", "since
     * January". "Since the protests began" gives none: that is the event's own span.
     */
    private static String period(AnnotatedArticle doc, Grammar g, AnnotatedArticle.Sentence s, int number) {
        List<Token> tokens = doc.tokens();
        int first = number;
        while (first > 0 && tokens.get(first - 1).sentence() == s.index()) {
            first--;
        }
        int last = number;
        while (last + 1 < tokens.size() && tokens.get(last + 1).sentence() == s.index()) {
            last++;
        }
        List<int[]> found = new ArrayList<>(); // {first token, last token}
        Matcher pm = PERIOD.matcher(s.text());
        while (pm.find()) {
            int a = tokenAt(tokens, first, last, s.begin() + pm.start());
            int b = tokenAt(tokens, first, last, s.begin() + pm.end() - 1);
            if (a >= 0 && b >= 0) {
                found.add(new int[] {a, b});
            }
        }
        for (int k = first; k < last; k++) {
            if (tokens.get(k).word().equalsIgnoreCase("since") && "DATE".equals(tokens.get(k + 1).ner())) {
                int b = k + 1;
                while (b + 1 <= last && "DATE".equals(tokens.get(b + 1).ner())) {
                    b++;
                }
                found.add(new int[] {k, b});
            }
        }
        for (int[] f : found) {
            if (sameClause(tokens, g, f[1], number)) {
                return doc.article().text().substring(tokens.get(f[0]).begin(), tokens.get(f[1]).end());
            }
        }
        return null;
    }

    /** The token among {@code first..last} that holds character {@code offset}, or -1. */
    private static int tokenAt(List<Token> tokens, int first, int last, int offset) {
        for (int k = first; k <= last; k++) {
            if (tokens.get(k).begin() <= offset && offset < tokens.get(k).end()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether two tokens of a sentence are in one clause: by the parse, the same clause head (a root, an adverbial,
     * complement, relative or coordinated verb clause); without one, no clause boundary (";", "while", "whereas",
     * "but") between them.
     */
    private static boolean sameClause(List<Token> tokens, Grammar g, int a, int b) {
        if (g.parsed(a) && g.parsed(b)) {
            return clauseHead(tokens, g, a) == clauseHead(tokens, g, b);
        }
        for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals(";") || w.equals("while") || w.equals("whereas") || w.equals("but")) {
                return false;
            }
        }
        return true;
    }

    private static int clauseHead(List<Token> tokens, Grammar g, int t) {
        for (int hops = 0; hops < 40; hops++) {
            String rel = g.rel(t);
            boolean verb = tokens.get(t).pos() != null && tokens.get(t).pos().startsWith("VB");
            if (g.head(t) < 0 || Grammar.is(rel, "root") || Grammar.is(rel, "advcl") || Grammar.is(rel, "parataxis")
                    || Grammar.is(rel, "ccomp") || Grammar.is(rel, "acl:relcl") || verb && Grammar.is(rel, "conj")) {
                return t;
            }
            t = g.head(t);
        }
        return t;
    }

    /** Part or increment, by the words around the number ("including 17", "22 more", "another five"), or null. */
    private String scopeByWords(List<Token> tokens, int first, int last, int sentence) {
        int before = first - 1;
        String qualifier = qualifier(tokens, first);
        if (qualifier != null) {
            before -= qualifier.split(" ").length;
        }
        StringBuilder b = new StringBuilder();
        for (int k = Math.max(0, before - 2); k <= before; k++) {
            if (tokens.get(k).sentence() == sentence) {
                b.append(' ').append(tokens.get(k).word().toLowerCase(Locale.ROOT));
            }
        }
        String preceding = b.toString();
        String next = last + 1 < tokens.size() && tokens.get(last + 1).sentence() == sentence
                ? tokens.get(last + 1).word().toLowerCase(Locale.ROOT) : "";
        for (String w : words.scopeWords(Claim.Casualty.INCREMENT)) {
            // ("other" and "others" only after it: "22 others"; "the other five" is no addition)
            if (preceding.endsWith(" " + w) && !w.startsWith("other") || next.equals(w)) {
                return Claim.Casualty.INCREMENT;
            }
        }
        for (String w : words.scopeWords(Claim.Casualty.PART)) {
            if (preceding.endsWith(" " + w)) {
                return Claim.Casualty.PART;
            }
        }
        return null;
    }

    /**
     * The place the figure's own words confine it to: "killed in Nushki", "In Nairobi, 17 people were killed"; the
     * search stops at another number or a clause boundary.
     */
    private static NodeRef placeOf(List<Token> tokens, NodeRef[] placeAt, int first, int last, int sentence) {
        for (int k = last + 1; k < Math.min(tokens.size(), last + 15) && tokens.get(k).sentence() == sentence; k++) {
            if (number(tokens.get(k)) != null || tokens.get(k).word().equals(";")) {
                break;
            }
            if (placeAt[k] != null && placeAt[k - 1] == null && LOCATIVE.contains(wordBefore(tokens, k))) {
                return placeAt[k];
            }
        }
        for (int k = first - 1; k >= Math.max(0, first - 10) && tokens.get(k).sentence() == sentence; k--) {
            if (number(tokens.get(k)) != null || tokens.get(k).word().equals(";")) {
                break;
            }
            if (placeAt[k] != null && (k == 0 || placeAt[k - 1] == null) && LOCATIVE.contains(wordBefore(tokens, k))
                    && tokens.get(k + 1).word().equals(",")) {
                return placeAt[k]; // "In Nairobi, 17 people were killed"
            }
        }
        return null;
    }

    private static final Set<String> DEFINITE = Set.of("the", "all", "these", "those", "their", "its");

    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "across", "around");

    /** The word before token k, over "the" ("in the capital"). */
    private static String wordBefore(List<Token> tokens, int k) {
        int b = k - 1;
        if (b >= 0 && tokens.get(b).word().equalsIgnoreCase("the")) {
            b--;
        }
        return b < 0 || tokens.get(b).sentence() != tokens.get(k).sentence() ? ""
                : tokens.get(b).word().toLowerCase(Locale.ROOT);
    }

    /**
     * The category of a figure a toll noun before it names ("the death toll rose to 45", "bringing the number of
     * militants killed to 60"): the category word between them, else that of "people".
     */
    private String[] tollCategory(List<Token> tokens, int n, int sentence) {
        for (int k = n - 1; k >= Math.max(0, n - 12) && tokens.get(k).sentence() == sentence; k--) {
            if (isCount(tokens.get(k)) || tokens.get(k).word().equals(";")) {
                return null;
            }
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (!words.scopeWords("tollNouns").contains(w)) {
                continue;
            }
            StringBuilder between = new StringBuilder();
            for (int j = k + 1; j < n; j++) {
                between.append(' ').append(tokens.get(j).word().toLowerCase(Locale.ROOT));
            }
            String[] named = categoryIn(between.toString().strip());
            if (named != null) {
                return named;
            }
            String toll = (k > 0 ? tokens.get(k - 1).word().toLowerCase(Locale.ROOT) + " " : "") + w;
            return peopleCategory == null ? null : new String[] {peopleCategory, toll.strip()};
        }
        return null;
    }

    /**
     * The category the words of a phrase name, and the longest of that category's words in it ("baloch people"
     * before "people"); null when the phrase names none.
     */
    private String[] categoryIn(String phrase) {
        for (var e : words.casualtyCategories().entrySet()) {
            for (String w : e.getValue()) {
                if ((" " + phrase + " ").contains(" " + w + " ")) {
                    return new String[] {e.getKey(), longestMatch(phrase, e.getValue(), w)};
                }
            }
        }
        return null;
    }

    /** The category a word is listed under, or null. */
    private static String categoryOf(StatementWords words, String word) {
        for (var e : words.casualtyCategories().entrySet()) {
            if (e.getValue().contains(word)) {
                return e.getKey();
            }
        }
        return null;
    }

    private static Integer number(Token t) {
        String pos = t.pos() == null ? "" : t.pos();
        if (!pos.equals("CD")) {
            return null;
        }
        String w = t.word().replace(",", "");
        if (w.matches("\\d{1,6}")) {
            int n = Integer.parseInt(w);
            return n > 0 ? n : null;
        }
        return NUMBER_WORDS.get(w.toLowerCase(Locale.ROOT));
    }

    /**
     * What a coordinated group of the same category adds to the figure at token n..last ({@code category}: the
     * category and the words that name it, as {@link #category} gives them): "two
     * women and a man" adds 1, "three men and two women" adds 2 (and the token of the 2, which then counts nothing of
     * its own), as {add, token or -1}; "a man and two women" adds the man to the 2.
     */
    private int[] joinedCount(List<Token> tokens, int n, int last, int sentence, String[] category) {
        String word = category[1];
        String lastWord = word.contains(" ") ? word.substring(word.lastIndexOf(' ') + 1) : word;
        int c = -1;
        for (int k = last + 1; k <= last + CATEGORY_WINDOW && k < tokens.size() && tokens.get(k).sentence() == sentence;
             k++) {
            if (tokens.get(k).word().equalsIgnoreCase(lastWord)) {
                c = k;
                break;
            }
        }
        if (c >= 0 && c + 3 < tokens.size() && tokens.get(c + 3).sentence() == sentence
                && tokens.get(c + 1).word().equalsIgnoreCase("and") && sameCategory(tokens.get(c + 3), category[0])) {
            Token other = tokens.get(c + 2);
            if (one(other)) {
                return new int[] {1, -1};
            }
            Integer m = number(other);
            if (m != null && !isNonCountNer(other)) {
                return new int[] {m, c + 2};
            }
        }
        if (n >= 3 && tokens.get(n - 1).word().equalsIgnoreCase("and") && tokens.get(n - 3).sentence() == sentence
                && sameCategory(tokens.get(n - 2), category[0]) && one(tokens.get(n - 3))) {
            return new int[] {1, -1};
        }
        return new int[] {0, -1};
    }

    /** "a", "an", "one": a group of one ("and a man"). */
    private static boolean one(Token t) {
        return Set.of("a", "an", "one").contains(t.word().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a word is one of this casualty category's ("man", "women", "boy"): "17 security personnel and 33
     * civilians" are two figures.
     */
    private boolean sameCategory(Token t, String category) {
        String[] named = categoryIn(t.word().toLowerCase(Locale.ROOT));
        return named != null && named[0].equals(category);
    }

    private static final Pattern THRESHOLD = Pattern.compile("(?i)^\\s+or\\s+(?:more|fewer|less|greater|above|higher)\\b");

    /**
     * "events where four or more people are killed": a number with "or more" in a definition's clause is a threshold,
     * not a count of anyone ("the explosion killed 30 or more people" counts).
     */
    private static boolean threshold(String text, Token t) {
        return THRESHOLD.matcher(text.substring(Math.min(text.length(), t.end()),
                Math.min(text.length(), t.end() + 16))).find()
                && DEFINING.matcher(text.substring(Math.max(0, t.begin() - 40), t.begin())).find();
    }

    /** Words that open a definition's clause: "events where four or more ...", "attacks in which". */
    private static final Pattern DEFINING = Pattern.compile("(?i)\\b(?:where|when|if|whenever|involving|in which|"
            + "defined as|defines?)\\b[^.;]*$");

    /** "SARS-CoV-2", "COVID-19", "F-16", "Number 14": a number joined to a word or named by it is part of a name. */
    private static boolean partOfAWord(String text, Token t) {
        if (t.begin() <= 0 || t.begin() > text.length()) {
            return false;
        }
        char before = text.charAt(t.begin() - 1);
        // "Advisory Number 14", "No. 3", "#5": a number that names, not counts
        String words = text.substring(Math.max(0, t.begin() - 8), t.begin());
        return before == '-' && t.begin() >= 2 && Character.isLetterOrDigit(text.charAt(t.begin() - 2))
                || Character.isLetter(before) || before == '#' || words.matches("(?s).*\\b(?:Number|Nos?\\.)\\s+$");
    }

    /** A number that may count people: not one of a date or duration ("over the past two days"). */
    private static boolean isCount(Token t) {
        return number(t) != null && !isNonCountNer(t);
    }

    private static boolean isNonCountNer(Token t) {
        String ner = t.ner() == null ? "O" : t.ner();
        return Set.of("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "DURATION", "SET").contains(ner);
    }

    /** The category counted and the words that name it, from the words just after the number. */
    private String[] category(List<Token> tokens, int n, int sentence) {
        StringBuilder following = new StringBuilder();
        for (int k = n + 1; k <= n + CATEGORY_WINDOW && k < tokens.size() && tokens.get(k).sentence() == sentence;
             k++) {
            Token t = tokens.get(k);
            if (number(t) != null || t.word().equals(",") || t.word().equals(";")) {
                break;
            }
            following.append(' ').append(t.word().toLowerCase(Locale.ROOT));
            String[] named = categoryIn(following.toString().strip());
            if (named != null) {
                return named;
            }
            if ("NNS".equals(t.pos()) || "NNPS".equals(t.pos())) {
                break; // "in 36 states most of the people who died": the number counts the states
            }
        }
        // "24 deaths", "12 bodies": the dead, with no word for who they were; not "all five deaths were caused by",
        // which speaks of dead counted before
        String next = n + 1 < tokens.size() && tokens.get(n + 1).sentence() == sentence
                ? tokens.get(n + 1).word().toLowerCase(Locale.ROOT) : "";
        int before = n - 1;
        while (before >= 0 && number(tokens.get(before)) != null) {
            before--;
        }
        boolean definite = before >= 0 && DEFINITE.contains(tokens.get(before).word().toLowerCase(Locale.ROOT));
        if (words.scopeWords("deathNouns").contains(next) && peopleCategory != null && !definite) {
            return new String[] {peopleCategory, next};
        }
        return null;
    }

    private static String longestMatch(String phrase, List<String> options, String fallback) {
        String best = null;
        for (String o : options) {
            if ((" " + phrase + " ").contains(" " + o + " ") && (best == null || o.length() > best.length())) {
                best = o;
            }
        }
        return best == null ? fallback : best;
    }

    /**
     * What happened to those counted: the nearest outcome word in the number's clause, looking forward past a
     * parenthetical ("197 Baloch people, including militants ..., were killed") and a little way back ("killed over
     * 177 terrorists"); another number ends the search either way.
     */
    private String outcome(List<Token> tokens, int n, int sentence) {
        String forward = null;
        int forwardDistance = Integer.MAX_VALUE;
        for (int k = n + 1; k <= n + OUTCOME_AFTER && k < tokens.size() && tokens.get(k).sentence() == sentence; k++) {
            boolean coordinated = tokens.get(k - 1).word().equalsIgnoreCase("and");
            if (isCount(tokens.get(k)) && !coordinated || tokens.get(k).word().equals(";")) {
                break;
            }
            String o = outcomeAt(tokens, k);
            if (o != null && otherAdverbialClause(tokens, k, n)) {
                break; // "arrested twelve people ... after a jackal died": the outcome of another clause's subject
            }
            if (o != null && (hasObjectAfter(tokens, k) || hasOtherSubject(tokens, k, n))) {
                // "it has infected over 200 people and killed three people", "twenty people were arrested, and two
                // police officers were injured": that verb's own object's or subject's outcome
                break;
            }
            if (o != null) {
                forward = o;
                forwardDistance = k - n;
                break;
            }
        }
        for (int k = n - 1; k >= Math.max(0, n - OUTCOME_BEFORE) && tokens.get(k).sentence() == sentence; k--) {
            if (isCount(tokens.get(k)) || tokens.get(k).word().equals(";")) {
                break;
            }
            String o = outcomeAt(tokens, k);
            if (o != null) {
                return n - k + 1 < forwardDistance ? o : forward;
            }
        }
        return forward;
    }

    /**
     * Whether token k lies in an adverbial clause with an active subject of its own, a noun ("after a jackal died"),
     * that the count n is not in, by the parse ("were hospitalised after they were injured", "treated 45 people after
     * protesters were wounded" are their outcome).
     */
    private static boolean otherAdverbialClause(List<Token> tokens, int k, int n) {
        if (tokens.get(k).rel() == null || tokens.get(n).rel() == null) {
            return false;
        }
        for (int a = k, hops = 0; a >= 0 && hops < 12; a = tokens.get(a).head(), hops++) {
            if (!Grammar.is(tokens.get(a).rel(), "advcl")) {
                continue;
            }
            if (dominates(tokens, a, n, 12)) {
                return false;
            }
            for (Token x : tokens.subList(Math.max(0, a - 12), a)) {
                if (x.head() == a && Grammar.is(x.rel(), "nsubj") && !x.rel().equals("nsubj:pass") && x.pos() != null
                        && x.pos().startsWith("NN")) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /** Whether token a is n or one of n's heads, at most {@code hops} up the parse. */
    private static boolean dominates(List<Token> tokens, int a, int n, int hops) {
        for (int b = n, up = 0; b >= 0 && up < hops; b = tokens.get(b).head(), up++) {
            if (b == a) {
                return true;
            }
        }
        return false;
    }

    /** Whether the parse gives token k a subject that is not the count n's phrase ("two police officers were injured"). */
    private static boolean hasOtherSubject(List<Token> tokens, int k, int n) {
        if (tokens.get(k).rel() == null || tokens.get(n).rel() == null) {
            return false;
        }
        for (int x = Math.max(0, k - 15); x < k; x++) {
            if (tokens.get(x).head() == k && Grammar.is(tokens.get(x).rel(), "nsubj")) {
                return !dominates(tokens, x, n, 4);
            }
        }
        return false;
    }

    /**
     * Whether the parse gives verb k an object after it that holds a number of its own ("killed three people"; not
     * "lost their lives").
     */
    private static boolean hasObjectAfter(List<Token> tokens, int k) {
        if (tokens.get(k).rel() == null || tokens.get(k).pos() == null || !tokens.get(k).pos().startsWith("VB")) {
            return false;
        }
        for (int x = k + 1; x < tokens.size() && tokens.get(x).sentence() == tokens.get(k).sentence(); x++) {
            if (tokens.get(x).head() == k && "obj".equals(tokens.get(x).rel())) {
                for (int y = k + 1; y <= x; y++) {
                    if (isCount(tokens.get(y)) && (y == x || tokens.get(y).head() == x)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private String outcomeAt(List<Token> tokens, int k) {
        String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
        String two = k + 1 < tokens.size() ? w + " " + tokens.get(k + 1).word().toLowerCase(Locale.ROOT) : w;
        for (var e : words.casualtyOutcomes().entrySet()) {
            if (e.getValue().contains(w) || e.getValue().contains(two)) {
                return e.getKey();
            }
        }
        return null;
    }

    private String qualifier(List<Token> tokens, int n) {
        String before2 = n >= 2 ? (tokens.get(n - 2).word() + " " + tokens.get(n - 1).word()).toLowerCase(Locale.ROOT)
                : "";
        String before3 = n >= 3 ? (tokens.get(n - 3).word() + " " + before2).toLowerCase(Locale.ROOT) : "";
        String before1 = n >= 1 ? tokens.get(n - 1).word().toLowerCase(Locale.ROOT) : "";
        for (String q : words.qualifiers()) {
            if (before3.equals(q) || before3.endsWith(" " + q) && q.contains(" ") || before2.equals(q)
                    || before1.equals(q)) {
                return q;
            }
        }
        return null;
    }

    // --- responsibility ---

    private void responsibility(AnnotatedArticle doc, NodeRef[] refs, List<Claim> out) {
        for (AnnotatedArticle.Sentence s : doc.sentences()) {
            String lower = s.text().toLowerCase(Locale.ROOT);
            for (String phrase : words.responsibilityPhrases()) {
                int at = lower.indexOf(phrase);
                if (at < 0) {
                    continue;
                }
                int abs = s.begin() + at;
                boolean passive = phrase.endsWith(" by");
                NodeRef group = passive ? firstActorAfter(doc, refs, abs + phrase.length(), s.end())
                        : lastActorBefore(doc, refs, s.begin(), abs);
                if (group == null) {
                    continue;
                }
                String object = passive ? objectBefore(s.text(), at) : objectAfter(s.text(), at + phrase.length());
                Span span = new Span(s.begin(), s.end());
                String kind = Claim.RESPONSIBILITY;
                Claim c = new Claim(Ids.claim(doc.article().id(), kind, new Span(abs, abs + phrase.length())), kind,
                        s.text(), null, span, group, null, List.of(group), object, null, null);
                if (out.stream().noneMatch(x -> x.id().equals(c.id()))) {
                    out.add(c);
                }
                break;
            }
        }
    }

    private static NodeRef lastActorBefore(AnnotatedArticle doc, NodeRef[] refs, int from, int to) {
        NodeRef best = null;
        NodeRef bestGroup = null;
        for (int i = 0; i < doc.mentions().size(); i++) {
            NerMention m = doc.mentions().get(i);
            if (refs[i] == null || m.begin() < from || m.end() > to || !isActor(refs[i])) {
                continue;
            }
            best = refs[i];
            if (refs[i].label().equals("Group")) {
                bestGroup = refs[i];
            }
        }
        return bestGroup != null ? bestGroup : best;
    }

    private static NodeRef firstActorAfter(AnnotatedArticle doc, NodeRef[] refs, int from, int to) {
        for (int i = 0; i < doc.mentions().size(); i++) {
            NerMention m = doc.mentions().get(i);
            if (refs[i] != null && m.begin() >= from && m.end() <= to && isActor(refs[i])) {
                return refs[i];
            }
        }
        return null;
    }

    private static boolean isActor(NodeRef ref) {
        return Set.of("Group", "Party", "Organisation").contains(ref.label());
    }

    private static String objectAfter(String sentence, int from) {
        String rest = sentence.substring(Math.min(from, sentence.length())).strip();
        rest = rest.replaceFirst("^(for|of)\\s+", "");
        int cut = indexOfAny(rest, ",", ";", " \u2014", " -", ".");
        return blankToNull(cut >= 0 ? rest.substring(0, cut) : rest);
    }

    private static String objectBefore(String sentence, int to) {
        String before = sentence.substring(0, to).strip();
        String[] w = before.split("\\s+");
        int from = Math.max(0, w.length - 6);
        return blankToNull(String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length))
                .replaceFirst("^.*\\b(of|in|the)\\s+", "$1 ").replaceFirst("^(of|in)\\s+", ""));
    }

    private static int indexOfAny(String s, String... marks) {
        int best = -1;
        for (String m : marks) {
            int i = s.indexOf(m);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // --- allegations ---

    private void allegations(AnnotatedArticle doc, Grammar grammar, NodeRef[] refs,
                             List<StatementExtractor.Found> statements, List<Claim> all) {
        List<Claim> out = new ArrayList<>();
        for (StatementExtractor.Found f : statements) {
            Statement st = f.statement();
            String lower = st.text().toLowerCase(Locale.ROOT);
            if (lower.startsWith("responsibility")) {
                continue;
            }
            NodeRef claimedAbout = words.claimVerbs().contains(st.verb()) ? namedSubject(doc, refs, st) : null;
            boolean alleging = words.allegationVerbs().contains(st.verb()) || claimedAbout != null;
            boolean accusing = words.accusationWords().stream().anyMatch(w -> containsWord(lower, w));
            if (!alleging && !accusing) {
                continue;
            }
            Set<NodeRef> accused = new LinkedHashSet<>();
            for (int i = 0; i < doc.mentions().size(); i++) {
                NerMention m = doc.mentions().get(i);
                NodeRef ref = refs[i];
                if (ref != null && m.begin() >= st.span().start() && m.end() <= st.span().end()
                        && !ref.equals(st.speaker()) && isActor(ref)) {
                    accused.add(ref);
                }
            }
            if (!alleging) {
                accused.retainAll(accusedByClause(doc, grammar, refs, st, accused));
            }
            if (!alleging && accused.isEmpty()) {
                continue;
            }
            if (accused.isEmpty() && claimedAbout == null && words.blameVerbs().contains(st.verb())
                    && !blamesSomeone(st.text())) {
                continue; // "Analysts blamed the slide on a number of factors": no one is blamed
            }
            if (claimedAbout != null && !accused.contains(claimedAbout)) {
                accused.add(claimedAbout);
            }
            List<NodeRef> subjects = List.copyOf(accused);
            String kind = Claim.ALLEGATION;
            String object = null;
            // "blaming Iran for the attacks": who the speaker holds responsible for an attack
            // (the speaker's claim that someone is responsible: CLAIMED_BY the speaker, SUBJECT the one blamed)
            Matcher blamed = blamedForAttack != null && words.blameVerbs().contains(st.verb())
                    ? blamedForAttack.matcher(st.text()) : null;
            if (blamed != null && blamed.find()) {
                int from = doc.article().text().indexOf(st.text(), st.span().start());
                int end = (from < 0 ? st.span().start() : from) + blamed.end(1);
                Set<NodeRef> held = new LinkedHashSet<>();
                Set<NodeRef> countries = new LinkedHashSet<>(); // held responsible when no group or person is named
                for (int i = 0; i < doc.mentions().size(); i++) {
                    NerMention m = doc.mentions().get(i);
                    if (refs[i] == null || m.begin() < st.span().start() || m.end() > end) {
                        continue;
                    }
                    if (refs[i].label().equals("Place")) {
                        countries.add(refs[i]);
                    } else if (!refs[i].equals(st.speaker())) {
                        held.add(refs[i]);
                    }
                }
                if (held.isEmpty()) {
                    held = countries;
                }
                if (!held.isEmpty()) {
                    subjects = List.copyOf(held);
                    kind = Claim.RESPONSIBILITY;
                    object = st.text().substring(blamed.end(1)).strip().replaceFirst("^for\\s+", "");
                }
            }
            out.add(new Claim(Ids.claim(doc.article().id(), kind, st.span()), kind, st.text(), null, st.span(),
                    st.speaker(), st.speakerText(), subjects, object, st.id(), null));
        }
        // '... alleged X was to "circumvent ..." and "reproduce and distribute ..."': a quotation inside an
        // allegation's content is part of it, not another allegation
        out.removeIf(c -> out.stream().anyMatch(o -> o != c && Objects.equals(o.claimantText(),
                c.claimantText()) && o.span().start() <= c.span().start() && c.span().end() <= o.span().end()
                && o.span().end() - o.span().start() > c.span().end() - c.span().start()));
        all.addAll(out);
    }

    /**
     * Whether the words blamed (before "for" or "as", after "on") hold someone: a name, a pronoun of persons or a noun
     * of people or bodies ("blaming Iran for the attacks", "blame him for encouraging ...", "blamed the flooding on
     * city engineers"; not "blamed the slide on a number of factors").
     */
    private boolean blamesSomeone(String content) {
        // ("blame X for Y" and "blame X as Y" blame X; "blame Y on X" blames X: "blamed the flooding on city engineers")
        Matcher by = BLAME_SEPARATOR.matcher(content);
        String blamed = !by.find() ? content : by.group(1).equals("on") ? content.substring(by.end())
                : content.substring(0, by.start());
        for (String word : blamed.split("[^\\p{L}-]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (Character.isUpperCase(word.charAt(0))) {
                return true; // a name ("blaming Iran for the attacks": a country's government)
            }
            String w = word.toLowerCase(Locale.ROOT);
            String one = w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y"
                    : w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
            if (PERSON_PRONOUNS.contains(w)
                    || words.agentNouns().contains(w) || words.agentNouns().contains(one)
                    || words.representativeNouns().contains(w) || words.representativeNouns().contains(one)
                    || words.typeNouns().containsKey(w) || words.typeNouns().containsKey(one)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Of the actors named in a statement's content, those in a clause of an accusing word or its subjects, by the
     * parse ("Tony was one of the best officers to ever serve at CIA. His work ... help[ed] to protect our nation"
     * accuses no CIA); where the content was not parsed, those in the sentence of an accusing word.
     */
    private Set<NodeRef> accusedByClause(AnnotatedArticle doc, Grammar g, NodeRef[] refs, Statement st,
                                         Set<NodeRef> accused) {
        List<Token> tokens = doc.tokens();
        String text = doc.article().text();
        Set<Integer> heads = new HashSet<>();
        for (Token t : tokens) {
            if (t.begin() < st.span().start() || t.end() > st.span().end()) {
                continue;
            }
            String rest = text.substring(t.begin(), Math.min(st.span().end(), t.begin() + 40)).toLowerCase(Locale.ROOT);
            for (String w : words.accusationWords()) {
                if (rest.startsWith(w) && (rest.length() == w.length() || !Character.isLetter(rest.charAt(w.length())))) {
                    heads.add(clauseKey(tokens, g, t.index()));
                }
            }
        }
        // (and the subjects of an accusing clause, shared across coordinated verbs: "the TTP planned and carried out")
        Set<Integer> subjects = new HashSet<>();
        for (int h : heads) {
            if (h >= 0) {
                for (int x : g.subjects(h)) {
                    subjects.add(clauseKey(tokens, g, x));
                    subjects.add(x);
                }
            }
        }
        Set<NodeRef> kept = new LinkedHashSet<>();
        for (int i = 0; i < doc.mentions().size(); i++) {
            NerMention m = doc.mentions().get(i);
            if (accused.contains(refs[i]) && m.begin() >= st.span().start() && m.end() <= st.span().end()
                    && m.lastToken() >= 0 && (heads.isEmpty() || heads.contains(clauseKey(tokens, g, m.lastToken()))
                    || subjects.contains(m.lastToken()))) {
                kept.add(refs[i]);
            }
        }
        return kept;
    }

    /** The clause of token t: its clause head by the parse, else its sentence (as -1 - sentence). */
    private static int clauseKey(List<Token> tokens, Grammar g, int t) {
        return g.parsed(t) ? clauseHead(tokens, g, t) : -1 - tokens.get(t).sentence();
    }

    /**
     * The someone named (not the speaker) who is the subject of the statement's content: "Bolton claims [Trump] asked
     * Xi for help". By the parse where the content's sentence has one, else the name the content opens with.
     */
    private static NodeRef namedSubject(AnnotatedArticle doc, NodeRef[] refs, Statement st) {
        List<Token> tokens = doc.tokens();
        int first = -1;
        int last = -1;
        for (Token t : tokens) {
            if (t.begin() >= st.span().start() && t.end() <= st.span().end()) {
                if (first < 0) {
                    first = t.index();
                }
                last = t.index();
            }
        }
        if (first < 0) {
            return null;
        }
        Set<Integer> subjects = new LinkedHashSet<>();
        if (tokens.get(first).rel() != null) {
            for (int i = first; i <= last; i++) {
                int h = tokens.get(i).head();
                if (h >= first && h <= last && tokens.get(h).head() >= 0
                        && (tokens.get(h).head() < first || tokens.get(h).head() > last)
                        && tokens.get(i).rel() != null && tokens.get(i).rel().startsWith("nsubj")) {
                    subjects.add(i); // the subject of the content's own head
                }
            }
        } else {
            subjects.add(first);
        }
        for (int i = 0; i < doc.mentions().size(); i++) {
            NerMention m = doc.mentions().get(i);
            NodeRef ref = refs[i];
            if (ref == null || ref.equals(st.speaker()) || !isActor(ref) && !ref.label().equals("Person")) {
                continue;
            }
            for (int sub : subjects) {
                if (m.firstToken() <= sub && sub <= m.lastToken()) {
                    return ref;
                }
            }
        }
        return null;
    }

    private static boolean containsWord(String text, String phrase) {
        return (" " + text.replaceAll("[^\\p{L}\\p{N}-]+", " ") + " ").contains(" " + phrase + " ");
    }

    /** The innermost statement with a speaker that holds the span ("X said A, while police said 19 ..."). */
    private static StatementExtractor.Found containing(List<StatementExtractor.Found> statements, Span at) {
        StatementExtractor.Found best = null;
        for (StatementExtractor.Found f : statements) {
            Span s = f.statement().span();
            if (s.start() <= at.start() && at.end() <= s.end()
                    && (f.statement().speaker() != null || f.statement().speakerText() != null)
                    && (best == null || s.end() - s.start() < best.statement().span().end()
                    - best.statement().span().start())) {
                best = f;
            }
        }
        return best;
    }
}
