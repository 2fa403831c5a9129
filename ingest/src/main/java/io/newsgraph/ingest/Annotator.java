package io.newsgraph.ingest;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsgraph.model.Article;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The one stage that talks to CoreNLP: tokens, sentences, named entities and dates of an article, with the
 * publication date as the document date so that "on Monday" resolves against it.
 *
 * <p>Loading a pipeline takes seconds and hundreds of megabytes, so there is one per JVM for each configuration
 * ({@link #shared(Gazetteer)}); annotating is thread-safe.
 */
public final class Annotator {

    /**
     * Fine-grained NER is off: it costs 4x the time and its extra types come from the gazetteer here. The dependency
     * parse (neural, about half again the time of the rest on every sentence) runs after these, and only on the
     * sentences that need it ({@link #PARSE}).
     */
    static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

    /** The dependency parser, run alone on the sentences chosen by {@link #needsParse}. */
    static final String PARSE = "depparse";

    /**
     * Quotation marks as the tokenizer leaves them: a sentence with one is parsed, since a quotation's speaker is
     * found by grammar.
     */
    private static final Set<String> QUOTE_TOKENS = Set.of("``", "''", "\"", "\u201c", "\u201d", "`", "\u2018",
            "\u00ab", "\u00bb");

    /** Verbs of saying that open a sentence before the speaker's name ("Said Ellis: ..."), as the tagger sees them. */
    private static final Set<String> SPEECH_OPENERS = Set.of("Said", "Says", "Asked", "Asks", "Added", "Adds", "Told",
            "Wrote", "Writes", "Noted", "Notes");

    private static final Map<String, Annotator> SHARED = new ConcurrentHashMap<>();

    private final StanfordCoreNLP pipeline;
    private final StanfordCoreNLP parser;
    private final Set<String> parseCues;
    private final Set<String> organisationNameWords;
    /** Words of an office (cues.yaml roleWords): "Member of Parliament (MP)" is a title, not a body's name. */
    private final Set<String> roleWords;
    /** Gazetteer names written with a hyphen, as token sequences (see {@link #tagHyphenatedNames}). */
    private final List<HyphenatedName> hyphenatedNames;

    /** A gazetteer name of several tokens one of which is a hyphen, with the tag and normalized value it gets. */
    record HyphenatedName(List<String> words, String ner, String normalized) {
    }

    /**
     * CoreNLP properties with these annotators and the ingest's settings (fine-grained NER off, a sentence break at
     * every newline, invertible tokens), without the gazetteer: also what the benchmark's CoreNLP baselines run with.
     */
    public static Properties settings(String annotators) {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
        return props;
    }

    private Annotator(String regexnerMapping) {
        Properties props = settings(ANNOTATORS);
        if (!regexnerMapping.isEmpty()) {
            props.setProperty("ner.additional.regexner.mapping", writeTemp(regexnerMapping));
            props.setProperty("ner.additional.regexner.mapping.header", "pattern,ner,normalized,overwrite,priority");
            props.setProperty("ner.additional.regexner.ignorecase", "false");
        }
        this.pipeline = new StanfordCoreNLP(props);
        Properties parse = settings(PARSE);
        parse.setProperty("enforceRequirements", "false");
        this.parser = new StanfordCoreNLP(parse);
        this.parseCues = parseCues(StatementWords.defaults(), EventWords.defaults());
        this.organisationNameWords = Cues.defaults().organisationNameWords();
        this.roleWords = Cues.defaults().roleWords();
        this.hyphenatedNames = hyphenatedNames(regexnerMapping);
    }

    private Annotator(StanfordCoreNLP pipeline, StanfordCoreNLP parser, Set<String> parseCues,
                      Set<String> organisationNameWords, Set<String> roleWords, List<HyphenatedName> hyphenatedNames) {
        this.pipeline = pipeline;
        this.parser = parser;
        this.parseCues = parseCues;
        this.organisationNameWords = organisationNameWords;
        this.roleWords = roleWords;
        this.hyphenatedNames = hyphenatedNames;
    }

    /**
     * This annotator (its CoreNLP pipelines shared, not loaded again) parsing the sentences that hold a cue of these
     * statement words or a trigger of these event types (a lexicon's own cue verbs and triggers get their sentences
     * parsed too), and extending organisation names the tagger cut with these name cues' {@code organisationNameWords}.
     */
    public Annotator forWords(StatementWords words, EventWords events, Cues names) {
        Set<String> cues = parseCues(words, events);
        return cues.equals(parseCues) && names.organisationNameWords().equals(organisationNameWords)
                && names.roleWords().equals(roleWords) ? this
                : new Annotator(pipeline, parser, cues, names.organisationNameWords(), names.roleWords(), hyphenatedNames);
    }

    /**
     * The words (lower-case lemmas or words) whose sentence the extractors read by grammar: every cue verb and noun of
     * {@code statements.yaml}, "according", and every word of an event trigger of {@code events.yaml} (an event's
     * date, place and subject are read from the parse: "the suspect in a shooting ... was released Friday" does not
     * date the shooting). Other sentences are not parsed: nothing reads their parse.
     */
    static Set<String> parseCues(StatementWords w, EventWords events) {
        Set<String> cues = new java.util.HashSet<>();
        for (Set<String> s : List.of(w.speechVerbs(), w.allegationVerbs(), w.statementNouns(), w.beliefVerbs(),
                w.intentionVerbs(), w.stanceVerbs(), w.evidenceVerbs(), w.evidenceNouns(), w.representativeNouns(),
                w.clauseSpeechVerbs(), w.commitmentVerbs(), w.speechNouns(), w.beliefNouns(), w.topicVerbs(),
                w.planVerbs(), w.proposalVerbs(), w.topicObjectVerbs(), w.personStanceVerbs(),
                w.stancePrepositions().keySet())) {
            s.forEach(x -> cues.add(x.toLowerCase(java.util.Locale.ROOT)));
        }
        cues.add("according");
        for (EventWords.Type type : events.types().values()) {
            for (String trigger : type.triggers()) {
                cues.addAll(List.of(trigger.toLowerCase(java.util.Locale.ROOT).split(" ")));
            }
        }
        return Set.copyOf(cues);
    }

    /** Whether a sentence holds a cue word or a quotation mark, so that its dependency parse is read. */
    static boolean needsParse(List<CoreLabel> tokens, Set<String> cues) {
        for (CoreLabel t : tokens) {
            String lemma = t.lemma() == null ? t.word() : t.lemma();
            if (QUOTE_TOKENS.contains(t.word()) || cues.contains(lemma.toLowerCase(java.util.Locale.ROOT))
                    || cues.contains(t.word().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Parses the sentences of the document that need it; the others keep no dependency graph. */
    private void parseWhereNeeded(CoreDocument doc) {
        List<edu.stanford.nlp.util.CoreMap> chosen = new ArrayList<>();
        for (CoreSentence s : doc.sentences()) {
            if (needsParse(s.tokens(), parseCues)) {
                chosen.add(s.coreMap());
            }
        }
        if (chosen.isEmpty()) {
            return;
        }
        edu.stanford.nlp.pipeline.Annotation part = new edu.stanford.nlp.pipeline.Annotation(doc.text());
        part.set(CoreAnnotations.SentencesAnnotation.class, chosen);
        parser.annotate(part);
    }

    /** The pipeline for this gazetteer, loaded on first use and shared by every caller in the JVM. */
    public static Annotator shared(Gazetteer gazetteer) {
        String mapping = regexnerMapping(gazetteer);
        return SHARED.computeIfAbsent(Integer.toHexString(mapping.hashCode()) + mapping.length(),
                k -> new Annotator(mapping));
    }

    /**
     * The longest run of text without a sentence end ('.', '!', '?' or a line break) that is annotated as one
     * sentence: CoreNLP's taggers and the extractors after them slow down sharply on sentences of thousands of tokens
     * (a page scraped without punctuation), and no sentence written for readers is this long.
     */
    static final int MAX_SENTENCE_CHARS = 1500;

    public AnnotatedArticle annotate(Article article) {
        CoreDocument doc = new CoreDocument(breakLongRuns(article.text(), MAX_SENTENCE_CHARS));
        if (article.published() != null) {
            doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        }
        pipeline.annotate(doc);
        parseWhereNeeded(doc);
        List<AnnotatedArticle.Sentence> sentences = new ArrayList<>();
        List<AnnotatedArticle.Token> tokens = new ArrayList<>();
        Map<CoreLabel, Integer> tokenIndex = new java.util.IdentityHashMap<>();
        List<AnnotatedArticle.Dependency> dependencies = new ArrayList<>();
        for (int i = 0; i < doc.sentences().size(); i++) {
            CoreSentence s = doc.sentences().get(i);
            var offsets = s.charOffsets();
            sentences.add(new AnnotatedArticle.Sentence(i, offsets.first(), offsets.second(), s.text()));
            int first = tokens.size();
            SemanticGraph basic = s.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            int[] head = new int[s.tokens().size()];
            String[] rel = new String[head.length];
            java.util.Arrays.fill(head, -1);
            if (basic != null) {
                for (SemanticGraphEdge e : basic.edgeIterable()) {
                    int d = e.getDependent().index() - 1;
                    if (d >= 0 && d < head.length) {
                        head[d] = first + e.getGovernor().index() - 1;
                        rel[d] = e.getRelation().toString();
                    }
                }
                for (IndexedWord root : basic.getRoots()) {
                    if (root.index() - 1 < rel.length) {
                        rel[root.index() - 1] = "root";
                    }
                }
            }
            for (int k = 0; k < s.tokens().size(); k++) {
                CoreLabel t = s.tokens().get(k);
                tokenIndex.put(t, tokens.size());
                tokens.add(new AnnotatedArticle.Token(tokens.size(), t.word(), t.lemma(), t.tag(), t.ner(),
                        t.beginPosition(), t.endPosition(), i, head[k], rel[k]));
            }
            SemanticGraph enhanced = s.coreMap()
                    .get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (enhanced != null) {
                for (SemanticGraphEdge e : enhanced.edgeIterable()) {
                    int g = e.getGovernor().index() - 1;
                    int d = e.getDependent().index() - 1;
                    // copy nodes of elided predicates (index with a copy count) are left out
                    if (g >= 0 && d >= 0 && g < head.length && d < head.length && e.getGovernor().copyCount() == 0
                            && e.getDependent().copyCount() == 0) {
                        dependencies.add(new AnnotatedArticle.Dependency(first + g, first + d,
                                e.getRelation().toString()));
                    }
                }
            }
        }
        List<AnnotatedArticle.NerMention> mentions = new ArrayList<>();
        for (CoreEntityMention em : doc.entityMentions()) {
            var offsets = em.charOffsets();
            int sentence = em.sentence().coreMap().get(CoreAnnotations.SentenceIndexAnnotation.class);
            String normalized = em.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            List<CoreLabel> ts = em.tokens();
            int first = ts.isEmpty() ? -1 : tokenIndex.getOrDefault(ts.get(0), -1);
            int last = ts.isEmpty() ? -1 : tokenIndex.getOrDefault(ts.get(ts.size() - 1), -1);
            if ("PERSON".equals(em.entityType()) && ts.size() >= 2 && SPEECH_OPENERS.contains(ts.get(0).word())) {
                // "Said Ellis: ...": the capitalised verb that opens the sentence is no part of the name
                int begin = ts.get(1).beginPosition();
                mentions.add(new AnnotatedArticle.NerMention(article.text().substring(begin, offsets.second()),
                        em.entityType(), normalized, begin, offsets.second(), sentence, first + 1, last));
                continue;
            }
            mentions.add(new AnnotatedArticle.NerMention(em.text(), em.entityType(), normalized, offsets.first(),
                    offsets.second(), sentence, first, last));
        }
        return new AnnotatedArticle(article, sentences, tokens,
                repeatSurnames(tokens, repeatShortNames(tokens, roleWords, repeatOrganisationNames(tokens, nameBeforeAcronym(article.text(), tokens, roleWords,
                        splitPlaceOfTitle(tokens, joinNicknames(tokens, extendOrganisationNames(article.text(), tokens,
                                joinOrganisationOfPlace(article.text(), tokens, joinGazetteerSplits(article.text(),
                                        tagHyphenatedNames(article.text(), tokens, mentions, hyphenatedNames)),
                                        organisationNameWords),
                                organisationNameWords))))))),
                dependencies);
    }

    /**
     * "The Georgian Tennis Federation (GFT) released a statement", untagged, where a later sentence's "Georgian Tennis
     * Federation" is tagged an organisation: the same words of two or more, capitalised, nowhere tagged and with no
     * capitalised word beside them, are the same name (one label for one name in one article).
     */
    static List<AnnotatedArticle.NerMention> repeatOrganisationNames(List<AnnotatedArticle.Token> tokens,
                                                                     List<AnnotatedArticle.NerMention> mentions) {
        List<AnnotatedArticle.NerMention> added = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (AnnotatedArticle.NerMention m : mentions) {
            int n = m.lastToken() - m.firstToken() + 1;
            if (!m.type().equals("ORGANIZATION") || m.firstToken() < 0 || n < 2) {
                continue;
            }
            List<String> words = tokens.subList(m.firstToken(), m.lastToken() + 1).stream()
                    .map(AnnotatedArticle.Token::word).toList();
            if (!capitalisedWord(words.get(0)) || !capitalisedWord(words.get(n - 1)) || !seen.add(String.join(" ", words))) {
                continue;
            }
            for (int i = 0; i + n <= tokens.size(); i++) {
                boolean same = true;
                for (int k = 0; k < n && same; k++) {
                    AnnotatedArticle.Token t = tokens.get(i + k);
                    same = t.word().equals(words.get(k)) && "O".equals(t.ner()) && t.sentence() == tokens.get(i).sentence();
                }
                if (!same || i > 0 && tokens.get(i - 1).sentence() == tokens.get(i).sentence()
                        && capitalisedWord(tokens.get(i - 1).word()) && !tokens.get(i - 1).word().equals("The")
                        || i + n < tokens.size() && tokens.get(i + n).sentence() == tokens.get(i).sentence()
                        && capitalisedWord(tokens.get(i + n).word())) {
                    continue;
                }
                int at = i;
                if (mentions.stream().anyMatch(x -> x.firstToken() <= at + n - 1 && x.lastToken() >= at)
                        || added.stream().anyMatch(x -> x.firstToken() <= at + n - 1 && x.lastToken() >= at)) {
                    continue;
                }
                AnnotatedArticle.Token first = tokens.get(i);
                AnnotatedArticle.Token last = tokens.get(i + n - 1);
                added.add(new AnnotatedArticle.NerMention(m.text(), m.type(), m.normalized(), first.begin(), last.end(),
                        first.sentence(), i, i + n - 1));
            }
        }
        return withAdded(mentions, added);
    }

    /**
     * "wrestling promotion World Wonder Ring Stardom (Stardom) ... Stardom's official statement read": a short name
     * given in brackets after an organisation's name is a mention of it wherever the tagger left it untagged or tagged
     * it alone as something else (which entity it names is the extractor's question: EntityExtractor.shortNameFits).
     */
    static List<AnnotatedArticle.NerMention> repeatShortNames(List<AnnotatedArticle.Token> tokens, Set<String> roleWords,
                                                              List<AnnotatedArticle.NerMention> mentions) {
        Set<String> shortNames = new java.util.HashSet<>();
        for (AnnotatedArticle.NerMention m : mentions) {
            int open = m.lastToken() + 1;
            if (!m.type().equals("ORGANIZATION") || m.firstToken() < 0 || m.lastToken() == m.firstToken()) {
                continue;
            }
            String name = bracketedWordAt(tokens, open);
            if (name != null && EntityExtractor.shortNameFits(name, m.text())
                    && !roleWords.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                shortNames.add(name);
            }
        }
        if (shortNames.isEmpty()) {
            return mentions;
        }
        List<AnnotatedArticle.NerMention> out = new ArrayList<>();
        for (AnnotatedArticle.NerMention m : mentions) {
            if (m.firstToken() >= 0 && m.firstToken() == m.lastToken() && shortNames.contains(m.text())
                    && !m.type().equals("ORGANIZATION")) {
                continue; // one name, one label: the short name tagged as something else elsewhere
            }
            out.add(m);
        }
        boolean[] covered = coveredTokens(tokens, out);
        List<AnnotatedArticle.NerMention> added = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            AnnotatedArticle.Token t = tokens.get(i);
            if (!covered[i] && shortNames.contains(t.word())) {
                added.add(new AnnotatedArticle.NerMention(t.word(), "ORGANIZATION", null, t.begin(), t.end(), t.sentence(), i, i));
            }
        }
        return withAdded(out, added);
    }

    /** Small words inside a name that an acronym may or may not count: "Notes from Poland (NFP)". */
    private static final Set<String> INNER_NAME_WORDS = Set.of("of", "from", "for", "and", "the", "on", "in", "de",
            "du", "des", "la", "le", "del", "di", "&");

    /**
     * "Notes from Poland (NFP)", "Philippine Institute of Volcanology and Seismology (Phivolcs)": capitalised words
     * (with the small words between them) right before an acronym in brackets are one organisation's name. Where the
     * acronym is the name's initials, the name is taken over any tags inside it ("Poland"); where it is one of the
     * name's words, an untagged name is tagged ("World Wonder Ring Stardom (Stardom)"); else only a name the tagger
     * already tagged an organisation from its first word is extended to the bracket, when the short name fits it
     * ("... of Volcanology" and Seismology, "Phivolcs"). An office's abbreviation is no name ("Member of Parliament
     * (MP)": roleWords).
     */
    static List<AnnotatedArticle.NerMention> nameBeforeAcronym(String text, List<AnnotatedArticle.Token> tokens,
                                                               Set<String> roleWords,
                                                               List<AnnotatedArticle.NerMention> mentions) {
        List<AnnotatedArticle.NerMention> out = mentions;
        for (int open = 2; open + 2 < tokens.size(); open++) {
            String acronym = bracketedWordAt(tokens, open);
            if (acronym == null || acronym.chars().filter(Character::isUpperCase).count() < 2
                    && !acronym.matches("[A-Z][a-z]{3,9}")) {
                continue;
            }
            if (roleWords.contains(acronym.toLowerCase(java.util.Locale.ROOT))) {
                continue; // "Member of Parliament (MP)", "Chief Executive Officer (CEO)": a title
            }
            int sentence = tokens.get(open).sentence();
            int first = open;
            while (first - 1 >= 0 && tokens.get(first - 1).sentence() == sentence
                    && (capitalisedWord(tokens.get(first - 1).word()) || Names.isAcronym(tokens.get(first - 1).word())
                    || INNER_NAME_WORDS.contains(tokens.get(first - 1).word()))) {
                first--;
            }
            while (first < open && !capitalisedWord(tokens.get(first).word()) && !Names.isAcronym(tokens.get(first).word())) {
                first++;
            }
            int last = open - 1;
            if (last - first < 1 || tokens.get(first).word().equals("The")) {
                if (last - first < 2 || !tokens.get(first).word().equals("The")) {
                    continue;
                }
                first++;
            }
            StringBuilder name = new StringBuilder();
            for (int k = first; k <= last; k++) {
                name.append(k > first ? " " : "").append(tokens.get(k).word());
            }
            boolean initials = acronym.equals(acronym.toUpperCase(java.util.Locale.ROOT))
                    && acronym.length() >= last - first + 1 - countInner(tokens, first, last)
                    && EntityExtractor.initialsFit(acronym, name.toString());
            int from = first;
            int to = last;
            List<AnnotatedArticle.NerMention> inside = out.stream()
                    .filter(m -> m.firstToken() <= to && m.lastToken() >= from).toList();
            if (inside.stream().anyMatch(m -> m.firstToken() < from || m.lastToken() > to)
                    || inside.stream().anyMatch(m -> m.firstToken() == from && m.lastToken() == to)) {
                continue; // a tag across the name's edge, or the name already tagged whole
            }
            // (with a short name that fits it: not "the United Nations and Doctors Without Borders (MSF)")
            boolean extend = inside.size() == 1 && inside.get(0).type().equals("ORGANIZATION")
                    && inside.get(0).firstToken() == from && EntityExtractor.shortNameFits(acronym, name.toString());
            // (or one of the name's own words: "World Wonder Ring Stardom (Stardom)")
            boolean ownWord = inside.isEmpty() && java.util.Arrays.asList(name.toString().split(" ")).contains(acronym);
            if (!initials && !extend && !ownWord) {
                continue;
            }
            int begin = tokens.get(first).begin();
            int end = tokens.get(last).end();
            out = replaced(out, inside, new AnnotatedArticle.NerMention(text.substring(begin, end), "ORGANIZATION",
                    extend ? inside.get(0).normalized() : null, begin, end, sentence, first, last));
        }
        return out;
    }

    /** The one capitalised word of 2-10 letters in brackets that opens at token {@code open} ("(NFP)"), or null. */
    private static String bracketedWordAt(List<AnnotatedArticle.Token> tokens, int open) {
        if (open < 0 || open + 2 >= tokens.size()) {
            return null;
        }
        String word = tokens.get(open + 1).word();
        boolean opens = tokens.get(open).word().equals("(") || tokens.get(open).word().equals("-LRB-");
        boolean closes = tokens.get(open + 2).word().equals(")") || tokens.get(open + 2).word().equals("-RRB-");
        return opens && closes && word.matches("[A-Z][A-Za-z0-9&]{1,9}") ? word : null;
    }

    /** The mentions and the added ones, in text order (the same list when none is added). */
    private static List<AnnotatedArticle.NerMention> withAdded(List<AnnotatedArticle.NerMention> mentions,
                                                               List<AnnotatedArticle.NerMention> added) {
        if (added.isEmpty()) {
            return mentions;
        }
        List<AnnotatedArticle.NerMention> out = new ArrayList<>(mentions);
        out.addAll(added);
        out.sort(java.util.Comparator.comparingInt(AnnotatedArticle.NerMention::begin));
        return out;
    }

    /** Which tokens the mentions cover. */
    private static boolean[] coveredTokens(List<AnnotatedArticle.Token> tokens, List<AnnotatedArticle.NerMention> mentions) {
        boolean[] covered = new boolean[tokens.size()];
        for (AnnotatedArticle.NerMention m : mentions) {
            for (int k = Math.max(0, m.firstToken()); k <= m.lastToken() && k < tokens.size(); k++) {
                covered[k] = true;
            }
        }
        return covered;
    }

    /** The mentions with those inside a name taken out and the name's mention put in, in text order. */
    private static List<AnnotatedArticle.NerMention> replaced(List<AnnotatedArticle.NerMention> mentions,
                                                              List<AnnotatedArticle.NerMention> inside,
                                                              AnnotatedArticle.NerMention name) {
        List<AnnotatedArticle.NerMention> next = new ArrayList<>(mentions);
        next.removeAll(inside);
        next.add(name);
        next.sort(java.util.Comparator.comparingInt(AnnotatedArticle.NerMention::begin));
        return next;
    }

    private static int countInner(List<AnnotatedArticle.Token> tokens, int first, int last) {
        int n = 0;
        for (int k = first; k <= last; k++) {
            n += INNER_NAME_WORDS.contains(tokens.get(k).word()) ? 1 : 0;
        }
        return n;
    }

    /** The mapping's names with a hyphen token: TokensRegexNER leaves them untagged ("Agence France-Presse"). */
    static List<HyphenatedName> hyphenatedNames(String mapping) {
        List<HyphenatedName> out = new ArrayList<>();
        for (String line : mapping.split("\n")) {
            String[] cols = line.split("\t");
            if (cols.length < 3) {
                continue;
            }
            List<String> words = java.util.Arrays.stream(cols[0].split(" "))
                    .map(w -> w.replaceAll("\\\\(.)", "$1")).toList();
            if (words.size() > 1 && words.contains("-")) {
                out.add(new HyphenatedName(words, cols[1], cols[2]));
            }
        }
        return out;
    }

    /**
     * "Agence France-Presse", "Lashkar-e-Taiba": a gazetteer name with a hyphen, which the tokenizer splits into its
     * own token and the gazetteer's tagger then does not match, tagged here as the gazetteer tags it (over any tag the
     * statistical tagger gave its words).
     */
    static List<AnnotatedArticle.NerMention> tagHyphenatedNames(String text, List<AnnotatedArticle.Token> tokens,
                                                                List<AnnotatedArticle.NerMention> mentions,
                                                                List<HyphenatedName> names) {
        List<AnnotatedArticle.NerMention> out = mentions;
        for (HyphenatedName name : names) {
            int n = name.words().size();
            for (int i = 0; i + n <= tokens.size(); i++) {
                boolean same = true;
                for (int k = 0; k < n && same; k++) {
                    same = tokens.get(i + k).word().equals(name.words().get(k))
                            && tokens.get(i + k).sentence() == tokens.get(i).sentence();
                }
                if (!same) {
                    continue;
                }
                int from = i;
                int to = i + n - 1;
                List<AnnotatedArticle.NerMention> inside = out.stream()
                        .filter(m -> m.firstToken() <= to && m.lastToken() >= from).toList();
                if (inside.stream().anyMatch(m -> m.firstToken() < from || m.lastToken() > to)) {
                    continue; // part of a longer name
                }
                int begin = tokens.get(from).begin();
                int end = tokens.get(to).end();
                out = replaced(out, inside, new AnnotatedArticle.NerMention(text.substring(begin, end), name.ner(),
                        name.normalized(), begin, end, tokens.get(from).sentence(), from, to));
            }
        }
        return out;
    }

    /**
     * "West backed away from ..." after "Kanye West": the tagger leaves a surname that is also a common word untagged
     * where it stands alone. The last word of a person's name of two or more capitalised words, written alone as a
     * proper noun with no capitalised word beside it and no determiner before it ("the West"), and not a name the
     * gazetteer tagged alone in the article ("Jordan" the country), is a mention of a person (which one is resolution's question).
     */
    static List<AnnotatedArticle.NerMention> repeatSurnames(List<AnnotatedArticle.Token> tokens,
                                                            List<AnnotatedArticle.NerMention> mentions) {
        Set<String> surnames = new java.util.HashSet<>();
        Set<String> taggedOther = new java.util.HashSet<>();
        for (AnnotatedArticle.NerMention m : mentions) {
            if (m.firstToken() < 0 || m.lastToken() >= tokens.size()) {
                continue;
            }
            if (!m.type().equals("PERSON")) {
                if (m.firstToken() == m.lastToken() && isGazetteerTag(m.normalized())) {
                    taggedOther.add(tokens.get(m.firstToken()).word());
                }
                continue;
            }
            if (m.lastToken() > m.firstToken() && tokens.subList(m.firstToken(), m.lastToken() + 1).stream()
                    .allMatch(t -> capitalisedWord(t.word()))) {
                String last = tokens.get(m.lastToken()).word();
                if (last.length() >= 3) {
                    surnames.add(last);
                }
            }
        }
        surnames.removeAll(taggedOther);
        if (surnames.isEmpty()) {
            return mentions;
        }
        boolean[] covered = coveredTokens(tokens, mentions);
        List<AnnotatedArticle.NerMention> added = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            AnnotatedArticle.Token t = tokens.get(i);
            if (covered[i] || !surnames.contains(t.word()) || !"O".equals(t.ner()) || !"NNP".equals(t.pos())) {
                continue;
            }
            AnnotatedArticle.Token before = i > 0 && tokens.get(i - 1).sentence() == t.sentence() ? tokens.get(i - 1) : null;
            AnnotatedArticle.Token after = i + 1 < tokens.size() && tokens.get(i + 1).sentence() == t.sentence()
                    ? tokens.get(i + 1) : null;
            if (before != null && (capitalisedWord(before.word()) || "DT".equals(before.pos()))
                    || after != null && capitalisedWord(after.word())) {
                continue;
            }
            added.add(new AnnotatedArticle.NerMention(t.word(), "PERSON", null, t.begin(), t.end(), t.sentence(), i, i));
        }
        return withAdded(mentions, added);
    }

    /**
     * "the Commission on Presidential Debates", tagged an organisation "Presidential Debates": an organisation's name
     * after "on", "of", "for" or "to" and a capitalised word of {@code organisationNameWords} (with the capitalised
     * words before it) is the end of that longer name.
     */
    static List<AnnotatedArticle.NerMention> extendOrganisationNames(String text, List<AnnotatedArticle.Token> tokens,
                                                                     List<AnnotatedArticle.NerMention> mentions,
                                                                     Set<String> nameWords) {
        List<AnnotatedArticle.NerMention> out = new ArrayList<>(mentions.size());
        int previousEnd = -1;
        for (AnnotatedArticle.NerMention m : mentions) {
            int f = m.firstToken();
            int from = -1;
            if (m.type().equals("ORGANIZATION") && f >= 2 && NAME_JOINERS.contains(tokens.get(f - 1).word())
                    && tokens.get(f - 2).sentence() == m.sentence() && "O".equals(tokens.get(f - 2).ner())
                    && capitalisedWord(tokens.get(f - 2).word())
                    && nameWords.contains(tokens.get(f - 2).word().toLowerCase(java.util.Locale.ROOT))) {
                from = f - 2;
                while (from - 1 > previousEnd && tokens.get(from - 1).sentence() == m.sentence()
                        && "O".equals(tokens.get(from - 1).ner()) && capitalisedWord(tokens.get(from - 1).word())
                        && !tokens.get(from - 1).word().equals("The")) {
                    from--;
                }
            }
            if (from < 0 && m.type().equals("ORGANIZATION") && f >= 2 && m.lastToken() > f
                    && tokens.get(f - 1).word().equals("and") && tokens.get(f - 2).sentence() == m.sentence()
                    && "O".equals(tokens.get(f - 2).ner()) && "NNP".equals(tokens.get(f - 2).pos())
                    && capitalisedWord(tokens.get(f - 2).word()) && f - 2 > previousEnd
                    && (f - 3 < 0 || tokens.get(f - 3).sentence() != m.sentence()
                    || !capitalisedWord(tokens.get(f - 3).word()) || tokens.get(f - 3).word().equals("The"))) {
                // "Turkey's Disaster and Emergency Management Presidency", tagged from "Emergency": one capitalised
                // word and "and" before a name of two words or more open it
                from = f - 2;
            }
            if (from < 0) {
                out.add(m);
            } else {
                int begin = tokens.get(from).begin();
                out.add(new AnnotatedArticle.NerMention(text.substring(begin, m.end()), m.type(), m.normalized(), begin,
                        m.end(), m.sentence(), from, m.lastToken()));
            }
            previousEnd = m.lastToken();
        }
        return out;
    }

    /** Words that join a name word to the rest of an organisation's name: "Commission on ...", "Centre for ...". */
    private static final Set<String> NAME_JOINERS = Set.of("on", "of", "for", "to");

    private static boolean capitalisedWord(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.chars().anyMatch(Character::isLowerCase);
    }

    /**
     * "Mayor of London Sadiq Khan", tagged one person "London Sadiq Khan": a person's name after "of" that opens with
     * a name the article tags a place elsewhere is that place and then the person (two words of name at least left).
     */
    static List<AnnotatedArticle.NerMention> splitPlaceOfTitle(List<AnnotatedArticle.Token> tokens,
                                                                List<AnnotatedArticle.NerMention> mentions) {
        Set<String> placeNames = new java.util.HashSet<>();
        for (AnnotatedArticle.NerMention m : mentions) {
            if (PLACE_TAGS.contains(m.type())) {
                placeNames.add(m.text());
            }
        }
        List<AnnotatedArticle.NerMention> out = new ArrayList<>();
        for (AnnotatedArticle.NerMention m : mentions) {
            int first = m.firstToken();
            int last = m.lastToken();
            boolean afterOf = first > 0 && last - first >= 2 && tokens.get(first - 1).word().equals("of")
                    && tokens.get(first - 1).sentence() == tokens.get(first).sentence();
            int split = -1;
            if (m.type().equals("PERSON") && afterOf) {
                // the opening words, one more at a time: "London", "London Sadiq"
                StringBuilder words = new StringBuilder(tokens.get(first).word());
                for (int k = first; k <= last - 2 && split < 0; k++) {
                    if (k > first) {
                        words.append(' ').append(tokens.get(k).word());
                    }
                    if (placeNames.contains(words.toString())) {
                        split = k;
                    }
                }
            }
            if (split < 0) {
                out.add(m);
                continue;
            }
            AnnotatedArticle.Token placeEnd = tokens.get(split);
            AnnotatedArticle.Token personStart = tokens.get(split + 1);
            int cut = placeEnd.end() - m.begin();
            out.add(new AnnotatedArticle.NerMention(m.text().substring(0, cut), "LOCATION", null, m.begin(),
                    placeEnd.end(), m.sentence(), first, split));
            out.add(new AnnotatedArticle.NerMention(m.text().substring(personStart.begin() - m.begin()), "PERSON",
                    m.normalized(), personStart.begin(), m.end(), m.sentence(), split + 1, last));
        }
        return out;
    }

    /**
     * A gazetteer name inside a longer name the tagger gave the same type ("National Conference" in "National
     * Conference of State Legislatures") makes CoreNLP cut the mention where the gazetteer's tag ends; the two pieces,
     * touching and of one type, are joined again into the tagger's name, which is then not the gazetteer's entry.
     */
    static List<AnnotatedArticle.NerMention> joinGazetteerSplits(String text, List<AnnotatedArticle.NerMention> in) {
        List<AnnotatedArticle.NerMention> out = new ArrayList<>(in.size());
        for (AnnotatedArticle.NerMention m : in) {
            AnnotatedArticle.NerMention prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.type().equals(m.type()) && prev.sentence() == m.sentence()
                    && prev.lastToken() >= 0 && m.firstToken() == prev.lastToken() + 1
                    && isGazetteerTag(prev.normalized()) != isGazetteerTag(m.normalized())
                    && !m.type().equals("DATE") && !m.type().equals("NUMBER")) {
                out.set(out.size() - 1, new AnnotatedArticle.NerMention(text.substring(prev.begin(), m.end()),
                        m.type(), null, prev.begin(), m.end(), m.sentence(), prev.firstToken(), m.lastToken()));
                continue;
            }
            out.add(m);
        }
        return out;
    }

    private static final java.util.Set<String> NICKNAME_OPENERS = java.util.Set.of("(", "-LRB-", "\"", "``", "\u201c");
    private static final java.util.Set<String> NICKNAME_CLOSERS = java.util.Set.of(")", "-RRB-", "\"", "''", "\u201d");

    /**
     * "James (Jim) Hedges", "Jeremy "Spike" Cohen": a first name, a nickname in brackets or quotation marks and a
     * surname the tagger cut into two or three mentions (the surname sometimes as an organisation) are one person,
     * named without the nickname.
     */
    static List<AnnotatedArticle.NerMention> joinNicknames(List<AnnotatedArticle.Token> tokens,
                                                            List<AnnotatedArticle.NerMention> in) {
        List<AnnotatedArticle.NerMention> out = new ArrayList<>(in.size());
        for (int j = 0; j < in.size(); j++) {
            AnnotatedArticle.NerMention a = in.get(j);
            int open = a.lastToken() + 1;
            if (a.type().equals("PERSON") && a.lastToken() >= 0 && open + 3 < tokens.size()
                    && NICKNAME_OPENERS.contains(tokens.get(open).word())
                    && NICKNAME_CLOSERS.contains(tokens.get(open + 2).word())
                    && Character.isUpperCase(tokens.get(open + 1).word().charAt(0))
                    && tokens.get(open + 3).sentence() == a.sentence()) {
                int k = j + 1;
                if (k < in.size() && in.get(k).firstToken() == open + 1 && in.get(k).lastToken() == open + 1) {
                    k++; // the nickname tagged as a mention of its own
                }
                if (k < in.size() && in.get(k).firstToken() == open + 3
                        && (in.get(k).type().equals("PERSON") || in.get(k).type().equals("ORGANIZATION"))) {
                    AnnotatedArticle.NerMention b = in.get(k);
                    out.add(new AnnotatedArticle.NerMention(a.text() + " " + b.text(), "PERSON", null, a.begin(),
                            b.end(), a.sentence(), a.firstToken(), b.lastToken()));
                    j = k;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /** The tagger's types for a place. */
    static final java.util.Set<String> PLACE_TAGS = java.util.Set.of("LOCATION", "COUNTRY", "CITY",
            "STATE_OR_PROVINCE");

    /**
     * "Supreme Court of the United Kingdom" tagged as an organisation "Supreme Court of the" and a country: an
     * organisation mention that ends in "of" or "of the", right before a place, is one organisation with it; so is
     * one capitalised word tagged an organisation right before a place in its phrase ("Air India"), and a one-word
     * organisation mention right after an organisation's name ("Bank of America" and "Corporation"), or right after a
     * place in its phrase ("China" and "Daily" in "The China Daily newspaper").
     */
    static List<AnnotatedArticle.NerMention> joinOrganisationOfPlace(String text, List<AnnotatedArticle.Token> tokens,
                                                                     List<AnnotatedArticle.NerMention> in,
                                                                     java.util.Set<String> nameWords) {
        List<AnnotatedArticle.NerMention> out = new ArrayList<>(in.size());
        for (AnnotatedArticle.NerMention m : in) {
            AnnotatedArticle.NerMention prev = out.isEmpty() ? null : out.get(out.size() - 1);
            // (a mention with this one right after it, in its sentence, and with one space between)
            boolean next = prev != null && prev.sentence() == m.sentence() && prev.lastToken() >= 0
                    && m.firstToken() == prev.lastToken() + 1;
            boolean spaced = next && text.substring(prev.end(), m.begin()).equals(" ");
            boolean afterOrganisation = next && prev.type().equals("ORGANIZATION");
            boolean adjacent = afterOrganisation && PLACE_TAGS.contains(m.type());
            boolean oneSpace = spaced && afterOrganisation;
            // (and "Bank of America Corporation", by then "Bank of America" and an organisation "Corporation")
            boolean sameName = oneSpace && m.type().equals("ORGANIZATION") && prev.firstToken() < prev.lastToken()
                    && m.firstToken() == m.lastToken() && capitalisedWord(m.text());
            // (and "Air India", "Air Canada", tagged an organisation "Air" and a country: one word of a name, not an
            // acronym, right before the place with one space between, in its phrase)
            // (the parse keeps the word in the place's phrase, "The deal made Lenovo China's biggest seller" unparsed
            // is left alone; nor a body the gazetteer knows by that one word: "told Reuters Russia had no plans")
            AnnotatedArticle.Token word = adjacent && prev.firstToken() >= 0 ? tokens.get(prev.firstToken()) : null;
            boolean oneName = word != null && !isGazetteerTag(prev.normalized()) && "compound".equals(word.rel())
                    && word.head() >= m.firstToken() && word.head() <= m.lastToken();
            // (and "The China Daily newspaper", tagged a place and an organisation "Daily": one capitalised word of
            // organisationNameWords the tagger does not know, right after a place with one space between, the place a
            // compound in its phrase; not "the Iran Boeing deal")
            boolean afterPlace = spaced && PLACE_TAGS.contains(prev.type());
            AnnotatedArticle.Token place = afterPlace ? tokens.get(prev.lastToken()) : null;
            AnnotatedArticle.Token orgWord = afterPlace ? tokens.get(m.firstToken()) : null;
            boolean placeName = afterPlace && m.type().equals("ORGANIZATION") && m.firstToken() == m.lastToken()
                    && capitalisedWord(m.text()) && !isGazetteerTag(m.normalized()) && "compound".equals(place.rel())
                    && nameWords.contains(m.text().toLowerCase(java.util.Locale.ROOT))
                    && (place.head() == m.firstToken() || "compound".equals(orgWord.rel())
                    && place.head() == orgWord.head());
            if (placeName) {
                out.set(out.size() - 1, new AnnotatedArticle.NerMention(text.substring(prev.begin(), m.end()),
                        m.type(), null, prev.begin(), m.end(), m.sentence(), prev.firstToken(), m.lastToken()));
                continue;
            }
            if (sameName || adjacent && (prev.text().matches("(?s).*\\s(?:of|of the)")
                    || oneName && oneSpace && prev.firstToken() == prev.lastToken() && capitalisedWord(prev.text()))) {
                out.set(out.size() - 1, new AnnotatedArticle.NerMention(text.substring(prev.begin(), m.end()),
                        prev.type(), null, prev.begin(), m.end(), m.sentence(), prev.firstToken(), m.lastToken()));
                continue;
            }
            out.add(m);
        }
        // "The Bank of America Corporation": words tagged as an organisation but in no mention, right after an
        // organisation's name, are its end
        boolean[] covered = coveredTokens(tokens, out);
        for (int i = 0; i < out.size(); i++) {
            AnnotatedArticle.NerMention m = out.get(i);
            int last = m.lastToken();
            while (m.type().equals("ORGANIZATION") && last >= 0 && last + 1 < tokens.size() && !covered[last + 1]
                    && tokens.get(last + 1).sentence() == m.sentence()
                    && "ORGANIZATION".equals(tokens.get(last + 1).ner())
                    && text.substring(tokens.get(last).end(), tokens.get(last + 1).begin()).equals(" ")) {
                last++;
            }
            if (last != m.lastToken()) {
                int end = tokens.get(last).end();
                out.set(i, new AnnotatedArticle.NerMention(text.substring(m.begin(), end), m.type(), null, m.begin(),
                        end, m.sentence(), m.firstToken(), last));
            }
        }
        return out;
    }

    private static boolean isGazetteerTag(String normalized) {
        return normalized != null && normalized.startsWith("GAZ:");
    }

    /**
     * The text with a line break (a sentence break here, {@code ssplit.newlineIsSentenceBreak=always}) put in place of
     * a white-space character wherever a run would otherwise go on for more than {@code max} characters without a
     * sentence end. Only white space is replaced, one character for one, so every offset still points into the
     * article's own text.
     */
    static String breakLongRuns(String text, int max) {
        char[] chars = null;
        int runStart = 0;
        int lastSpace = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?') {
                runStart = i + 1;
                lastSpace = -1;
                continue;
            }
            if (Character.isWhitespace(c)) {
                lastSpace = i;
            }
            if (i - runStart >= max) {
                int cut = lastSpace > runStart ? lastSpace : -1;
                if (cut < 0) {
                    continue; // one "word" this long: nothing to cut at without changing the text
                }
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[cut] = '\n';
                runStart = cut + 1;
                lastSpace = -1;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /**
     * A TokensRegexNER mapping that tags every gazetteer name as the NER type its entry needs, so that names the
     * statistical tagger misses or mistypes ("Dera Ismail Khan" as PERSON) are found. Single-word names only correct
     * a tag the tagger already gave; longer names and acronyms also tag words it left untagged.
     */
    static String regexnerMapping(Gazetteer gazetteer) {
        StringBuilder out = new StringBuilder();
        Set<String> seen = new LinkedHashSet<>();
        for (Gazetteer.Entry e : gazetteer.entries()) {
            String ner = switch (e.type()) {
                case PLACE -> "LOCATION";
                case PERSON -> "PERSON";
                default -> "ORGANIZATION";
            };
            for (String surface : e.surfaces()) {
                List<String> toks = tokens(surface);
                if (toks.isEmpty() || surface.strip().length() < 2) {
                    continue;
                }
                String pattern = String.join(" ", toks.stream().map(Annotator::quoteToken).toList());
                if (!seen.add(pattern)) {
                    continue;
                }
                boolean strong = toks.size() > 1 || Names.isAcronym(surface.strip());
                String overwrite = strong ? "PERSON,LOCATION,ORGANIZATION,MISC,O" : "PERSON,LOCATION,ORGANIZATION,MISC";
                out.append(pattern).append('\t').append(ner).append('\t').append("GAZ:").append(Names.key(e.name()))
                        .append('\t').append(overwrite).append('\t').append(toks.size()).append('\n');
            }
        }
        return out.toString();
    }

    private static final Pattern REGEX_SPECIAL = Pattern.compile("[\\\\.\\[\\]{}()*+?^$|/-]");

    private static String quoteToken(String token) {
        return REGEX_SPECIAL.matcher(token).replaceAll("\\\\$0");
    }

    private static List<String> tokens(String text) {
        PTBTokenizer<CoreLabel> tok = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), "");
        List<String> out = new ArrayList<>();
        while (tok.hasNext()) {
            out.add(tok.next().word());
        }
        return out;
    }

    private static String writeTemp(String content) {
        try {
            Path f = Files.createTempFile("newsgraph-regexner", ".tsv");
            f.toFile().deleteOnExit();
            Files.writeString(f, content, StandardCharsets.UTF_8);
            return f.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the RegexNER mapping", e);
        }
    }
}
