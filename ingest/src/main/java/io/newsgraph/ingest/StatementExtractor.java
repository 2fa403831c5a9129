package io.newsgraph.ingest;

import io.newsgraph.ingest.AnnotatedArticle.NerMention;
import io.newsgraph.ingest.AnnotatedArticle.Token;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Ids;
import io.newsgraph.model.NodeRef;
import io.newsgraph.model.Span;
import io.newsgraph.model.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds who said what: direct quotations with their speaker, and reported speech ("X said that ...", "X told the
 * house ...", "X alleged ...", "according to X, ..."). Speakers are the article's resolved entities: a name next to
 * the speech verb, a pronoun ("he said": the person last named), a title ("the defence minister said": the one
 * person of the article with that title), "the statement" or "it" (the organisation that spoke or issued a statement
 * last), or for a quotation with no speech verb of its own, the speaker of the sentence before.
 */
final class StatementExtractor {

    /** The article's entity for each mention, and what the entities are: titles of persons, media (platforms). */
    record Links(NodeRef[] mentionRefs, EntityType[] mentionTypes, Map<String, Set<String>> personTitles,
                 Set<String> media) {
    }

    /** A statement with the token range of its content, for the claims and the next sentences. */
    record Found(Statement statement, String speakerText, int sentence) {
    }

    record Quote(int open, int close) {
        int words(String text) {
            String inner = text.substring(open + 1, close).strip();
            return inner.isEmpty() ? 0 : inner.split("\\s+").length;
        }
    }

    /** A person a pronoun was found to be, and the gender the pronoun asked for (null: any). */
    private record Resolved(NodeRef person, String gender) {
    }

    private record Speaker(NodeRef ref, String text, int start) {
        static final Speaker NONE = new Speaker(null, null, -1);

        boolean found() {
            return ref != null || text != null;
        }
    }

    /** Participles that report a figure or a finding ("the rate noted by the team", "the toll reported by police"). */
    private static final Set<String> REPORTING_PARTICIPLES = Set.of("note", "report", "estimate", "record", "cite",
            "observe", "find", "document", "count");
    /** Verbs by which one who spoke goes on speaking ("The Wooster professor added"). */
    private static final Set<String> GOING_ON = Set.of("add", "continue", "elaborate", "conclude");
    /** Verbs of answering what another said ("responded to Macron's statement:"). */
    private static final Set<String> REPLY_VERBS = Set.of("respond", "reply", "react", "answer", "rebut", "retort",
            "counter");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that");

    /** Verbs of saying that open a sentence before the speaker ("Said Ellis: ..."). */
    private static final Set<String> OPENING_VERBS = Set.of("said", "says", "asked", "asks", "added", "adds", "wrote",
            "writes", "told", "noted");
    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that");

    /** Words that open an indirect question: "discussed how ...", "explains why ...". */
    private static final Set<String> QUESTION_WORDS = Set.of("how", "why", "what", "whether", "where", "when", "who",
            "which");

    /** Of those, the ones that open an indirect question the parse hangs as an adverbial clause ("discusses why ..."). */
    private static final Set<String> ADVERBIAL_QUESTION_WORDS = Set.of("how", "why", "what", "whether");

    /** Prepositions whose phrase after a topic's object goes on with it ("his journey from X to Y", "the report on X"). */
    private static final Set<String> TOPIC_GOES_ON = Set.of("from", "to", "of", "about", "on", "over");
    /** Tags of a finite verb form (a modal aside). */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
    /** Relations of the words before a noun that belong to its phrase ("the", "Tax" of "the Tax Foundation"). */
    private static final Set<String> PREMODIFIERS = Set.of("det", "amod", "compound", "nmod:poss", "nummod",
            "det:predet", "flat");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");

    private static final Set<String> SUBORDINATORS = Set.of("that", "if", "whether", "because", "as");

    private static final Set<String> AUXILIARIES = Set.of("has", "had", "have", "was", "were", "is", "are", "be",
            "been", "also", "further", "then", "later", "earlier", "would", "will", "did", "does", "do",
            "previously", "repeatedly", "reportedly", "once", "again");
    private static final Set<String> SPEAKER_TYPES = Set.of("Person", "Party", "Group", "Organisation");
    /** Words for a share of people that can be the subject of a cue ("Several said", "Many think"). */
    private static final Set<String> QUANTITY_SUBJECTS = Set.of("several", "many", "most", "some", "few", "all",
            "both", "half", "majority", "others");
    private static final Set<String> ORGANISATION_TYPES = Set.of("Party", "Group", "Organisation");
    private static final Set<String> SKIP_AFTER_VERB = Set.of("on", "today", "yesterday", "earlier", "later", "that",
            ":", ",", "also", "tonight");
    private static final Set<String> NOMINATIVE = Set.of("he", "she", "they", "we", "i");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "you", "it", "him", "her",
            "them", "us", "me", "this", "these", "those", "one", "some", "many", "others", "all", "both", "each",
            "someone", "somebody", "anyone", "everyone", "nobody", "none");
    private static final Set<String> AND = Set.of("and", "&");
    /** How a parenthetical after a name opens: a relative clause, an apposition, an age, a phrase of circumstance. */
    private static final Set<String> PARENTHETICAL_OPENERS = Set.of("who", "whose", "a", "an", "the");
    private static final Set<String> PARENTHETICAL_OPENER_TAGS = Set.of("CD", "IN", "VBG");
    /** The words of a description before a name in close apposition ("the venture capitalist Marc Andreessen"). */
    private static final Set<String> DESCRIPTION_TAGS = Set.of("NN", "NNS", "JJ", "POS");
    private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his");
    private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers");
    private static final Set<String> PERSONAL_PRONOUNS = java.util.stream.Stream.concat(MALE_PRONOUNS.stream(),
            FEMALE_PRONOUNS.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> OPENING_SUBORDINATORS = Set.of("when", "while", "after", "because", "although",
            "though", "since", "before", "if", "as");
    private static final Set<String> CONCESSIVE = Set.of("although", "though", "whereas");
    /** Words that open a clause set against the one before it ("..., while Cruz said ..."). */
    private static final Set<String> CONTRASTING = Set.of("while", "whereas", "whilst");
    private static final Set<String> BE = Set.of("is", "was", "were", "are", "be", "been", "being", "'s");
    private static final int MIN_WORDS = 4;
    /** The fewest words of reported content that is a clause with a subject and verb of its own. */
    private static final int MIN_CLAUSE_WORDS = 3;
    /** At most this many words (the cue and its speaker) between two parts of one quotation. */
    private static final int MAX_WORDS_BETWEEN_PARTS = 12;
    /** What a stance is taken on may be a name alone ("Trump attacked Machado", "the union endorsed Clinton"). */
    private static final int STANCE_MIN_WORDS = 1;
    /** A headline "Name: words": one to four capitalised words, a colon, then at least three words. */
    private static final java.util.regex.Pattern HEADLINE = java.util.regex.Pattern.compile(
            "((?:[A-Z][\\p{L}.'\u2019-]+ ){0,3}[A-Z][\\p{L}.'\u2019-]+):\\s+(\\S+(?:\\s+\\S+){2,})");
    /** A transcript line: an optional opening quotation mark, a name in capitals, a colon ("PENCE: ..."). */
    private static final java.util.regex.Pattern TRANSCRIPT_LINE = java.util.regex.Pattern.compile(
            "(?m)^([\"\u201c])?((?:[A-Z][A-Z.'\u2019-]+ ){0,2}[A-Z][A-Z'\u2019-]+):[ \t]+(?=\\S)");
    /** A turn of an interview as wikis print it: a paragraph opening with the speaker's name in double brackets. */
    private static final java.util.regex.Pattern INTERVIEW_TURN = java.util.regex.Pattern.compile(
            "(?m)^\\(\\(([^()\n]{1,60})\\)\\)[ \t]*:?[ \t]*(?=\\S)");
    /** An answer's label of initials: two to four capitals, then a colon or a space ("NG: ...", "MS Although"). */
    private static final java.util.regex.Pattern ANSWER_INITIALS = java.util.regex.Pattern.compile(
            "([A-Z]{2,4})(?=:|[ \t])");
    /** A question's label at a paragraph's opening in a printed Q&A: "Q:", "Q.", "Question:". */
    private static final java.util.regex.Pattern QA_QUESTION = java.util.regex.Pattern.compile(
            "(?:Q[:.]|Question:)[ \t]*(?=\\S)");
    /** A word of the first person, as an interviewee's answers have. */
    private static final java.util.regex.Pattern FIRST_PERSON = java.util.regex.Pattern.compile(
            "\\b(?:I|I'm|I've|I'd|I'll|me|my|we|We|our|Our|us)\\b");
    /** An answer's label at a paragraph's opening in a printed Q&A: "A:", "Answer:". */
    private static final java.util.regex.Pattern QA_ANSWER = java.util.regex.Pattern.compile(
            "(?:A|Answer):[ \t]*(?=\\S)");

    private final StatementWords words;

    private final Set<String> roleWords;

    /** Words for people by their relation to someone ("niece", "wife", cues.yaml personNouns). */
    private final Set<String> personNouns;

    StatementExtractor(StatementWords words) {
        this(words, Set.of(), Set.of());
    }

    /**
     * @param roleWords words of an office ("director", "minister"): a phrase headed by one and ending in a name is that person
     * @param personNouns words for people by relation ("niece"): "a niece of X, who claimed" is the niece's
     */
    StatementExtractor(StatementWords words, Set<String> roleWords, Set<String> personNouns) {
        this.words = words;
        this.roleWords = roleWords;
        this.personNouns = personNouns;
    }

    List<Found> extract(AnnotatedArticle doc, Links links) {
        Run run = new Run(doc, links);
        return run.all();
    }

    /** The state of one pass over one article. */
    private final class Run {
        final AnnotatedArticle doc;
        final Links links;
        final String text;
        final List<Token> tokens;
        final int[] mentionAt;
        final List<Quote> quotes;
        final int[] quoteAt;
        final List<Found> found = new ArrayList<>();
        final Grammar g;
        NodeRef lastOrgSpeaker;
        NodeRef lastStatementOrg;
        /** The gender honorifics or a given name give each person ("Mr. Trump", "Michelle Tidball"); "?" when they disagree. */
        final java.util.Map<NodeRef, String> gender = new java.util.HashMap<>();
        NodeRef lastSpeaker;
        int lastSpeakerSentence = -10;
        /** Where the last speaker's words (or cue) start: a sentence's quotations are read before its other cues. */
        int lastSpeakerAt = -1;
        /** Whom each pronoun read so far stands for, by token and the gender asked ("12:male"); null values kept. */
        final java.util.Map<String, NodeRef> pronounAt = new java.util.HashMap<>();
        /** The last speaker and their sentence as they were when the current sentence began to be read. */
        NodeRef speakerBeforeSentence;
        int speakerBeforeSentenceAt = -10;
        /**
         * The person a pronoun of a person outside quotation marks ("he", "his", "she", "her") was found to be, by
         * sentence (the first such), with the gender the pronoun asked for.
         */
        final Map<Integer, Resolved> pronounPerson = new HashMap<>();

        Run(AnnotatedArticle doc, Links links) {
            this.doc = doc;
            this.links = links;
            this.text = doc.article().text();
            this.tokens = doc.tokens();
            this.g = new Grammar(doc);
            this.mentionAt = new int[tokens.size()];
            java.util.Arrays.fill(mentionAt, -1);
            for (int i = 0; i < doc.mentions().size(); i++) {
                NerMention m = doc.mentions().get(i);
                if (links.mentionRefs()[i] == null) {
                    continue;
                }
                for (int t = m.firstToken(); t >= 0 && t <= m.lastToken() && t < mentionAt.length; t++) {
                    mentionAt[t] = i;
                }
            }
            for (int i = 0; i < doc.mentions().size(); i++) {
                NerMention m = doc.mentions().get(i);
                NodeRef ref = links.mentionRefs()[i];
                int before = m.firstToken() - 1;
                String given = ref == null || !ref.label().equals("Person") || before < 0 ? null
                        : words.honorificGenders().get(tokens.get(before).word().toLowerCase(Locale.ROOT));
                if (given != null) {
                    gender.merge(ref, given, (a, b) -> a.equals(b) ? a : "?");
                }
                // (and a given name the data knows: "Michelle Tidball" is no "he"; nor is a person named by it
                // alone, "Gloria developed severe eczema", not a surname of a longer name)
                String first = m.firstToken() < 0 ? "" : tokens.get(m.firstToken()).word().toLowerCase(Locale.ROOT);
                boolean alone = ref != null && m.lastToken() == m.firstToken() && ref.id().equals("person:" + first);
                String byName = ref == null || !ref.label().equals("Person") || m.firstToken() < 0
                        || m.lastToken() <= m.firstToken() && !alone ? null : words.givenNameGenders().get(first);
                if (byName != null) {
                    gender.merge(ref, byName, (a, b) -> a.equals(b) ? a : "?");
                }
            }
            this.quotes = findQuotes(text);
            this.quoteAt = new int[tokens.size()];
            java.util.Arrays.fill(quoteAt, -1);
            for (int q = 0; q < quotes.size(); q++) {
                for (int t = 0; t < tokens.size(); t++) {
                    Token tok = tokens.get(t);
                    if (tok.begin() >= quotes.get(q).open() && tok.end() <= quotes.get(q).close() + 1) {
                        quoteAt[t] = q;
                    }
                }
            }
        }

        List<Found> all() {
            int[][] ranges = sentenceRanges();
            // cue verbs whose content is a quotation (the quotation may open in an earlier sentence)
            Set<Integer> consumed = new java.util.HashSet<>();
            boolean[] quoteDone = new boolean[quotes.size()];
            int[] quoteOpensAt = new int[quotes.size()];
            java.util.Arrays.fill(quoteOpensAt, -1);
            headline(ranges);
            transcript(ranges, quoteDone);
            interviewTurns(ranges);
            labelledAnswers(ranges);
            questionsAndAnswers(ranges);
            // the pass over the sentences starts afresh: no one has spoken before the first of them
            lastSpeaker = null;
            lastOrgSpeaker = null;
            lastSpeakerSentence = -10;
            lastSpeakerAt = -1;
            for (int s = 0; s < ranges.length; s++) {
                int from = ranges[s][0];
                int to = ranges[s][1];
                if (from > to) {
                    continue;
                }
                noteStatementOwner(from, to);
                speakerBeforeSentence = lastSpeaker;
                speakerBeforeSentenceAt = lastSpeakerSentence;
                List<Integer> verbs = speechVerbs(from, to);
                // quotations that open in this sentence
                for (int q = 0; q < quotes.size(); q++) {
                    Quote quote = quotes.get(q);
                    if (quoteDone[q] || quote.open() < tokens.get(from).begin() && quoteOpensAt[q] != s
                            || quote.open() > tokens.get(to).end()
                            || quote.words(text) < MIN_WORDS && !shortSaid(quote) || namesAWork(quote)) {
                        continue;
                    }
                    if (s + 1 < ranges.length && to > from && quote.open() >= tokens.get(to).begin()
                            && ranges[s + 1][0] <= ranges[s + 1][1]) {
                        // 'Hart also criticized the decision. "The figures were never checked."' split with the
                        // opening mark at the end of the sentence before: the quotation is read after that sentence,
                        // with the next one, where it opens
                        quoteOpensAt[q] = s + 1;
                    }
                    if (quoteOpensAt[q] > s) {
                        continue;
                    }
                    quoteDone[q] = true;
                    int qEndSentence = sentenceOfChar(quote.close(), ranges, s);
                    List<Integer> near = new ArrayList<>(verbs);
                    if (qEndSentence > s) {
                        for (int s2 = s + 1; s2 <= qEndSentence; s2++) {
                            near.addAll(speechVerbs(ranges[s2][0], ranges[s2][1]));
                        }
                    }
                    int afterEnd = qEndSentence + 1;
                    if (afterEnd < ranges.length && ranges[afterEnd][0] <= ranges[afterEnd][1]
                            && tokens.get(ranges[qEndSentence][1]).end() <= quote.close() + 1
                            && !text.substring(quote.close(), tokens.get(ranges[afterEnd][0]).begin()).contains("\n")) {
                        // '"... Has the earnings kick played itself out?" said Bell Curve Trading chief strategy
                        // expert, Bill Strazzullo.': the splitter ended the sentence at the question's closing mark,
                        // and the verb of saying opens the next
                        List<Integer> opening = speechVerbs(ranges[afterEnd][0], Math.min(ranges[afterEnd][1],
                                ranges[afterEnd][0] + 1));
                        if (!opening.isEmpty() && isPunctuationBefore(ranges[afterEnd][0], opening.get(0))) {
                            near.add(opening.get(0));
                        }
                    }
                    Integer verb = nearestVerb(near, quote);
                    Speaker signed = dashSpeaker(quote);
                    // with no verb of saying: a colon or an "according to" before it in its sentence
                    Speaker[] introduced = signed == null && verb == null ? introducer(from, quote) : null;
                    if (verb == null && signed == null && introduced == null) {
                        // '"...", Graham continued.', 'Graham spoke on Fox News, "..."'
                        verb = quoteVerbBeside(quote, from, ranges[qEndSentence][1]);
                        if (verb == null) {
                            verb = invertedAfterQuote(quote, ranges[qEndSentence][1]);
                        }
                    }
                    // '..., said a protester using the pseudonym Katya. "The situation has escalated ...': a quotation
                    // whose opening mark ended the sentence before (read with this one) goes on with the speaker of
                    // the quotation that sentence gave, when this one has no verb of its own
                    Speaker carried = null;
                    if (verb == null && s > 0 && quote.open() < tokens.get(from).begin()) {
                        int before = tokens.get(from).begin();
                        int firstWord = ranges[s - 1][0];
                        while (firstWord < ranges[s - 1][1] && isPunctuation(tokens.get(firstWord))) {
                            firstWord++; // (not a closing mark the splitter put at its start)
                        }
                        int sentenceBefore = tokens.get(firstWord).begin();
                        for (int k = found.size() - 1; k >= 0 && carried == null; k--) {
                            Statement p = found.get(k).statement();
                            if (p.quote() && p.span().end() >= sentenceBefore && p.span().end() < before
                                    && p.speaker() != null) {
                                carried = new Speaker(p.speaker(), null, -1); // (a quotation that ended there)
                            }
                        }
                    }
                    Speaker speaker = Speaker.NONE;
                    NodeRef intermediary = null;
                    String lemma = "say";
                    boolean continuing = false;
                    Speaker signedNext;
                    Speaker documented;
                    Speaker opener;

                    if (signed != null) {
                        speaker = signed; // ""...He represents our greatest shame." ― Sonya Herrida"
                    } else if (carried != null) {
                        speaker = carried;
                        continuing = true;
                    } else if (verb != null) {
                        lemma = tokens.get(verb).lemma().toLowerCase(Locale.ROOT);
                        if (lemma.equals("quote")) {
                            speaker = after(verb, 4);
                            intermediary = subject(verb).ref();
                            lemma = "say";
                        } else {
                            Speaker byGrammar = grammarSubject(verb);
                            // "Biden, while campaigning in Michigan, called Trump's action "..."" parsed with
                            // "called" on "Trump": one named as an owner ("Trump's") is no one who speaks; the
                            // person the sentence opens with is
                            Speaker opening = byGrammar != null && possessor(byGrammar) ? openingPerson(from, quote) : null;
                            if (opening != null) {
                                byGrammar = opening;
                            }
                            speaker = byGrammar != null ? byGrammar
                                    : tokens.get(verb).begin() > quote.close() ? after(verb, 4) : Speaker.NONE;
                            if (!speaker.found()) {
                                speaker = subject(verb);
                            }
                            if (!speaker.found()) {
                                speaker = after(verb, 4);
                            }
                            // '"...," said a protester using the pseudonym Katya': the phrase the parse made the
                            // object of the verb after the quotation names the speaker
                            if (!speaker.found() && tokens.get(verb).begin() > quote.close() && g.parsed(verb)) {
                                for (int o : g.dependents(verb, "obj")) {
                                    Speaker phrase = o > verb ? speakerOfPhrase(o) : Speaker.NONE;
                                    if (o > verb && phrase.ref() == null) {
                                        // '"...," said Bell Curve Trading chief strategy expert, Bill Strazzullo'
                                        for (int a : g.dependents(o, "appos")) {
                                            Speaker named = speakerOfPhrase(a);
                                            phrase = named.ref() != null && named.ref().label().equals("Person")
                                                    ? named : phrase;
                                        }
                                    }
                                    if (phrase.ref() != null) {
                                        speaker = phrase;
                                        break;
                                    }
                                }
                                // ('"...," said a university professor from the University of Michigan': no one
                                // named, a noun of a person that speaks)
                                for (int o : g.dependents(verb, "obj")) {
                                    Speaker phrase = !speaker.found() && o > verb && o <= verb + 4
                                            ? nounPhraseSpeaker(o) : Speaker.NONE;
                                    if (phrase.found() && (namesSource(phrase) || roleWords.contains(
                                            tokens.get(o).word().toLowerCase(Locale.ROOT)))) {
                                        speaker = phrase;
                                    }
                                }
                            }
                        }
                        if (!speaker.found() && "VBG".equals(tokens.get(verb).pos()) && verb <= from + 1
                                && tokens.get(verb).end() <= quote.open()) {
                            // 'Saying "there are many abortions ...", President Fernández elaborated on the plan':
                            // the participle that opens the sentence is the main clause's subject's
                            speaker = subjectAfterQuote(quote);
                        }
                        speaker = nameAfterAbbreviation(speaker);
                        if (contentStartsWithQuote(verb, quote) || tokens.get(verb).begin() > quote.close()) {
                            consumed.add(verb);
                        }
                    } else if (introduced != null) {
                        speaker = introduced[0];
                        intermediary = introduced[1] == null ? null : introduced[1].ref();
                    } else if ((introduced = accordingToAfter(quote, ranges[qEndSentence][1])) != null) {
                        // '"her skin was weeping ...", according to the Sydney Morning Herald.'
                        speaker = introduced[0];
                        intermediary = introduced[1] == null ? null : introduced[1].ref();
                    } else if ((documented = documentOf(quote, s)) != null) {
                        speaker = documented; // ""...," reads Judge Miller's statement, "...""
                    } else if ((opener = openingPerson(from, quote)) != null) {
                        // "Biden, while campaigning in Michigan, called Trump's action "a ... betrayal"" (the verb
                        // mis-parsed): the person the sentence opens with, not one who speaks after or before
                        speaker = opener;
                    } else if ((opener = subjectBeforeComma(from, quote)) != null) {
                        // 'After the case closed Apple CEO Steve Jobs extended an invitation to the label, "we have
                        // always loved the Beatles ..."': the quotation the person's clause runs on into
                        speaker = opener;
                    } else if ((signedNext = shortSayingAfter(qEndSentence, ranges)) != null) {
                        // ""... demands a trial." Pelosi said.": a full stop where the comma belongs
                        speaker = signedNext;
                    } else if (quote.open() > tokens.get(from).begin() && qEndSentence == s
                            && (opener = personSubjectOf(new int[] {from, to})) != null
                            && tokens.get(opener.start()).end() <= quote.open() && inMainClause(quote)) {
                        // 'Filling in for Sanders, West landed a sharp dig at "my dear sister Hillary Clinton."': the
                        // person who is the active subject of the sentence's main verb, before the quotation, before
                        // the last speaker
                        speaker = opener;
                    } else if (lastSpeaker != null && s - lastSpeakerSentence <= 2
                            && !otherSpeakerNamedBetween(lastSpeakerSentence, s)) {
                        speaker = new Speaker(lastSpeaker, null, -1);
                        continuing = true;
                    } else if (s > 0 && quote.open() <= tokens.get(from).begin()
                            && (opener = personSubjectOf(ranges[s - 1])) != null) {
                        // 'Following some speculation, chairman Dieter Zetsche denied the reports. "We do not exclude
                        // any option ..."': the person the sentence before was about, as the subject of its main verb
                        speaker = opener;
                    } else if (qEndSentence + 1 < ranges.length && ranges[qEndSentence + 1][0] <= ranges[qEndSentence + 1][1]
                            && !text.substring(quote.close(), tokens.get(ranges[qEndSentence + 1][0]).begin()).contains("\n")) {
                        // no one spoke just before: a speaker named at the start of the next sentence
                        // ("... ." Khan said this at a rally.), in the same paragraph
                        int[] next = ranges[qEndSentence + 1];
                        for (int v : speechVerbs(next[0], Math.min(next[1], next[0] + 6))) {
                            Speaker sp = subject(v);
                            if (sp.ref() != null) {
                                speaker = sp;
                                lemma = tokens.get(v).lemma().toLowerCase(Locale.ROOT);
                                break;
                            }
                        }
                    }
                    if (verb == null && !speaker.found() && s > 0 && (quote.open() <= tokens.get(from).begin()
                            || openingAdverbial(from, quote))) {
                        // a quotation that opens a sentence after one that names a single person, no one having
                        // spoken just before: theirs ("..., leaving Ingram unimpressed. "One of them was ...")
                        NodeRef only = onlyPersonIn(ranges[s - 1][0], ranges[s - 1][1]);
                        if (only != null) {
                            speaker = new Speaker(only, null, -1);
                        }
                    }
                    Span span = new Span(quote.open() + 1, quote.close());
                    int[] mixed = verb == null || qEndSentence != s ? null : mixedQuotation(from, verb, speaker, quote);
                    if (mixed == null && verb != null && qEndSentence == s) {
                        // "The club's heavy investment in its facilities, Ms. Tanzer said, ''is a perfect example of
                        // adapting'' to the changing economics of golf"
                        mixed = parentheticalCue(from, to, verb, speaker, quote);
                    }
                    // 'said that "the system is rigged" against him and his supporters': the quotation is part of
                    // the clause said, a statement too beside the quotation's own
                    int[] around = mixed == null && verb != null && qEndSentence == s
                            ? clauseAroundQuote(verb, lemma, quote) : null;
                    if (mixed != null) {
                        // "However laudable the goal, using the capital gains tax ''is a misguided approach,'' said
                        // Mr. Burman": the sentence is what was said, with the quotation in it
                        add(new Span(tokens.get(mixed[0]).begin(), tokens.get(mixed[1]).end()), false, lemma,
                                StatementWords.SPEECH, speaker, intermediary, s);
                        continue;
                    }
                    if (!continuing || !joinedToPrevious(span, speaker)) {
                        add(span, true, lemma, StatementWords.SPEECH, speaker, intermediary, s);
                    }
                    if (around != null) {
                        add(new Span(tokens.get(around[0]).begin(), tokens.get(around[1]).end()), false, lemma,
                                StatementWords.SPEECH, speaker, intermediary, s);
                    }
                }
                // reported speech, belief, stance and evidence
                for (int v : cues(from, to)) {
                    if (consumed.contains(v) || isQuoteAsSaying(v)) {
                        continue;
                    }
                    reported(v, from, to, s);
                }
                accordingTo(from, to, s);
                nominal(from, to, s);
            }
            return found;
        }

        /**
         * "Trump's claim that there have been thousands of shootings", "his promise to cut taxes": a noun of saying or
         * holding with its owner and a clause; the statement is the owner's, of the noun's kind.
         */
        private void nominal(int from, int to, int sentence) {
            for (int t = from; t <= to; t++) {
                String pos = tokens.get(t).pos() == null ? "" : tokens.get(t).pos();
                String lemma = tokens.get(t).lemma().toLowerCase(Locale.ROOT);
                boolean speech = words.speechNouns().contains(lemma);
                if (!pos.startsWith("NN") || pos.startsWith("NNP") || !g.parsed(t) || quoteAt[t] >= 0
                        || !speech && !words.beliefNouns().contains(lemma)) {
                    continue;
                }
                int clause = -1;
                int noun = t;
                for (int c : g.children(t)) {
                    if (c > t && (Grammar.is(g.rel(c), "acl") || Grammar.is(g.rel(c), "ccomp"))
                            && g.children(c).stream().filter(m -> "mark".equals(g.rel(m))).anyMatch(m -> {
                                String w = tokens.get(m).word().toLowerCase(Locale.ROOT);
                                return w.equals("that") || w.equals("to") && m == noun + 1;
                            })) {
                        clause = c;
                        break;
                    }
                }
                if (clause < 0) {
                    continue;
                }
                Speaker speaker = Speaker.NONE;
                for (int o : g.dependents(t, "nmod:poss", "nmod:by", "nmod:from", "nmod:of")) {
                    if ("PRP$".equals(tokens.get(o).pos())) {
                        NodeRef p = possessorRef(o);
                        speaker = p == null ? Speaker.NONE : new Speaker(p, null, o);
                    } else if (o < t || !Grammar.is(g.rel(o), "nmod:of")) {
                        speaker = speakerOfPhrase(o);
                    }
                    if (speaker.ref() != null) {
                        break;
                    }
                }
                if (speaker.ref() == null) {
                    continue;
                }
                int[] span = trimmed(g.subtree(clause));
                if (tokens.get(span[0]).word().equalsIgnoreCase("to")) {
                    span[0]++;
                }
                if (span[0] > span[1] || wordCount(span[0], span[1]) < MIN_WORDS
                        || quoteAt[span[0]] >= 0 && quoteCovers(quoteAt[span[0]], span[0], span[1])) {
                    continue;
                }
                add(new Span(tokens.get(span[0]).begin(), tokens.get(span[1]).end()), false, lemma,
                        speech ? StatementWords.SPEECH : StatementWords.BELIEF, speaker, null, sentence);
            }
        }

        /**
         * The clause a cue before a quotation gives as its content when the quotation is only part of it, with at
         * least two words of the clause after the closing mark ('argued that "every candidate on this stage" -
         * including Cruz - favored a path to citizenship'); null otherwise.
         */
        private int[] clauseAroundQuote(int verb, String lemma, Quote quote) {
            if (!g.parsed(verb) || tokens.get(verb).end() > quote.open() || g.dependents(verb, "ccomp").isEmpty()) {
                return null;
            }
            int[] content = grammarContent(verb, lemma);
            int inside = firstTokenAfter(quote.open());
            if (content == null || content[0] > inside) {
                return null;
            }
            int outside = 0;
            int after = firstTokenAfter(quote.close());
            for (int k = after; k <= content[1] && k < tokens.size(); k++) {
                String ner = tokens.get(k).ner() == null ? "O" : tokens.get(k).ner();
                if (TIME_TYPES.contains(ner) || Annotator.PLACE_TAGS.contains(ner)) {
                    return null; // ('said "we will not back down" on Tuesday in Chicago': the writer's setting)
                }
                if (FINITE.contains(posOf(k)) && g.subjects(k).stream().anyMatch(x -> x >= after && quoteAt[x] < 0)) {
                    return null; // ('Saying "...", President Fernández elaborated': a clause of its own after it)
                }
                outside += quoteAt[k] < 0 && !isPunctuation(tokens.get(k)) ? 1 : 0;
            }
            return outside >= 2 ? content : null;
        }

        /**
         * The token range of a sentence that quotes part of what was said and ends in its cue ("A cashier who "steals
         * a handful of $20s" is held accountable, Warren said."; '"We are frustrated and horrified" by the shooting,
         * Nefzi said'): from the sentence's start up to the cue's clause; null when the quotation opens the sentence
         * and its clause does not go on after it ({@link #runsOnAfter}), another cue or quotation comes before it, or
         * the cue is not after it at the sentence's end.
         */
        private int[] mixedQuotation(int from, int verb, Speaker speaker, Quote quote) {
            if (tokens.get(verb).begin() <= quote.close() || !g.parsed(verb)) {
                return null;
            }
            // the cue ends the sentence: nothing after it but its subject ("said Mr. Burman (a view ...)") and a few
            // words of time or manner
            List<int[]> subjectSpans = new ArrayList<>(g.subjects(verb).stream().map(g::subtree).toList());
            for (int c : g.dependents(verb, "obj", "iobj", "ccomp", "xcomp")) {
                int[] phrase = g.subtree(c);
                if (c > verb && speaker.start() >= phrase[0] && speaker.start() <= phrase[1]
                        && (Grammar.is(g.rel(c), "obj") || Grammar.is(g.rel(c), "iobj"))) {
                    subjectSpans.add(phrase); // (the speaker the parse made the object: "..., said the director")
                } else if (c > verb) {
                    return null;
                }
            }
            int after = 0;
            for (int i = verb + 1; i < tokens.size() && tokens.get(i).sentence() == tokens.get(verb).sentence(); i++) {
                int at = i;
                boolean inSubject = subjectSpans.stream().anyMatch(sp -> at >= sp[0] && at <= sp[1]);
                if (!inSubject && !isPunctuation(tokens.get(i))) {
                    after++;
                }
            }
            if (after > 5) {
                return null;
            }
            int open = from;
            while (open <= verb && tokens.get(open).begin() < quote.open()) {
                open++;
            }
            int before = 0;
            for (int i = from; i < open; i++) {
                String lemma = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
                if (quoteAt[i] >= 0 || isVerb(i) && (words.speechVerbs().contains(lemma)
                        || words.clauseSpeechVerbs().contains(lemma) || words.beliefVerbs().contains(lemma))) {
                    return null;
                }
                if (!isPunctuation(tokens.get(i))) {
                    before++;
                }
            }
            int cue = speaker.start() > open && speaker.start() < verb ? speaker.start() : verb;
            if (before < 2 && !runsOnAfter(quote, cue == verb ? verb : Math.max(open, phraseStart(speaker)))) {
                return null;
            }
            for (int d : g.dependents(verb, "aux", "advmod")) {
                cue = d < cue && d > open ? d : cue;
            }
            int end = cue - 1;
            while (end > open && isPunctuation(tokens.get(end))) {
                end--;
            }
            if (tokens.get(end).end() <= quote.open()) {
                return null;
            }
            return new int[] {from, end};
        }

        /**
         * Whether the clause a quotation opens goes on after its closing mark, before the cue at token {@code cue}:
         * the quotation not ended by its own punctuation, the next token a word outside any quotation, and two such
         * words at least ('"We are frustrated and horrified" by the mass shooting, Nefzi said'; not '"We will win,"
         * the party's candidate said').
         */
        private boolean runsOnAfter(Quote quote, int cue) {
            int last = quote.close() - 1;
            while (last > quote.open() && Character.isWhitespace(text.charAt(last))) {
                last--;
            }
            if (",.;:!?".indexOf(text.charAt(last)) >= 0) {
                return false; // ('"We need change," the New York businessman said': the quotation ended its clause)
            }
            int next = firstTokenAfter(quote.close());
            if (next >= cue || quoteAt[next] >= 0 || isPunctuation(tokens.get(next))) {
                return false;
            }
            int outside = 0;
            for (int k = next; k < cue; k++) {
                outside += quoteAt[k] < 0 && !isPunctuation(tokens.get(k)) ? 1 : 0;
            }
            return outside >= 2;
        }

        /**
         * A cue set off by commas inside what was said, with the quotation after it: "The golf industry, she said,
         * ''is doing much better''": the whole sentence (with the cue in it, as what was said is on both sides of it),
         * when what comes before the cue is a phrase of two words or more with no quotation or cue of its own, and
         * the quotation opens right after the comma that closes the cue. Null otherwise.
         */
        private int[] parentheticalCue(int from, int to, int verb, Speaker speaker, Quote quote) {
            if (!g.parsed(verb) || tokens.get(verb).begin() > quote.open() || speaker.start() < 0
                    || speaker.start() > verb) {
                return null;
            }
            int start = phraseStart(speaker);
            int cueEnd = verb;
            while (cueEnd + 1 <= to && !tokens.get(cueEnd + 1).word().equals(",") && quoteAt[cueEnd + 1] < 0
                    && cueEnd - verb < 4) {
                cueEnd++; // "she said Monday,"
            }
            if (start - 1 <= from || !tokens.get(start - 1).word().equals(",") || cueEnd + 2 > to
                    || !tokens.get(cueEnd + 1).word().equals(",") || quote.open() < tokens.get(cueEnd + 1).end()
                    || quote.open() >= tokens.get(cueEnd + 2).end()) {
                return null; // (the quotation opens at the token after the comma, its mark one of its own or not)
            }
            for (int i = from; i < start - 1; i++) {
                if (quoteAt[i] >= 0 || isVerb(i) && cueKind(i) != null) {
                    return null;
                }
            }
            if (wordCount(from, start - 2) < 2) {
                return null;
            }
            int end = to;
            while (end > cueEnd && isPunctuation(tokens.get(end)) && quoteAt[end] < 0) {
                end--;
            }
            return end > cueEnd + 2 ? new int[] {from, end} : null;
        }

        /**
         * A headline that opens the text as "Name: what they said" ("Pence: Gennifer Flowers Won't Be at Debate",
         * "Poll: Clinton and Trump in dead heat"): a statement of the person or organisation the article names so, or
         * evidence of the poll, survey or report. Only the first line, and only when it is the article's title (or,
         * with no title, a line of at most 20 words).
         */
        private void headline(int[][] ranges) {
            int eol = text.indexOf('\n');
            String line = (eol < 0 ? text : text.substring(0, eol)).strip();
            String title = doc.article().title();
            if (title != null && !title.isBlank() ? !PlainTextParser.lettersOf(line).equals(PlainTextParser.lettersOf(title)) : line.split("\\s+").length > 20) {
                return;
            }
            java.util.regex.Matcher m = HEADLINE.matcher(line);
            if (!m.matches() || ranges.length == 0) {
                return;
            }
            int offset = text.indexOf(line);
            int nameEnd = offset + m.end(1);
            String name = m.group(1);
            Speaker speaker = null;
            String kind = StatementWords.SPEECH;
            for (int i = ranges[0][0]; i <= ranges[0][1] && tokens.get(i).end() <= nameEnd; i++) {
                if (mentionAt[i] >= 0 && doc.mentions().get(mentionAt[i]).firstToken() == i
                        && doc.mentions().get(mentionAt[i]).lastToken() < tokens.size()
                        && tokens.get(doc.mentions().get(mentionAt[i]).lastToken()).end() == nameEnd
                        && tokens.get(i).begin() == offset) {
                    NodeRef ref = links.mentionRefs()[mentionAt[i]];
                    if (SPEAKER_TYPES.contains(ref.label())) {
                        speaker = new Speaker(ref, null, i);
                    }
                }
            }
            if (speaker == null) {
                String[] parts = name.split("\\s+");
                String last = parts[parts.length - 1];
                NodeRef ref = personByLastWord(last);
                if (ref != null) {
                    speaker = new Speaker(ref, null, -1);
                } else if (parts.length == 1 && words.evidenceNouns().contains(last.toLowerCase(Locale.ROOT))) {
                    speaker = new Speaker(null, name, -1);
                    kind = StatementWords.EVIDENCE;
                }
            }
            if (speaker == null) {
                return;
            }
            int start = offset + m.start(2);
            int end = offset + m.end(2);
            while (end > start && (text.charAt(end - 1) == '.' || Character.isWhitespace(text.charAt(end - 1)))) {
                end--;
            }
            add(new Span(start, end), false, kind.equals(StatementWords.EVIDENCE) ? "show" : "say", kind, speaker, null,
                    0);
        }

        /**
         * A transcript: lines that open with a speaker's name in capitals and a colon ("PENCE: Well, look, ..."),
         * each a statement of the person of the article with that name. Only where at least two lines name people
         * of the article so ("CLARIFICATION: ..." names no one); a quotation mark that opens such a line (a quoted
         * transcript) opens no quotation.
         */
        private void transcript(int[][] ranges, boolean[] quoteDone) {
            java.util.regex.Matcher m = TRANSCRIPT_LINE.matcher(text);
            List<int[]> lines = new ArrayList<>();
            List<NodeRef> speakers = new ArrayList<>();
            while (m.find()) {
                String[] name = m.group(2).split("\\s+");
                NodeRef ref = personByLastWord(name[name.length - 1]);
                if (ref == null) {
                    continue;
                }
                int end = text.indexOf('\n', m.end());
                end = end < 0 ? text.length() : end;
                while (end > m.end() && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '"'
                        || text.charAt(end - 1) == '\u201d')) {
                    end--;
                }
                lines.add(new int[] {m.start(1) < 0 ? m.start(2) : m.start(1), m.end(), end});
                speakers.add(ref);
            }
            if (lines.size() < 2) {
                return;
            }
            for (int i = 0; i < lines.size(); i++) {
                int[] line = lines.get(i);
                for (int q = 0; q < quotes.size(); q++) {
                    if (quotes.get(q).open() == line[0]) {
                        quoteDone[q] = true;
                    }
                }
                if (line[2] <= line[1]) {
                    continue;
                }
                add(new Span(line[1], line[2]), false, "say", StatementWords.SPEECH,
                        new Speaker(speakers.get(i), null, -1), null, sentenceOfChar(line[1], ranges, 0));
            }
        }

        /**
         * An interview printed as turns, "((Naomi Martisius))  Okay. Well, I guess that goes back ...": each paragraph
         * that opens with the name of a person of the article in double brackets is that person's answer, one quoted
         * statement of it (up to the paragraph's end, or a bracketed marker within it such as "((hi))Hindi language:"
         * before the original wording). The interviewer's turns ("((WN))", "((Wikinews))") name no person of the
         * article and give none: questions are not statements.
         */
        private void interviewTurns(int[][] ranges) {
            java.util.regex.Matcher m = INTERVIEW_TURN.matcher(text);
            while (m.find()) {
                NodeRef ref = turnSpeaker(m.group(1).strip());
                if (ref == null) {
                    continue;
                }
                int end = text.indexOf('\n', m.end());
                end = end < 0 ? text.length() : end;
                int marker = text.indexOf("((", m.end());
                if (marker >= 0 && marker < end) {
                    end = marker;
                }
                end = stripEnd(m.end(), end);
                if (end > m.end()) {
                    add(new Span(m.end(), end), true, "answer", StatementWords.SPEECH, new Speaker(ref, null, -1), null,
                            sentenceOfChar(m.end(), ranges, 0));
                }
                // the answer's further paragraphs, up to the next turn: each the same person's (not a question, and
                // only before a later turn: what follows the last one may be the article's own words again)
                java.util.regex.Matcher turn = INTERVIEW_TURN.matcher(text);
                int next = turn.find(end) ? turn.start() : -1;
                for (int p = text.indexOf('\n', end); p >= 0 && next > p; ) {
                    int start = p;
                    while (start < next && Character.isWhitespace(text.charAt(start))) {
                        start++;
                    }
                    int stop = text.indexOf('\n', start);
                    stop = stop < 0 || stop > next ? next : stop;
                    int last = stripEnd(start, stop);
                    // (not a question, nor a heading: a paragraph that ends no sentence)
                    if (start >= next || !endsStatement(start, last)) {
                        break;
                    }
                    add(new Span(start, last), true, "answer", StatementWords.SPEECH, new Speaker(ref, null, -1), null,
                            sentenceOfChar(start, ranges, 0));
                    p = stop < next ? stop : -1;
                }
            }
        }

        /**
         * An interview whose answers carry their speaker as a plain label, after the interviewer's turns in double
         * brackets ("((WN))  How did you approach ...?" then "Natasha Gownaris: I've wanted to ...", "NG: This study
         * ...", "Michael Siegel I am a professor ...", "MS Although we used ..."): once an interviewer's turn has been
         * seen, a paragraph that opens with a mention of a person of the article (their name as the article writes
         * it), or with the initials of one person of it, is that person's answer, one quoted statement of it; without
         * a colon the label must be followed by a capital ("Siegel said ..." is the article's own sentence). The answer's further paragraphs are the same
         * person's up to the next turn, as for turns in brackets.
         */
        private void labelledAnswers(int[][] ranges) {
            boolean interview = false;
            NodeRef answering = null;
            int lastTurn = -1; // where the last turn in brackets opens
            for (java.util.regex.Matcher t = INTERVIEW_TURN.matcher(text); t.find(); ) {
                lastTurn = t.start();
            }
            java.util.regex.Matcher turn = INTERVIEW_TURN.matcher(text);
            for (int[] paragraph : paragraphs()) {
                int start = paragraph[0];
                int stop = paragraph[1];
                int last = paragraph[2];
                if (turn.region(start, stop).lookingAt()) {
                    // a turn in brackets: the interviewer's opens the interview; a person's is interviewTurns' work
                    interview |= turnSpeaker(turn.group(1).strip()) == null;
                    answering = null;
                    continue;
                }
                if (!interview) {
                    continue;
                }
                int[] label = new int[1];
                NodeRef ref = answerLabel(start, last, label);
                if (ref != null) {
                    answering = ref;
                    add(new Span(label[0], last), true, "answer", StatementWords.SPEECH, new Speaker(ref, null, -1),
                            null, sentenceOfChar(label[0], ranges, 0));
                    continue;
                }
                // a further paragraph of the answer: only before a later turn, and one that ends a sentence
                if (answering == null || stop > lastTurn || !endsStatement(start, last)) {
                    answering = null;
                    continue;
                }
                add(new Span(start, last), true, "answer", StatementWords.SPEECH, new Speaker(answering, null, -1),
                        null, sentenceOfChar(start, ranges, 0));
            }
        }

        /**
         * An interview printed as questions and answers with letters for labels ("Q: You open your book on May 17,
         * 2001. ..." then "A: I came home from school ..."): with two answers so labelled, each is the interviewee's,
         * one quoted statement of it, and so are its further paragraphs that end a sentence up to the next question
         * (only before the last question: what follows it may be the article's own words again). The interviewee is
         * the person the introduction before the first label names most often (the first named of those tied); with
         * no person named there, the answers are left alone.
         */
        private void questionsAndAnswers(int[][] ranges) {
            List<int[]> paragraphs = new ArrayList<>(); // {start, last, kind: 0 other, 1 question, 2 answer, label end}
            int answers = 0;
            for (int[] paragraph : paragraphs()) {
                int start = paragraph[0];
                int last = paragraph[2];
                java.util.regex.Matcher q = QA_QUESTION.matcher(text).region(start, last);
                java.util.regex.Matcher a = QA_ANSWER.matcher(text).region(start, last);
                if (q.lookingAt()) {
                    paragraphs.add(new int[] {start, last, 1, q.end()});
                } else if (a.lookingAt()) {
                    paragraphs.add(new int[] {start, last, 2, a.end()});
                    answers++;
                } else {
                    paragraphs.add(new int[] {start, last, 0, start});
                }
            }
            if (answers < 2 || paragraphs.stream().noneMatch(para -> para[2] == 2 && FIRST_PERSON.matcher(
                    text.substring(para[3], para[1])).find())) {
                return; // (an interviewee speaks of themselves: "A: Anyone over 65 ..." of an explainer is no answer)
            }
            int firstLabel = -1;
            int lastQuestion = -1;
            for (int[] para : paragraphs) {
                if (para[2] != 0 && firstLabel < 0) {
                    firstLabel = para[0];
                }
                if (para[2] == 1) {
                    lastQuestion = para[0];
                }
            }
            NodeRef interviewee = mostNamedPersonBefore(firstLabel);
            if (interviewee == null) {
                return;
            }
            boolean answering = false;
            for (int[] para : paragraphs) {
                if (para[2] == 2 && para[3] < para[1]) {
                    answering = true;
                    add(new Span(para[3], para[1]), true, "answer", StatementWords.SPEECH,
                            new Speaker(interviewee, null, -1), null, sentenceOfChar(para[3], ranges, 0));
                } else if (para[2] == 0 && answering && para[0] < lastQuestion && endsStatement(para[0], para[1])) {
                    add(new Span(para[0], para[1]), true, "answer", StatementWords.SPEECH,
                            new Speaker(interviewee, null, -1), null, sentenceOfChar(para[0], ranges, 0));
                } else {
                    answering = false;
                }
            }
        }

        /** The person the article's mentions before {@code end} name most often (the first named of those tied). */
        private NodeRef mostNamedPersonBefore(int end) {
            Map<NodeRef, Integer> counts = new LinkedHashMap<>();
            for (int m = 0; m < doc.mentions().size(); m++) {
                NodeRef ref = links.mentionRefs()[m];
                if (ref != null && ref.label().equals("Person") && doc.mentions().get(m).end() <= end) {
                    counts.merge(ref, 1, Integer::sum);
                }
            }
            NodeRef best = null;
            for (Map.Entry<NodeRef, Integer> e : counts.entrySet()) {
                if (best == null || e.getValue() > counts.get(best)) {
                    best = e.getKey();
                }
            }
            return best;
        }

        /** The text's non-blank lines, each as {first character, line end, end without trailing whitespace}. */
        private List<int[]> paragraphs() {
            List<int[]> out = new ArrayList<>();
            for (int p = 0; p < text.length(); ) {
                int start = p;
                while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                if (start >= text.length()) {
                    break;
                }
                int stop = text.indexOf('\n', start);
                stop = stop < 0 ? text.length() : stop;
                p = stop;
                out.add(new int[] {start, stop, stripEnd(start, stop)});
            }
            return out;
        }

        /** The person a turn in brackets names (in full, else by the last word of a name), or null. */
        private NodeRef turnSpeaker(String given) {
            String[] name = given.split("\\s+");
            NodeRef ref = theOneMentioned((mention, r) -> r.label().equals("Person") && mention.text().equals(given));
            return ref != null ? ref : personByLastWord(name[name.length - 1]);
        }

        /**
         * The person whose name or initials open the paragraph at {@code start} as an answer's label, its end (past a
         * colon and spaces) put in {@code labelEnd[0]}; null when the paragraph opens with no such label.
         */
        private NodeRef answerLabel(int start, int last, int[] labelEnd) {
            NodeRef ref = null;
            int end = -1;
            int t = firstTokenAfter(start - 1);
            if (t < tokens.size() && tokens.get(t).begin() == start && mentionAt[t] >= 0
                    && doc.mentions().get(mentionAt[t]).firstToken() == t
                    && links.mentionRefs()[mentionAt[t]].label().equals("Person")) {
                ref = links.mentionRefs()[mentionAt[t]];
                end = doc.mentions().get(mentionAt[t]).end();
            } else {
                java.util.regex.Matcher m = ANSWER_INITIALS.matcher(text).region(start, last);
                if (m.lookingAt()) {
                    String initials = m.group(1);
                    ref = theOneMentioned((mention, r) -> r.label().equals("Person")
                            && initialsOf(mention.text()).equals(initials));
                    end = m.end(1);
                }
            }
            if (ref == null) {
                return null;
            }
            int at = end;
            while (at < last && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
            boolean colon = at < last && text.charAt(at) == ':';
            if (colon) {
                at++;
                while (at < last && Character.isWhitespace(text.charAt(at))) {
                    at++;
                }
            }
            if (at >= last || at == end || !colon && !Character.isUpperCase(text.charAt(at))) {
                return null; // no answer after it, or the name runs on into the article's own sentence
            }
            labelEnd[0] = at;
            return ref;
        }

        /** The capitals that open the words of a name: "Natasha Gownaris" NG. */
        private static String initialsOf(String name) {
            StringBuilder b = new StringBuilder();
            for (String w : name.split("\\s+")) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    b.append(w.charAt(0));
                }
            }
            return b.length() < 2 ? "" : b.toString();
        }

        /** Whether cue v is a past participle right after a noun and before "by" ("the rate noted by the team"). */
        private boolean reducedPassive(int v, int from, int to) {
            return "VBN".equals(tokens.get(v).pos()) && v > from && v + 1 <= to && tokens.get(v - 1).pos() != null
                    && tokens.get(v - 1).pos().startsWith("NN") && tokens.get(v + 1).word().equalsIgnoreCase("by");
        }

        /**
         * The agent of a {@link #reducedPassive} participle of reporting a figure or a finding (REPORTING_PARTICIPLES)
         * after the noun it describes, "by" and a phrase after it, with a finite verb of the sentence's own later ("The highest rate
         * noted by the team was in Alaska", "the toll reported by officials rose"; not "The man questioned by police
         * was released", "a letter written by Smith"): what the phrase names, or its words; null for other shapes.
         */
        private Speaker reducedPassiveAgent(int v, int to) {
            if (v + 2 > to || !REPORTING_PARTICIPLES.contains(tokens.get(v).lemma().toLowerCase(Locale.ROOT))) {
                return null;
            }
            int head = -1;
            int k = v + 2;
            for (; k <= to; k++) {
                String pos = tokens.get(k).pos() == null ? "" : tokens.get(k).pos();
                if (pos.startsWith("NN")) {
                    head = k;
                } else if (head >= 0 || !pos.equals("DT") && !pos.startsWith("JJ") && !pos.equals("PRP$")) {
                    break;
                }
            }
            if (head < 0) {
                return null;
            }
            boolean finiteLater = false;
            for (int j = head + 1; j <= to && !finiteLater; j++) {
                finiteLater = quoteAt[j] < 0 && tokens.get(j).pos() != null && FINITE.contains(tokens.get(j).pos());
            }
            if (!finiteLater) {
                return null;
            }
            Speaker sp = speakerOfPhrase(head);
            return sp.found() ? sp : nounPhraseSpeaker(head);
        }

        /**
         * Whether a sentence after sentence {@code after} and before {@code before} opens with a person or body other
         * than the last speaker followed by a verb, as its subject ("Hasbro hosted a panel ...", "The Pentagon denied
         * ...": a quotation after it is no longer the last speaker's).
         */
        private boolean otherSpeakerNamedBetween(int after, int before) {
            for (int m = 0; m < doc.mentions().size(); m++) {
                NerMention mention = doc.mentions().get(m);
                NodeRef ref = links.mentionRefs()[m];
                int first = mention.firstToken();
                if (ref != null && mention.sentence() > after && mention.sentence() < before
                        && SPEAKER_TYPES.contains(ref.label()) && !ref.equals(lastSpeaker) && first >= 0
                        && ((first == sentenceStart(first) || first - 1 == sentenceStart(first) && isDeterminer(first - 1))
                        && followedByVerb(mention.lastToken()) || mainSubject(mention))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the parse made the mention the subject of its sentence's main verb ("Following some speculation ...,
         * chairman Dieter Zetsche denied allegations.").
         */
        private boolean mainSubject(NerMention mention) {
            for (int k = mention.firstToken(); k >= 0 && k <= mention.lastToken(); k++) {
                int h = g.parsed(k) ? g.head(k) : -1;
                if (h >= 0 && (h < mention.firstToken() || h > mention.lastToken())) {
                    return "nsubj".equals(g.rel(k)) && g.head(h) < 0; // (not a passive's: "Pell was convicted")
                }
            }
            return false;
        }

        /**
         * Whether only a phrase of time or setting, with no verb and no name, ending in a comma, stands before the
         * quotation in its sentence ('During the premiere, "I felt like Cinderella at the ball"').
         */
        private boolean openingAdverbial(int from, Quote quote) {
            int k = from;
            int last = -1;
            while (k < tokens.size() && tokens.get(k).end() <= quote.open()) {
                if (isVerb(k) || mentionAt[k] >= 0 || quoteAt[k] >= 0) {
                    return false;
                }
                last = k++;
            }
            return last > from && last - from <= 6 && tokens.get(last).word().equals(",")
                    && ("IN".equals(tokens.get(from).pos()) || "RB".equals(tokens.get(from).pos()));
        }

        /**
         * Whether the paragraph text from {@code start} to {@code last} ends a sentence of statement, a full stop,
         * exclamation mark or ellipsis before any closing marks (not a question, nor a heading).
         */
        private boolean endsStatement(int start, int last) {
            int mark = last;
            while (mark > start && "\"'\u201d\u2019)".indexOf(text.charAt(mark - 1)) >= 0) {
                mark--;
            }
            return mark > start && ".!\u2026".indexOf(text.charAt(mark - 1)) >= 0;
        }

        /** {@code end} moved back over the whitespace before it, not past {@code start}. */
        private int stripEnd(int start, int end) {
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            return end;
        }

        private void reported(int v, int from, int to, int sentence) {
            String lemma = tokens.get(v).lemma().toLowerCase(Locale.ROOT);
            String kind = words.kindOf(lemma);
            boolean core = words.speechVerbs().contains(lemma);
            Speaker speaker = subject(v);
            if (!speaker.found()) {
                speaker = quantitySubject(v);
            }
            NodeRef intermediary = null;
            if (lemma.equals("quote")) {
                intermediary = speaker.ref();
                speaker = after(v, 4);
                lemma = "say";
            }
            NodeRef source = words.sourceWithVerbs().contains(lemma) && v + 2 < tokens.size()
                    && tokens.get(v + 1).word().equalsIgnoreCase("with") ? namedAt(v + 2) : null;
            if (source != null) {
                // "Wikinews confirmed with UpGuard that ...": UpGuard is the source, the subject asked it
                intermediary = speaker.ref();
                speaker = new Speaker(source, null, v + 2);
            }
            if (!core && !g.parsed(v)) {
                return; // the cues beyond the verbs of saying need the grammar
            }
            if (core && g.parsed(v) && negated(v)) {
                return; // "declined to predict when ...", "did not say whether ...": nothing was said
            }
            if (words.claimVerbs().contains(lemma) && takesObject(v)) {
                return; // "the attacks have claimed the lives of dozens": taken, not said
            }
            if (unquotedQuestion(v, to)) {
                return; // "Why should leftists and socialists support Howie Hawkins?": asked, not stated
            }
            int[] inverted = core ? invertedSpeaker(v, from, to) : null;
            if (inverted != null) {
                // "Kadzik's refusal did not go over well, and the meeting deteriorated, said one GOP source in the
                // room": the parse took the source for the object of "said"
                Speaker phrase = speakerOfPhrase(inverted[0]); // "noted NBC's Dante Chinni": Chinni, not NBC
                speaker = phrase.found() ? phrase : nounPhraseSpeaker(inverted[0]);
                int end = v - 2;
                add(new Span(tokens.get(from).begin(), tokens.get(end).end()), false, lemma, kind, speaker,
                        intermediary, sentence);
                return;
            }
            int[] fronted = core ? frontedSpeaker(v, from, to) : null;
            if (fronted != null) {
                // "The Trump job marks his reemergence onto the U.S. political scene, one longtime friend said."
                // parsed with "said" inside the clause it ends: the clause before the comma, of the phrase after it
                Speaker phrase = speakerOfPhrase(fronted[1]);
                Speaker who = phrase.found() ? phrase : nounPhraseSpeaker(fronted[1]);
                if (who.found() && (who.ref() != null || namesSource(who))) {
                    add(new Span(tokens.get(from).begin(), tokens.get(fronted[0]).end()), false, lemma, kind, who,
                            intermediary, sentence);
                    return;
                }
            }
            if (reducedPassive(v, from, to)) {
                Speaker agent = core ? reducedPassiveAgent(v, to) : null;
                if (agent == null) {
                    return; // "The man questioned by police was released": the noun is what the verb was done to
                }
                // "The highest rate noted by the team was in Alaska": the sentence is what the team noted
                int end = to;
                while (end > from && isPunctuation(tokens.get(end))) {
                    end--;
                }
                add(new Span(tokens.get(from).begin(), tokens.get(end).end()), false, lemma, kind, agent, intermediary,
                        sentence);
                return;
            }
            boolean objectVerb = words.topicObjectVerbs().contains(lemma) && g.parsed(v);
            boolean clause = objectVerb && !g.dependents(v, "ccomp").isEmpty();
            // "discussed how he became the party's nominee": an indirect question is what is discussed
            int[] question = objectVerb ? questionClause(v) : null;
            // (an object, or a question as a topic verb's clause: either takes its speaker from the parse below)
            boolean objectTopic = objectVerb && (!clause || question != null && kind.equals(StatementWords.TOPIC));
            boolean planned = (words.planVerbs().contains(lemma) || words.proposalVerbs().contains(lemma)) && g.parsed(v);
            if (objectTopic || planned || kind.equals(StatementWords.STANCE)) {
                // these cues take their speaker from the parse only: in "punished the mayor for refusing to support
                // the governor" no one near is the one who supports
                Speaker bySubject = grammarSubject(v);
                speaker = bySubject == null ? Speaker.NONE : bySubject;
                if (negated(v) || scheduled(v)) {
                    return; // "Biden failed to mention his own request", "did not back the bill"
                }
            }
            if (kind.equals(StatementWords.TOPIC) || objectTopic) {
                int[] topic = topicOf(v);
                if (topic == null && objectTopic && !clause) {
                    topic = objectOf(v); // "mentioned the remarks Trump had made"
                    if (topic != null) {
                        // "discussed his journey from neoconservatism to libertarianism", the parse hanging the
                        // phrases on the verb: they go on with the object (not a time: "on Friday")
                        for (int c : g.children(v)) {
                            int[] more = g.subtree(c);
                            if (Grammar.is(g.rel(c), "obl") && more[0] == topic[1] + 1 && mentionAt[c] < 0
                                    && TOPIC_GOES_ON.contains(tokens.get(more[0]).word().toLowerCase(Locale.ROOT))) {
                                topic = new int[] {topic[0], trimmed(more)[1]};
                            }
                        }
                    }
                }
                if (topic == null) {
                    topic = question;
                }
                if (topic != null && namesSource(speaker)) {
                    add(new Span(tokens.get(topic[0]).begin(), tokens.get(topic[1]).end()), false, lemma,
                            StatementWords.TOPIC, speaker, intermediary, sentence);
                }
                if (kind.equals(StatementWords.TOPIC) || topic != null) {
                    return;
                }
            }
            if (planned) {
                // "plans to visit Mexico", "declined to comment", "proposed a tax on trades": what they mean to do
                int[] plan = planOf(v, lemma);
                if (plan != null) {
                    if (namesSource(speaker) && !(quoteAt[plan[0]] >= 0
                            && quoteCovers(quoteAt[plan[0]], plan[0], plan[1]))) {
                        add(new Span(tokens.get(plan[0]).begin(), tokens.get(plan[1]).end()), false, lemma,
                                StatementWords.INTENTION, speaker, intermediary, sentence);
                    }
                    return;
                }
                if (kind.equals(StatementWords.INTENTION)) {
                    return;
                }
            }
            if (g.parsed(v) && "VBN".equals(tokens.get(v).pos())
                    && (Grammar.is(g.rel(v), "acl") || Grammar.is(g.rel(v), "amod"))
                    && g.dependents(v, "obj", "ccomp", "xcomp").isEmpty()) {
                return; // "In a Facebook message posted Friday, Cruz said": the participle only describes the noun
            }
            if (objectGap(v)) {
                return; // "everything Trump says is true", "the question nobody asked": what was said is the noun
            }
            if (words.evidenceVerbs().contains(lemma) && !core && g.parsed(v) && evidenceSubject(v)) {
                kind = StatementWords.EVIDENCE; // "polling indicated that ..." (a verb of saying stays speech)
            }
            if (kind.equals(StatementWords.EVIDENCE) && !evidenceSubject(v)
                    && (g.dependents(v, "ccomp").isEmpty() && !(v + 1 < tokens.size()
                    && tokens.get(v + 1).word().equalsIgnoreCase("that") && "IN".equals(tokens.get(v + 1).pos()))
                    || g.subjects(v).isEmpty() || !g.subjects(v).stream().allMatch(x -> finder(x)))) {
                // (or a finding told as a clause by those who found it: "The researchers found that most of the
                // people who died were affected by pollution from another state"; not "The attack shows that")
                return;
            }
            if (kind.equals(StatementWords.STANCE) && (!namesSource(speaker) || !hasStanceObject(v, lemma)
                    || words.personStanceVerbs().contains(lemma)
                    && (speaker.ref() == null || !speaker.ref().label().equals("Person")))) {
                return; // (one of personStanceVerbs only for a person: "Trump attacked Machado", not "militants
                        // attacked a checkpoint")
            }
            int[] content = grammarContent(v, lemma);
            if (content != null) {
                // (three words do when they are a clause of their own: "Officials said three people died", "the FBI
                // said it would cooperate", "said funding is needed")
                int least = g.parsed(v) && g.dependents(v, "ccomp").stream().anyMatch(c -> shortClause(c, content))
                        ? MIN_CLAUSE_WORDS : MIN_WORDS;
                if (wordCount(content[0], content[1]) < least || !speaker.found()
                        || quoteAt[content[0]] >= 0 && quoteCovers(quoteAt[content[0]], content[0], content[1])) {
                    return;
                }
                add(new Span(tokens.get(content[0]).begin(), tokens.get(content[1]).end()), false, lemma, kind,
                        speaker, intermediary, sentence);
                return;
            }
            boolean alsoStance = !core && !kind.equals(StatementWords.STANCE) && namesSource(speaker)
                    && words.isStanceVerb(lemma) && hasStanceObject(v, lemma) && !negated(v);
            if (kind.equals(StatementWords.STANCE) || alsoStance) {
                // what the stance is taken on: the object with the phrases that go with it ("Trump for his remarks");
                // also for a verb of saying with no clause that is a stance verb too ("touted his record")
                kind = StatementWords.STANCE;
                int a = Integer.MAX_VALUE;
                int b = -1;
                boolean pronoun = false;
                for (int c : g.children(v)) {
                    // (not a date: "attacked Machado on Friday")
                    // (and what it is for: "blasted the media for being dishonest", "dismissed Estonia as being
                    // in the suburbs")
                    if (c > v && (Grammar.is(g.rel(c), "obj") || Grammar.is(g.rel(c), "obl")
                            && !TIME_TYPES.contains(tokens.get(c).ner()) || b >= 0 && reasonClause(c))) {
                        int[] span = g.subtree(c);
                        a = Math.min(a, span[0]);
                        b = Math.max(b, span[1]);
                        pronoun |= Grammar.is(g.rel(c), "obj") && "PRP".equals(tokens.get(c).pos());
                    }
                }
                // a short object must say what the stance is on: "endorsed Trump", not "expressed myself"
                if (b < 0 || wordCount(a, b) < STANCE_MIN_WORDS || pronoun && wordCount(a, b) < MIN_WORDS) {
                    return;
                }
                int phrase = stancePhrase(v, lemma);
                if (phrase >= 0 && g.subtree(phrase)[0] == a && a < b) {
                    a++; // "railed against the provisions": what it is against, without "against"
                }
                int[] span = trimmed(new int[] {a, b});
                add(new Span(tokens.get(span[0]).begin(), tokens.get(span[1]).end()), false, lemma, kind, speaker,
                        intermediary, sentence);
                return;
            }
            if (!core && !kind.equals(StatementWords.EVIDENCE)) {
                return; // beliefs and the other verbs of saying make a statement only with a clause as content
            }
            int c = v + 1;
            if (lemma.equals("tell") || lemma.equals("inform")) {
                // the addressee, up to a subject pronoun that opens the content ("informed the federation she ...")
                while (c <= to && isNounPhraseToken(c)
                        && !(c > v + 1 && NOMINATIVE.contains(tokens.get(c).word().toLowerCase(Locale.ROOT)))) {
                    c++;
                }
            }
            c = skipAfterVerb(c, to);
            int end = to;
            // "announced their decision although she had informed them ...": a concession that follows what was
            // said is the writer's, not part of it
            for (int k = c + 1; k <= end; k++) {
                if (quoteAt[k] < 0 && CONCESSIVE.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                    end = k - 1;
                    break;
                }
            }
            if (g.parsed(v)) {
                // "Video of the incident shows him ..., but Shelby said he refused": the next clause is not content
                for (int x : g.children(v)) {
                    if (x > v && (Grammar.is(g.rel(x), "conj") || Grammar.is(g.rel(x), "parataxis"))
                            && !g.subjects(x).isEmpty() && g.subtree(x)[0] > c) {
                        end = Math.min(end, g.subtree(x)[0] - 1);
                    }
                }
            }
            if (g.parsed(v) && g.head(v) > g.subtree(v)[1] && g.subtree(v)[1] > v && (Grammar.is(g.rel(v), "advcl")
                    || Grammar.is(g.rel(v), "acl")) && !g.subjects(g.head(v)).isEmpty()
                    && g.dependents(v, "mark").stream().noneMatch(m -> tokens.get(m).word().equalsIgnoreCase("as"))) {
                // "While not everything Trump says is true, Jamieson said ...": a cue in a clause that comes before
                // the verb it hangs on, with words of its own after it, says nothing past that clause, when that
                // verb has a subject of its own (but "As the paper noted, it is surprising ...", "As Heald told The
                // Huffington Post, US surface ozone has dropped" say the rest, and
                // "While the candidates say the United States must play a role" was parsed with "play" as the head)
                end = Math.min(end, g.subtree(v)[1]);
            }
            end = endOfRelativeClause(v, new int[] {c, end})[1];
            while (end >= c && isPunctuation(tokens.get(end))) {
                end--;
            }
            Span span;
            int speakerStart = phraseStart(speaker);
            if (wordCount(c, end) >= MIN_WORDS) {
                if (quoteAt[c] >= 0 && quoteCovers(quoteAt[c], c, end)) {
                    return;
                }
                int[] topic = g.parsed(v) && speaker.ref() != null ? topicOf(v) : null;
                // (its preposition may have been skipped as one of a time: "commented on the current situation")
                // (not "called on Fox News to fire Griffin": a demand on someone)
                if (topic != null && (topic[0] == c + 1 || topic[0] == c && c > 0
                        && words.topicPrepositions().contains(tokens.get(c - 1).word().toLowerCase(Locale.ROOT))
                        && !words.demandVerbs().contains(lemma))) {
                    // "tweeted about the riots that followed": what was spoken about, not what was said
                    add(new Span(tokens.get(topic[0]).begin(), tokens.get(topic[1]).end()), false, lemma,
                            StatementWords.TOPIC, speaker, intermediary, sentence);
                    return;
                }
                if (g.parsed(v) && c <= end && topicNotContent(c)) {
                    // "tweeted about the riots", "contended for the nomination", "announced whom ...": no statement,
                    // but the speaker spoke: a quotation after it without a verb is theirs
                    if (speaker.ref() != null) {
                        lastSpeaker = speaker.ref();
                        lastSpeakerSentence = sentence;
                        lastSpeakerAt = tokens.get(v).begin();
                    }
                    return;
                }
                span = new Span(tokens.get(c).begin(), tokens.get(end).end());
            } else if (speakerStart > from && tokens.get(speakerStart - 1).word().equals(",")
                    && wordCount(from, speakerStart - 2) >= MIN_WORDS && hasFiniteVerb(from, speakerStart - 2)
                    && !opensAccordingTo(from) && !opensAdverbialClause(from)) {
                // (not "According to local news, school districts announced ...": that phrase names a source)
                // "22 security personnel have been killed, state media reported Tuesday."
                span = new Span(tokens.get(from).begin(), tokens.get(speakerStart - 2).end());
            } else {
                return;
            }
            if (!speaker.found()) {
                return;
            }
            add(span, false, lemma, kind, speaker, intermediary, sentence);
        }

        /**
         * A share of people as the subject of the cue, by the parse ("Two in three said they are less likely to vote
         * ...", "Several said", "Many think"): the words of the subject as the speaker's text; none otherwise.
         */
        private Speaker quantitySubject(int v) {
            if (!g.parsed(v)) {
                return Speaker.NONE;
            }
            for (int n : g.dependents(v, "nsubj")) {
                String w = tokens.get(n).word().toLowerCase(Locale.ROOT);
                if (n > v || !"nsubj".equals(g.rel(n)) || quoteAt[n] >= 0 || TIME_TYPES.contains(tokens.get(n).ner())
                        || "MONEY".equals(tokens.get(n).ner())
                        || !"CD".equals(tokens.get(n).pos()) && !QUANTITY_SUBJECTS.contains(w)) {
                    continue;
                }
                int[] phrase = g.subtree(n);
                if (phrase[1] >= v || phrase[1] - phrase[0] > 7) {
                    continue;
                }
                return new Speaker(null, text.substring(tokens.get(phrase[0]).begin(), tokens.get(phrase[1]).end()),
                        phrase[0]);
            }
            return Speaker.NONE;
        }

        /**
         * The content of a cue by grammar, as a token range: its clausal complement ("said (that) X", "told reporters
         * X", "thinks X"), an infinitive for a verb of intention ("wants to X"), or the clause it follows ("X, officials
         * said"); null when the parse gives none.
         */
        private int[] grammarContent(int v, String lemma) {
            if (!g.parsed(v)) {
                return null;
            }
            boolean intention = words.intentionVerbs().contains(lemma) || words.commitmentVerbs().contains(lemma);
            int[] asSubject = cueAsClausalSubject(v);
            if (asSubject != null) {
                return asSubject;
            }
            int complement = -1;
            for (int c : g.children(v)) {
                String rel = g.rel(c);
                // a clause after the cue before one before it ("As improbable as it may seem, Mr. Clarke said the
                // deal had played to his advantage")
                // ("Strong winds presented difficulty, Zapata said, adding it required ...": a clause with a subject
                // before the cue stays its content)
                if ((Grammar.is(rel, "ccomp") || intention && Grammar.is(rel, "xcomp"))
                        && (complement < 0 || complement < v && (!clauseWithSubject(complement) || opensWithThat(c)
                        || holdsOpeningName(v, complement)))) {
                    complement = c;
                }
            }
            if (complement >= 0) {
                int[] span = trimmed(beforeOwnClause(g.subtree(complement)));
                int next = span[1] + 1;
                if (complement > v && wordCount(span[0], span[1]) < MIN_WORDS && next < tokens.size()
                        && g.head(next) >= 0 && !isPunctuation(tokens.get(next)) && g.subtree(v)[1] > span[1]) {
                    // "Authorities have said officers encountered Scott because they were searching for another
                    // man": the parse hung the rest of what was said on the cue
                    span = trimmed(new int[] {span[0], g.subtree(v)[1]});
                }
                if (complement > v) {
                    span = withContinuation(v, complement, withHangingRest(v, span));
                }
                span = endOfRelativeClause(v, span);
                if (Grammar.is(g.rel(complement), "xcomp")) {
                    // "voters expect Clinton to win": the one the infinitive is about is part of what is expected
                    for (int o : g.dependents(v, "obj")) {
                        if (o > v && o < complement) {
                            span = new int[] {Math.min(span[0], g.subtree(o)[0]), span[1]};
                        }
                    }
                }
                return span;
            }
            for (int c : g.children(v)) {
                // (with an auxiliary of its own, that "Gammon assumed the nomination and the party nominated
                // Collins" lacks)
                if (c > v + 1 && "dep".equals(g.rel(c)) && isVerb(c) && !"VBG".equals(tokens.get(c).pos())
                        && g.subtree(c)[0] > v && !hasPunctuationBetween(v, c)
                        && !g.dependents(c, "aux", "aux:pass").isEmpty()) {
                    // "Many experts suspect those losses were generated by ...": the parse left the clause hanging
                    // (dep) and took its subject for the cue's object
                    return trimmed(new int[] {v + 1, g.subtree(c)[1]});
                }
            }
            int firstOfCue = v;
            for (int subj : g.subjects(v)) {
                firstOfCue = Math.min(firstOfCue, g.subtree(subj)[0]);
            }
            if (!endsItsClause(v)) {
                return null;
            }
            for (int c : g.children(v)) {
                String rel = g.rel(c);
                // a finite clause of its own, not "When he arrived, ..." or "Describing the attacks, ..."
                // (a passive one too: "But the new plan is still tilted toward the rich, the Tax Foundation said")
                if (c < firstOfCue && (Grammar.is(rel, "advcl") || Grammar.is(rel, "parataxis"))
                        && !subjectsOrPassive(c).isEmpty()
                        && g.dependents(c, "mark").isEmpty()) {
                    int[] span = g.subtree(c);
                    if (span[1] + 2 == firstOfCue && isCommaOrDash(span[1] + 1)) {
                        return trimmed(span);
                    }
                }
            }
            int h = g.head(v);
            if (Grammar.is(g.rel(v), "parataxis") && h >= 0 && h < v && isCommaOrDash(firstOfCue - 1)) {
                int[] span = g.subtreeWithout(h, v);
                int closing = g.subtree(v)[1];
                if (!isCommaOrDash(closing) && closing + 1 < tokens.size() && isCommaOrDash(closing + 1)) {
                    closing++;
                }
                // "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999": what was said goes on
                // after the cue; the sentence, with the cue in it
                boolean goesOn = isCommaOrDash(closing) && closing + 1 <= span[1]
                        && !isPunctuation(tokens.get(closing + 1));
                if (!goesOn) {
                    span[1] = Math.min(span[1], firstOfCue - 1);
                }
                return trimmed(span);
            }
            return null;
        }

        /**
         * "Mr. Slinker, whose latest start-up, Paradata, uses big data, said Mr. Trump was a candidate": the parse took
         * the parenthetical after the opening name for a clause said before the cue; it holds the speaker.
         */
        private boolean holdsOpeningName(int v, int complement) {
            int[] opener = openingName(v);
            return opener != null && g.subtree(complement)[0] <= opener[0];
        }

        /**
         * The content of a cue in a relative clause (or another modifier of a noun) ends where that clause does, at a
         * comma before the main clause's verb: "Mr. Trump, who said last week that a judge was biased, issued a
         * statement", "Mr. Guerrero, a Republican who described himself as a Catholic, said he recoiled", "in response
         * to Mr. Trump's use of a crude reference to describe her loss, accused him".
         */
        private int[] endOfRelativeClause(int v, int[] span) {
            if (!g.parsed(v) || !(Grammar.is(g.rel(v), "acl") || g.subjects(v).stream()
                    .anyMatch(x -> RELATIVE.contains(tokens.get(x).word().toLowerCase(Locale.ROOT))))) {
                return span;
            }
            for (int k = Math.max(span[0], v + 1); k < span[1]; k++) {
                if (quoteAt[k] < 0 && tokens.get(k).word().equals(",") && quoteAt[k + 1] < 0
                        && FINITE.contains(tokens.get(k + 1).pos()) && g.subjects(k + 1).stream().allMatch(x -> x < v)) {
                    return new int[] {span[0], k - 1};
                }
            }
            return span;
        }

        /**
         * "Many of his supporters believe bigotry and xenophobia are acceptable", "Administration officials said they
         * hoped the move will spur ...": with no "that", the parse made the cue (with its subject) the clausal subject
         * of the content's own predicate. The content is then all that follows the cue in that predicate's clause.
         * Not "What he said was false": a cue with a wh-word of its own is a real clausal subject.
         */
        private int[] cueAsClausalSubject(int v) {
            int h = g.head(v);
            if (!Grammar.is(g.rel(v), "csubj") || h <= v || g.subjects(v).isEmpty() || v + 1 >= tokens.size()
                    || isPunctuation(tokens.get(v + 1)) || quoteAt[v] >= 0) {
                return null;
            }
            for (int c : g.children(v)) {
                String tag = tokens.get(c).pos();
                if (c < v && tag != null && tag.startsWith("W")) {
                    return null;
                }
            }
            int[] clause = g.subtree(h);
            if (clause[0] < g.subtree(v)[0]) {
                return null; // something of the predicate's before the cue: not a content that follows it
            }
            return trimmed(new int[] {v + 1, clause[1]});
        }

        /**
         * "Another slide shows that eight of 10 avocados consumed in the United States are grown in Mexico": the
         * parse ended the complement early and hung the rest, a clause with an auxiliary of its own, on the cue
         * (dep). The content runs on to the end of that clause.
         */
        private int[] withHangingRest(int v, int[] span) {
            for (int c : g.children(v)) {
                int[] rest = g.subtree(c);
                if (c > span[1] && "dep".equals(g.rel(c)) && isVerb(c) && rest[0] == span[1] + 1
                        && !g.dependents(c, "aux", "aux:pass").isEmpty()) {
                    return trimmed(new int[] {span[0], rest[1]});
                }
            }
            return span;
        }

        /**
         * "Clinton says she hopes to be elected president, but she knows that ...", "Trump says political correctness
         * has run amok, and "we're going to get away from" that": the parse hung a second clause of what was said on
         * the cue (conj). It continues the content when its subject is the complement's own pronoun or it opens with
         * a quotation, and it has no cue of its own ("..., but Shelby said he refused" is a statement of its own).
         */
        private int[] withContinuation(int v, int complement, int[] span) {
            String own = pronounSubject(complement);
            for (int x : g.children(v)) {
                if (x <= span[1] || !Grammar.is(g.rel(x), "conj")) {
                    continue;
                }
                int[] more = g.subtree(x);
                int first = more[0];
                while (first < x && (isPunctuation(tokens.get(first)) && quoteAt[first] < 0
                        || "cc".equals(g.rel(first)))) {
                    first++;
                }
                // "said the U.S. needs to secure the border, but that he would not support mass deportation": a
                // second "that" clause is what was said whatever its verb
                boolean secondThat = tokens.get(first).word().equalsIgnoreCase("that") && "mark".equals(g.rel(first))
                        && g.head(first) == x;
                if (!secondThat && (!isVerb(x) || cueKind(x) != null)) {
                    continue;
                }
                boolean samePronoun = own != null && own.equals(pronounSubject(x));
                if (more[0] > span[1] && (secondThat || samePronoun || quoteAt[first] >= 0)) {
                    span = trimmed(new int[] {span[0], more[1]});
                }
            }
            return span;
        }

        /**
         * A speaker a stance, plan or topic can be given to: an entity, or a noun phrase of the cue's subject that is
         * not a bare pronoun ("The experts generally praised ...", "Surety companies agreed to ..."); the grammar
         * found it, so it is who took the stance even when it names no entity.
         */
        private boolean namesSource(Speaker speaker) {
            if (speaker.ref() != null) {
                return true;
            }
            if (speaker.text() == null || speaker.start() < 0) {
                return false;
            }
            String t = speaker.text().toLowerCase(Locale.ROOT);
            if (t.isBlank() || PRONOUNS.contains(t) || RELATIVE.contains(t)) {
                return false;
            }
            // the head noun: the phrase's last word (as the phrase ends at its head, "the experts")
            String[] parts = speaker.text().trim().split("\\s+");
            String head = parts[parts.length - 1];
            for (int i = speaker.start(); i >= 0 && i < tokens.size() && i <= speaker.start() + 12; i++) {
                if (tokens.get(i).word().equals(head)) {
                    String pos = tokens.get(i).pos() == null ? "" : tokens.get(i).pos();
                    boolean capitalised = Character.isUpperCase(head.charAt(0))
                            && (i == 0 || tokens.get(i - 1).sentence() == tokens.get(i).sentence());
                    if ((pos.startsWith("NNP") || capitalised) && !TIME_TYPES.contains(tokens.get(i).ner())) {
                        return true; // a name the resolver left without a node ("PolitiFact", "SurveyMonkey")
                    }
                    break;
                }
            }
            String w = head.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            return agentNoun(w) || w.endsWith("ies") && agentNoun(w.substring(0, w.length() - 3) + "y")
                    || w.endsWith("es") && agentNoun(w.substring(0, w.length() - 2))
                    || w.endsWith("s") && agentNoun(w.substring(0, w.length() - 1));
        }

        private boolean agentNoun(String w) {
            return words.agentNouns().contains(w) || words.representativeNouns().contains(w)
                    || words.evidenceNouns().contains(w) || words.typeNouns().containsKey(w);
        }

        /** The cue is in a sentence that asks, outside any quotation: the sentence ends in "?". */
        private boolean unquotedQuestion(int v, int to) {
            if (quoteAt[v] >= 0) {
                return false;
            }
            int end = to;
            while (end > v && isPunctuation(tokens.get(end)) && !tokens.get(end).word().equals("?")) {
                end--;
            }
            return tokens.get(end).word().equals("?") && quoteAt[end] < 0;
        }

        /**
         * "The election commission is scheduled to discuss the events", "is expected to back the bill": the cue is
         * the infinitive of a passive, something yet to happen.
         */
        private boolean scheduled(int v) {
            int h = g.head(v);
            return Grammar.is(g.rel(v), "xcomp") && h >= 0 && !g.dependents(h, "aux:pass").isEmpty();
        }

        /** A clause a stance gives its reason by: "for being dishonest", "as being in the suburbs". */
        private boolean reasonClause(int c) {
            if (!Grammar.is(g.rel(c), "advcl")) {
                return false;
            }
            int first = g.subtree(c)[0];
            String w = tokens.get(first).word().toLowerCase(Locale.ROOT);
            return (w.equals("for") || w.equals("as")) && Set.of("mark", "case").contains(g.rel(first));
        }

        /** The subjects of clause c, active ({@link Grammar#subjects}) then passive ("nsubj:pass"). */
        private List<Integer> subjectsOrPassive(int c) {
            List<Integer> subjects = new ArrayList<>(g.subjects(c));
            subjects.addAll(g.dependents(c, "nsubj:pass"));
            return subjects;
        }

        /** The subject of clause c when it is a personal pronoun ("she"), in lower case; else null. */
        private String pronounSubject(int c) {
            List<Integer> subjects = subjectsOrPassive(c);
            if (subjects.size() != 1 || !"PRP".equals(tokens.get(subjects.get(0)).pos())) {
                return null;
            }
            return tokens.get(subjects.get(0)).word().toLowerCase(Locale.ROOT);
        }

        /**
         * "..., said one GOP source in the room.": the cue after a comma that ends a clause of its own, followed by
         * nothing but a noun phrase to the end of the sentence, which the parse made its object (or left hanging).
         * Gives {the phrase's head noun, its last token}, or null.
         */
        private int[] invertedSpeaker(int v, int from, int to) {
            if (!g.parsed(v) || v - 1 <= from || !tokens.get(v - 1).word().equals(",") || quoteAt[v - 1] >= 0
                    || wordCount(from, v - 2) < MIN_WORDS || !g.dependents(v, "ccomp", "xcomp").isEmpty()) {
                return null;
            }
            if (!FINITE.contains(tokens.get(v).pos())) {
                return null; // "..., citing the release of political prisoners"
            }
            for (int x : g.children(v)) {
                if (Grammar.is(g.rel(x), "nsubj")) {
                    return null; // "..., the IMF said", "..., noted NBC's Dante Chinni": the parse has it right
                }
            }
            int end = to;
            while (end > v && isPunctuation(tokens.get(end))) {
                end--;
            }
            int head = -1;
            for (int i = v + 1; i <= end; i++) {
                String pos = tokens.get(i).pos() == null ? "" : tokens.get(i).pos();
                if (quoteAt[i] >= 0 || isPunctuation(tokens.get(i)) || pos.startsWith("VB") || pos.startsWith("W")
                        || pos.equals("PRP")) {
                    return null;
                }
                if (pos.equals("IN") && head < 0) {
                    return null;
                }
                if (pos.equals("IN") && !Character.isUpperCase(tokens.get(head).word().charAt(0))) {
                    break; // "said one GOP source in the room", "said a biographer of Winston Churchill"
                }
                if (pos.equals("IN")) {
                    // "stated Minister of Information Moammar al-Eryani": the title's phrase ends in the name
                    for (int k = i + 1; k <= end && ("PERSON".equals(tokens.get(k).ner())
                            || !tokens.get(k).word().isEmpty() && Character.isUpperCase(tokens.get(k).word().charAt(0))); k++) {
                        if ("PERSON".equals(tokens.get(k).ner())) {
                            head = k;
                        }
                    }
                    break;
                }
                if (pos.startsWith("NN")) {
                    head = i;
                }
            }
            return head < 0 ? null : new int[] {head, end};
        }

        /**
         * Whether clause c, the content's, is a clause of its own that three words can say: a subject and a verb that
         * is no auxiliary ("it would cooperate") or a subject and a copula ("it was unconstitutional"); not a
         * question ("who he was", "whether it worked") nor an auxiliary's ellipsis ("it had not").
         */
        private boolean shortClause(int c, int[] content) {
            String first = tokens.get(content[0]).word().toLowerCase(Locale.ROOT);
            if (c < content[0] || c > content[1] || posOf(content[0]).startsWith("W") || SUBORDINATORS.contains(first)
                    && !first.equals("that") || subjectsOrPassive(c).stream().anyMatch(x -> posOf(x).startsWith("W"))
                    || subjectsOrPassive(c).isEmpty()) {
                return false;
            }
            return isVerb(c) && !AUXILIARIES.contains(tokens.get(c).word().toLowerCase(Locale.ROOT))
                    && !"MD".equals(posOf(c)) || !g.dependents(c, "cop").isEmpty();
        }

        /**
         * The subject, after the quotation, of the first verb of a clause of its own after it in its sentence
         * ('Writing "...", Wright further wrote'); none when that verb's subject is not after the quotation.
         */
        private Speaker subjectAfterQuote(Quote quote) {
            int after = firstTokenAfter(quote.close());
            for (int k = after; k < tokens.size() && tokens.get(k).sentence() == tokens.get(after).sentence(); k++) {
                if (quoteAt[k] < 0 && FINITE.contains(posOf(k)) && g.parsed(k)) {
                    for (int x : g.subjects(k)) {
                        Speaker named = x >= after && x < k && quoteAt[x] < 0 ? speakerOfPhrase(x) : Speaker.NONE;
                        if (named.found()) {
                            return named;
                        }
                    }
                    return Speaker.NONE;
                }
            }
            return Speaker.NONE;
        }

        private String posOf(int t) {
            return tokens.get(t).pos() == null ? "" : tokens.get(t).pos();
        }

        /**
         * Whether the sentence opens with a past participle of a cue ("Asked whether he would fire a speechwriter,
         * Priebus said, "Probably.""): a question put, not what was said.
         */
        private boolean opensAdverbialClause(int from) {
            // (not a participle that describes a noun: "Armed men attacked a checkpoint, officials said"; nor one that
            // tells no question put: "Graduated in Brisbane, Tseng received his PhD in Melbourne, he told Wikinews")
            return "VBN".equals(tokens.get(from).pos()) && g.parsed(from) && !Grammar.is(g.rel(from), "amod")
                    && !Grammar.is(g.rel(from), "compound") && subjectsOrPassive(from).isEmpty()
                    && cueKind(from) != null;
        }

        /**
         * A sentence that ends "..., one longtime friend said [during his speech]." whose parse did not make the phrase
         * before the verb the subject of its main verb: the last token of the clause before the comma and the head of
         * that phrase; null when the parse has it right, the phrase is not a short noun phrase (at most six words,
         * ending in a noun), the clause before has no finite verb or fewer than four words, or an object, a clause or
         * a quotation follows the verb.
         */
        private int[] frontedSpeaker(int v, int from, int to) {
            if (!g.parsed(v) || !FINITE.contains(tokens.get(v).pos()) || v - 1 <= from
                    || !posOf(v - 1).startsWith("NN") || mentionAt[v - 1] >= 0
                    && !Set.of("PERSON", "ORGANIZATION").contains(doc.mentions().get(mentionAt[v - 1]).type())) {
                return null;
            }
            int comma = v - 1;
            while (comma > from && v - comma <= 6 && !tokens.get(comma).word().equals(",")) {
                String pos = posOf(comma);
                if (quoteAt[comma] >= 0 || !(pos.startsWith("NN") || pos.equals("DT") || pos.equals("CD")
                        || pos.equals("JJ") || pos.equals("POS") || pos.equals("PRP$"))) {
                    return null;
                }
                comma--;
            }
            if (!tokens.get(comma).word().equals(",") || comma - 1 <= from || quoteAt[comma - 1] >= 0
                    || wordCount(from, comma - 1) < MIN_WORDS || !hasFiniteVerb(from, comma - 1)
                    || opensAdverbialClause(from) || opensAccordingTo(from)) {
                return null;
            }
            int head = v - 1;
            if (Grammar.is(g.rel(v), "acl") || g.head(v) > comma && g.head(v) < v) {
                return null; // ("in 2015, the year Smith described in his book": a clause of the noun before)
            }
            if ((g.subjects(v).equals(List.of(head)) || g.dependents(v, "nsubj:pass").contains(head))
                    && Grammar.is(g.rel(v), "root")) {
                return null; // (the parse has it right: the general rules read it)
            }
            String next = v + 1 <= to ? posOf(v + 1) : ".";
            if (v + 1 <= to && !isPunctuation(tokens.get(v + 1)) && !next.equals("IN") && !next.startsWith("RB")
                    && !TIME_TYPES.contains(tokens.get(v + 1).ner())) {
                return null; // (an object after the verb: "..., Bill Clinton called her to get together again")
            }
            for (int i = v + 1; i <= to; i++) {
                String pos = posOf(i);
                if (quoteAt[i] >= 0 || FINITE.contains(pos) || pos.equals("MD") || SUBORDINATORS.contains(
                        tokens.get(i).word().toLowerCase(Locale.ROOT)) || tokens.get(i).word().equals(":")) {
                    return null; // ('..., he said, "..."', '..., officials said that ...')
                }
            }
            int last = comma - 1;
            while (last > from && isPunctuation(tokens.get(last))) {
                last--;
            }
            return new int[] {last, head};
        }

        private boolean hasPunctuationBetween(int a, int b) {
            for (int i = a + 1; i < b; i++) {
                if (isPunctuation(tokens.get(i))) {
                    return true;
                }
            }
            return false;
        }

        /** A verb with a subject of its own: "winds presented difficulty", not "As improbable as it may seem". */
        private boolean clauseWithSubject(int c) {
            return isVerb(c) && subjectsOrPassive(c).stream().anyMatch(x -> !tokens.get(x).pos().startsWith("W"));
        }

        /** "warned that the museum would not be a panacea": the clause opens with "that". */
        private boolean opensWithThat(int c) {
            return g.children(c).stream().anyMatch(m -> "mark".equals(g.rel(m))
                    && tokens.get(m).word().equalsIgnoreCase("that"));
        }

        /** A finite verb outside quotations in the range: "In support of her candidacy" has none. */
        private boolean hasFiniteVerb(int a, int b) {
            for (int i = a; i <= b; i++) {
                String pos = tokens.get(i).pos() == null ? "" : tokens.get(i).pos();
                if (quoteAt[i] < 0 && (FINITE.contains(pos) || pos.equals("MD"))) {
                    return true;
                }
            }
            return false;
        }

        /** The first token of the speaker's phrase: "the" of "the IMF" (the name's token without a parse). */
        private int phraseStart(Speaker speaker) {
            int k = speaker.start();
            if (k < 0 || !g.parsed(k)) {
                return k;
            }
            int start = k;
            // the words before the noun that modify it, not "and" of "..., and his associates had alleged"
            while (start - 1 >= 0 && g.head(start - 1) >= start && g.head(start - 1) <= k
                    && PREMODIFIERS.contains(g.rel(start - 1))) {
                start--;
            }
            return start;
        }

        /**
         * The kind of statement the verb at token t makes as a cue ({@link StatementWords#kindOf}), or null; a stance
         * verb listed only with its preposition is a cue only with that phrase ("see Sanders as an agent", not "would
         * see their taxes go up").
         */
        private String cueKind(int t) {
            String lemma = tokens.get(t).lemma().toLowerCase(Locale.ROOT);
            String kind = words.kindOf(lemma);
            return StatementWords.STANCE.equals(kind) && onlyWithPreposition(lemma) && !withItsPreposition(t, lemma)
                    ? null : kind;
        }

        /** A verb of {@code stancePrepositions} that is not a stance verb alone ("name as", "see as"). */
        private boolean onlyWithPreposition(String lemma) {
            return words.stancePrepositions().containsKey(lemma) && !words.stanceVerbs().contains(lemma);
        }

        /**
         * Whether the verb at v has the phrase of its listed preposition, with no question word as its object ("what he
         * sees as his duties" is no view of someone).
         */
        private boolean withItsPreposition(int v, String lemma) {
            List<Integer> objects = g.dependents(v, "obj");
            return stancePhrase(v, lemma) >= 0
                    && (objects.isEmpty() || !objects.stream().allMatch(o -> posOf(o).startsWith("W")));
        }

        /** What a stance is taken on: an object, or the phrase of its preposition ("railed against X"). */
        private boolean hasStanceObject(int v, String lemma) {
            // (a verb listed only with its preposition needs that phrase: "named Harris as his running mate", not
            // "named a new coach")
            if (onlyWithPreposition(lemma)) {
                return withItsPreposition(v, lemma);
            }
            return !g.dependents(v, "obj").isEmpty() || stancePhrase(v, lemma) >= 0;
        }

        /**
         * The phrase of a stance verb listed with its preposition ("rail against", "lash out at"): the obl after the
         * verb opening with that preposition, or -1.
         */
        private int stancePhrase(int v, String lemma) {
            Set<String> preps = words.stancePrepositions().get(lemma);
            if (preps == null || !g.parsed(v)) {
                return -1;
            }
            for (int o : g.children(v)) {
                if (o > v && Grammar.is(g.rel(o), "obl")) {
                    int first = g.subtree(o)[0];
                    if ("case".equals(g.rel(first)) && preps.contains(tokens.get(first).word().toLowerCase(Locale.ROOT))) {
                        return o;
                    }
                }
            }
            return -1;
        }

        /**
         * A clause after the verb that opens with a question word, as what is discussed: "discussed how he became
         * the nominee", "discusses why he joined the party"; null when there is none.
         */
        private int[] questionClause(int v) {
            for (int c : g.dependents(v, "ccomp", "advcl")) {
                int[] span = trimmed(g.subtree(c));
                String opener = tokens.get(span[0]).word().toLowerCase(Locale.ROOT);
                // (an adverbial clause only on how, why, what, whether: "mentioned it when he spoke" is a time)
                boolean question = Grammar.is(g.rel(c), "ccomp") ? QUESTION_WORDS.contains(opener)
                        : ADVERBIAL_QUESTION_WORDS.contains(opener);
                if (span[0] > v && question && wordCount(span[0], span[1]) >= MIN_WORDS) {
                    return span;
                }
            }
            return null;
        }

        /** "did not mention", "never backed", "failed to mention": the cue says it did not happen. */
        private boolean negated(int v) {
            for (int c : g.children(v)) {
                if (c < v && NEGATIONS.contains(tokens.get(c).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            int h = g.head(v);
            return Grammar.is(g.rel(v), "xcomp") && h >= 0 && words.failVerbs().contains(tokens.get(h).lemma().toLowerCase(Locale.ROOT));
        }

        /**
         * What an intention verb says is meant: its infinitive ("plans to visit Mexico", "asked ... to"), or for one
         * of {@code proposalVerbs} its object ("proposed a tax on trades"); null when it has neither.
         */
        private int[] planOf(int v, String lemma) {
            for (int c : g.children(v)) {
                if (c > v && Grammar.is(g.rel(c), "xcomp") && tokens.get(g.subtree(c)[0]).word().equalsIgnoreCase("to")
                        && "VB".equals(tokens.get(c).pos())) {
                    int[] span = trimmed(g.subtree(c));
                    return wordCount(span[0], span[1]) >= 2 ? span : null;
                }
            }
            return words.proposalVerbs().contains(lemma) ? objectOf(v) : null;
        }

        /**
         * The object after a verb, with the phrases that hang on it, when it says something: two words besides
         * determiners, or a name ("mentioned the remarks Trump had made", "mentioned Machado"); null otherwise.
         */
        private int[] objectOf(int v) {
            for (int o : g.children(v)) {
                if (o < v || !Grammar.is(g.rel(o), "obj") || "PRP".equals(tokens.get(o).pos())) {
                    continue;
                }
                int[] span = trimmed(g.subtree(o));
                if (span[0] <= v) {
                    return null;
                }
                return saysSomething(span) ? span : null;
            }
            return null;
        }

        /**
         * Whether cue {@code v} heads a relative clause whose missing word is its object: with a subject of its own
         * that is no relative pronoun and no object or clause ("everything Trump says is true", "the question nobody
         * asked"). What was said is then the noun the clause is on; the words after the cue are not.
         */
        private boolean objectGap(int v) {
            if (!g.parsed(v) || !Grammar.is(g.rel(v), "acl:relcl")
                    || !g.dependents(v, "obj", "iobj", "ccomp", "xcomp", "parataxis").isEmpty()) {
                return false;
            }
            List<Integer> subjects = g.subjects(v);
            return !subjects.isEmpty() && subjects.stream()
                    .noneMatch(x -> RELATIVE.contains(tokens.get(x).word().toLowerCase(Locale.ROOT)));
        }

        /**
         * Whether cue {@code v} has, by the parse, no clause and an object that is taken rather than said
         * ({@code takenObjects}): "claimed the lives of dozens", "claimed the title".
         */
        private boolean takesObject(int v) {
            if (!g.parsed(v) || !g.dependents(v, "ccomp", "xcomp").isEmpty()) {
                return false;
            }
            for (int o : g.dependents(v, "obj")) {
                if (o > v && (words.takenObjects().contains(tokens.get(o).lemma().toLowerCase(Locale.ROOT))
                        || words.takenObjects().contains(tokens.get(o).word().toLowerCase(Locale.ROOT)))) {
                    return true;
                }
            }
            return false;
        }

        /** Two words besides determiners, or a name: "the remarks Trump made", "Machado"; not "the matter". */
        private boolean saysSomething(int[] span) {
            int said = 0;
            for (int i = span[0]; i <= span[1]; i++) {
                if (mentionAt[i] >= 0) {
                    return true;
                }
                said += isPunctuation(tokens.get(i)) || "DT".equals(tokens.get(i).pos()) ? 0 : 1;
            }
            return said >= 2;
        }

        /**
         * The span up to a semicolon that opens a clause of its own, one the parse hung on the content as parataxis
         * ("told the Post it would end its search, which is outside its remit; the paper also spoke to the Navy"):
         * what follows is the writer's; and the span up to ", while" or ", whereas" opening a clause with a subject
         * and a verb of saying of its own (another's statement).
         */
        private int[] beforeOwnClause(int[] span) {
            for (int k = span[0] + 1; k + 1 < span[1]; k++) {
                // "Rubio suggested that ..., while Cruz said that ...": a contrasting clause with a cue and a
                // subject of its own is another's statement
                int p = g.parsed(k + 1) ? g.head(k + 1) : -1;
                if (tokens.get(k).word().equals(",") && quoteAt[k] < 0
                        && CONTRASTING.contains(tokens.get(k + 1).word().toLowerCase(Locale.ROOT))
                        && p > k + 1 && p <= span[1] && Grammar.is(g.rel(p), "advcl") && !g.subjects(p).isEmpty()
                        && words.speechVerbs().contains(tokens.get(p).lemma().toLowerCase(Locale.ROOT))) {
                    return new int[] {span[0], k - 1};
                }
            }
            for (int k = span[0] + 1; k < span[1]; k++) {
                if (!tokens.get(k).word().equals(";") || quoteAt[k] >= 0) {
                    continue;
                }
                for (int p = k + 1; p <= span[1]; p++) {
                    if (Grammar.is(g.rel(p), "parataxis") && g.head(p) >= span[0] && g.head(p) < k
                            && g.subtree(p)[0] == k + 1 && !g.subjects(p).isEmpty()) {
                        return new int[] {span[0], k - 1};
                    }
                }
            }
            return span;
        }

        /**
         * "..., officials said." and "..., she said on Monday in a statement.": nothing after the cue but a few words
         * of time or manner (no object, no clause of its own), so the clause before it can be its content.
         */
        private boolean endsItsClause(int v) {
            if (!g.dependents(v, "obj", "iobj", "ccomp", "xcomp").isEmpty()) {
                return false;
            }
            int end = g.subtree(v)[1];
            while (end > v && isPunctuation(tokens.get(end))) {
                end--;
            }
            return end - v <= 5;
        }

        private boolean isCommaOrDash(int i) {
            String w = tokens.get(i).word();
            return w.equals(",") || w.equals("--") || w.equals("—") || w.equals("–");
        }

        /** The range without "that", ":" and punctuation at its ends. */
        private int[] trimmed(int[] span) {
            int a = span[0];
            int b = span[1];
            while (a <= b && (isPunctuation(tokens.get(a)) || tokens.get(a).word().equalsIgnoreCase("that")
                    && "mark".equals(g.rel(a)))) {
                a++;
            }
            // "favored Mr. Obama in 2008, according to polling by the union": the source is not what was said
            for (int k = a + 1; k < b; k++) {
                // (or after a semicolon: "suggested X; according to prosecutors, he owed ...": a statement of its own)
                if ((tokens.get(k).word().equals(",") || tokens.get(k).word().equals(";")) && quoteAt[k] < 0
                        && k + 2 <= b && opensAccordingTo(k + 1)) {
                    b = k - 1;
                    break;
                }
            }
            while (b >= a && isPunctuation(tokens.get(b))) {
                b--;
            }
            return new int[] {a, Math.max(a, b)};
        }

        private boolean isNoun(int t) {
            String pos = tokens.get(t).pos();
            return pos != null && pos.startsWith("NN");
        }

        /** A subject that can have found something: a named speaker, a plural noun ("researchers") or "they"/"we". */
        private boolean finder(int x) {
            String pos = tokens.get(x).pos();
            String w = tokens.get(x).word().toLowerCase(Locale.ROOT);
            return "NNS".equals(pos) || "NNPS".equals(pos) || w.equals("they") || w.equals("we")
                    || mentionAt[x] >= 0 && links.mentionRefs()[mentionAt[x]] != null
                    && SPEAKER_TYPES.contains(links.mentionRefs()[mentionAt[x]].label());
        }

        /** "Polls show", "a report found": the cue's subject is a source of evidence. */
        private boolean evidenceSubject(int v) {
            for (int subj : g.subjects(v)) {
                if (words.evidenceNouns().contains(tokens.get(subj).word().toLowerCase(Locale.ROOT))
                        || words.evidenceNouns().contains(tokens.get(subj).lemma().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The subject of cue {@code v} by the parse, unless the parse found it inside a parenthetical that follows the
         * name the sentence opens with, or found none there: "Vice President Joseph R. Biden Jr., who was to travel
         * to Columbus, Ohio, on Wednesday, said" and "Paul Begala, a former adviser and a friend of the couple's,
         * said" are Biden's and Begala's, not Ohio's or the couple's.
         */
        private Speaker grammarSubject(int v) {
            Speaker parsed = parsedSubject(v);
            int[] opener = openingName(v);
            if (opener == null || parsed != null && !(parsed.start() > opener[1] && parsed.start() < v)) {
                return parsed;
            }
            Speaker named = speakerAt(opener[1] - 1);
            return named != null && named.ref() != null ? named : parsed;
        }

        /**
         * {first token, opening comma} of a name that opens the sentence of cue {@code v} and is followed by a
         * parenthetical (a relative clause, an apposition, an age) that closes with the comma just before the cue;
         * null when the sentence is not of that shape.
         */
        private int[] openingName(int v) {
            if (v < 3 || !isParentheticalMark(tokens.get(v - 1).word())) {
                return null;
            }
            boolean comma = tokens.get(v - 1).word().equals(",");
            int first = sentenceStart(v);
            // where the clause of the cue may open: the sentence's start ("But Mr. Guerrero, ..."), after an
            // opening phrase ("On his way out of the campaign, Mr. Bush - ... - declared"), after a subordinator
            // ("when Mrs. Clinton, in response to ..., accused")
            List<Integer> starts = new ArrayList<>();
            int start = first;
            while (start < v && ("CC".equals(tokens.get(start).pos()) || "RB".equals(tokens.get(start).pos()))) {
                start++;
            }
            starts.add(start);
            if (start < v && "IN".equals(tokens.get(start).pos())) {
                for (int i = start + 1; i < v && i - start <= 12; i++) {
                    if (tokens.get(i).word().equals(",")) {
                        starts.add(i + 1);
                        break;
                    }
                }
            }
            for (int i = first; i < v - 3; i++) {
                if (OPENING_SUBORDINATORS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                    starts.add(i + 1);
                }
            }
            for (int s : starts) {
                int[] named = nameThenParenthetical(s, v, comma, false);
                if (named != null) {
                    return named;
                }
            }
            // right after the quotation the cue reports: ""...," Jeff Weaver, Sanders' campaign manager, said", where
            // the parenthetical may be any noun phrase
            for (int i = v - 2; i > first; i--) {
                if (quoteAt[i] >= 0 && quoteAt[i - 1] >= 0 && isClosingMark(tokens.get(i).word())) {
                    return nameThenParenthetical(i + 1, v, comma, true);
                }
            }
            return null;
        }

        private boolean isClosingMark(String w) {
            return w.equals("''") || w.equals("\u201D") || w.equals("\"");
        }

        private int[] nameThenParenthetical(int start, int v, boolean comma, boolean anyNounPhrase) {
            int end = start;
            while (end < v && end - start < 8 && tokens.get(end).pos() != null
                    && (tokens.get(end).pos().startsWith("NNP") || mentionAt[end] >= 0)) {
                end++;
            }
            if (end == start || end >= v - 2 || mentionAt[end - 1] < 0 || !(comma ? tokens.get(end).word().equals(",")
                    : isParentheticalMark(tokens.get(end).word()) && !tokens.get(end).word().equals(","))) {
                return null;
            }
            // a relative clause, an apposition, an age, a phrase of circumstance ("Mrs. Clinton, in response to ...,
            // accused", "Mr. Bush, speaking in Iowa, said")
            String next = tokens.get(end + 1).word().toLowerCase(Locale.ROOT);
            String nextPos = tokens.get(end + 1).pos() == null ? "" : tokens.get(end + 1).pos();
            if (!anyNounPhrase && !PARENTHETICAL_OPENERS.contains(next)
                    && !PARENTHETICAL_OPENER_TAGS.contains(nextPos)) {
                return null;
            }
            for (int i = end + 1; i < v - 1; i++) {
                String pos = tokens.get(i).pos() == null ? "" : tokens.get(i).pos();
                if (quoteAt[i] >= 0 || tokens.get(i).word().equals(";") || i - end > 40
                        || anyNounPhrase && (pos.startsWith("VB") || i - end > 12
                        || tokens.get(i).word().equals("and"))) {
                    return null;
                }
            }
            return new int[] {start, end};
        }

        /**
         * The speaker by grammar: the subject of the cue (shared by coordinated verbs, "did not apologize, but
         * said"), or of the verb a participle or infinitive hangs on ("..., saying", "went on to say"); null when the
         * parse gives the cue no subject. The object of "told X" is never the speaker.
         */
        private Speaker parsedSubject(int v) {
            if (!g.parsed(v)) {
                return null;
            }
            int k = v;
            boolean viaConj = false;
            for (int hops = 0; hops < 3 && k >= 0; hops++) {
                Speaker closedClause = afterRelativeClause(k);
                if (closedClause != null) {
                    return closedClause;
                }
                List<Integer> subjects = g.subjects(k);
                if (subjects.isEmpty() && viaConj) {
                    // "FBI officials were angered by the deal and predicted it would ...": the passive's subject is
                    // the subject of the verb joined to it
                    subjects = g.dependents(k, "nsubj:pass");
                }
                int relcl = Grammar.is(g.rel(k), "conj") ? g.head(k) : viaConj ? k : -1;
                if (relcl >= 0 && Grammar.is(g.rel(relcl), "acl:relcl") && subjects.contains(g.head(relcl))
                        && speakerOfPhrase(g.head(relcl)).ref() == null && !speakingNoun(g.head(relcl))) {
                    // "Schultz supported Democrats during his time on MSNBC, which let him go, and said ...": the
                    // parse hung "said" on the relative clause; its subject is the main clause's
                    int h = g.head(g.head(relcl));
                    while (h >= 0 && !isVerb(h)) {
                        h = g.head(h);
                    }
                    if (h >= 0) {
                        k = h;
                        viaConj = false;
                        continue;
                    }
                }
                viaConj = false;
                if (!subjects.isEmpty() && subjects.stream().allMatch(x -> tokens.get(x).pos() != null
                        && tokens.get(x).pos().startsWith("VB"))) {
                    return null; // "Writing for the Court, Justice Kagan declared": a verb as subject is a parse error
                }
                // (nor is a day: "issued a statement Tuesday saying", "leaders gathered Friday to discuss", parsed
                // with the day as the subject; but Doris Day is someone: "Day said")
                subjects = subjects.stream().filter(x -> (tokens.get(x).pos() == null
                        || !tokens.get(x).pos().startsWith("VB")) && !(isTime(x) && mentionAt[x] < 0
                        && personBySurname(tokens.get(x).word()) == null)).toList();
                if (quoteAt[v] < 0 && subjects.stream().anyMatch(x -> quoteAt[x] >= 0)
                        && subjects.stream().anyMatch(x -> quoteAt[x] < 0)) {
                    // the parse carried subjects of the quotation over to the cue (conj), beside its own:
                    // ""..., the United States government, U.S. service members ... are at risk ...," White House
                    // Press Secretary Josh Earnest said"
                    subjects = subjects.stream().filter(x -> quoteAt[x] < 0).toList();
                }
                if (quoteAt[v] < 0 && subjects.stream().anyMatch(x -> quoteAt[x] >= 0)) {
                    // ""Full panic mode," said Leslie Wimes": words of the quotation parsed as the subject; the first
                    // name between the quotation and the cue is the speaker (""...," Flynn, a top Trump surrogate,
                    // said")
                    int close = -1;
                    for (int x : subjects) {
                        close = quoteAt[x] >= 0 ? Math.max(close, quotes.get(quoteAt[x]).close()) : close;
                    }
                    for (int j = firstTokenAfter(close); j >= 0 && j < k; j++) {
                        if (mentionAt[j] >= 0 && SPEAKER_TYPES.contains(links.mentionRefs()[mentionAt[j]].label())) {
                            Speaker at = speakerAt(j); // (the person a title names: "House Speaker Paul Ryan")
                            return at != null && at.ref() != null ? at : new Speaker(links.mentionRefs()[mentionAt[j]], null, j);
                        }
                    }
                    return null;
                }
                Speaker whose = personBeforeWho(k, subjects);
                if (whose != null) {
                    return whose;
                }
                if (subjects.size() == 1 && RELATIVE.contains(tokens.get(subjects.get(0)).word().toLowerCase(Locale.ROOT))) {
                    // "the Navy, who told it this was as yet unconfirmed": the noun the relative pronoun follows
                    // (where the parse hung the clause on it, else the noun just before)
                    // (only one that names a speaker: "a serial liar and birther who has pledged" is no one)
                    int rel = subjects.get(0);
                    int before = rel > 0 && tokens.get(rel - 1).word().equals(",") ? rel - 2 : rel - 1;
                    int noun = Grammar.is(g.rel(k), "acl:relcl") && g.head(k) >= 0 ? g.head(k)
                            : before >= 0 && tokens.get(before).sentence() == tokens.get(rel).sentence()
                            && tokens.get(before).pos() != null && tokens.get(before).pos().startsWith("NN") ? before
                            : -1;
                    Speaker antecedent = noun < 0 ? null : speakerOfPhrase(noun);
                    // (a plural is a group that spoke: "Democrats who said", "voters who told")
                    boolean plural = noun >= 0 && ("NNS".equals(tokens.get(noun).pos())
                            || "NNPS".equals(tokens.get(noun).pos()));
                    return antecedent != null && (antecedent.ref() != null || speakingNoun(noun)
                            || plural && antecedent.found()) ? antecedent : null;
                }
                if (!subjects.isEmpty()) {
                    // of two subjects (a parse error), the one that names someone, else the nearer
                    Speaker best = null;
                    for (int i = subjects.size() - 1; i >= 0; i--) {
                        int x = subjects.get(i);
                        if (Grammar.is(g.rel(x), "appos") && g.head(x) >= 0 && g.head(x) < x
                                && speakerOfPhrase(g.head(x)).ref() != null) {
                            x = g.head(x); // "Mr. Guerrero, a Republican who described himself as": Guerrero's
                        }
                        Speaker sp = speakerOfPhrase(x);
                        if (x + 2 < tokens.size() && "POS".equals(tokens.get(x + 1).pos()) && mentionAt[x + 2] >= 0
                                && links.mentionRefs()[mentionAt[x + 2]] != null
                                && SPEAKER_TYPES.contains(links.mentionRefs()[mentionAt[x + 2]].label())
                                && doc.mentions().get(mentionAt[x + 2]).firstToken() == x + 2) {
                            // "Chile's Fisheries and Aquaculture Service reported", parsed with Chile as the subject:
                            // the body it owns
                            sp = new Speaker(links.mentionRefs()[mentionAt[x + 2]], null, x + 2);
                        } else if (x + 2 < k && "POS".equals(tokens.get(x + 1).pos())) {
                            // "Tunisia's neighbouring ... countries including Algeria have cited", parsed with the
                            // owner as the subject: the noun it owns, before the verb, speaks
                            int head = -1;
                            for (int j = x + 2; j < k && mentionAt[j] < 0; j++) {
                                String pos = tokens.get(j).pos() == null ? "" : tokens.get(j).pos();
                                if (pos.startsWith("NN")) {
                                    head = j;
                                } else if (!pos.startsWith("JJ") && !pos.equals("HYPH")
                                        && !(j == x + 2 && (pos.equals("VBG") || pos.equals("VBN")))) {
                                    break; // (the phrase's words: "neighbouring Muslim-majority African countries")
                                }
                            }
                            if (head >= 0) {
                                Speaker owned = speakerOfPhrase(head);
                                sp = owned.found() ? owned : nounPhraseSpeaker(head);
                            }
                        }
                        if (sp.ref() == null) {
                            // "One of these groups, the Syrian Democratic Forces (SDF), opposed": the name in apposition
                            for (int a : g.dependents(x, "appos")) {
                                Speaker named = speakerOfPhrase(a);
                                if (named.ref() != null && a > x) {
                                    sp = named;
                                    break;
                                }
                            }
                        }
                        if (best == null || sp.ref() != null && best.ref() == null) {
                            best = sp;
                        }
                    }
                    if (best.ref() == null && k > 0 && tokens.get(k - 1).word().equals(",")
                            && g.subtree(subjects.get(0))[0] > 0
                            && tokens.get(g.subtree(subjects.get(0))[0] - 1).word().equals(",")) {
                        // "China, Pyongyang's only ally and its economic lifeline, said": the name the
                        // apposition describes
                        Speaker named = apposedSubject(k - 1);
                        if (named.found()) {
                            return named;
                        }
                    }
                    return best;
                }
                String rel = g.rel(k);
                boolean participle = "VBG".equals(tokens.get(k).pos());
                // (and an infinitive of purpose: "Trump took to Twitter overnight to accuse Clinton's campaign")
                boolean purpose = Grammar.is(rel, "advcl") && "VB".equals(tokens.get(k).pos())
                        && g.dependents(k, "mark").stream().anyMatch(m -> tokens.get(m).word().equalsIgnoreCase("to"));
                // (a participle the parse left as "dep" of a main verb is one too: "Dicks said he too was
                // "shocked", releasing a statement saying ..."; not of a verb in a clause of its own: "declined to
                // predict when the New GM would return to profitability, stating that ...")
                if (Grammar.is(rel, "xcomp") || Grammar.is(rel, "conj") || (participle || purpose)
                        && Grammar.is(rel, "advcl") || participle && participleOfMainVerb(k)) {
                    viaConj = Grammar.is(rel, "conj");
                    k = g.head(k);
                } else if (participle && Grammar.is(rel, "acl") && g.head(k) >= 0 && issued(g.head(k))) {
                    k = g.head(g.head(k)); // "Pompeo posted a message on Twitter blaming Iran": who posted it
                } else if (participle && Grammar.is(rel, "acl") && g.head(k) >= 0 && speakingNoun(g.head(k))) {
                    return speakerOfPhrase(g.head(k)); // "a statement saying ...", "the ministry saying ..."
                } else {
                    return null;
                }
            }
            return null;
        }

        /**
         * "Brett McGurk, who was Trump's envoy until December, also criticized the decision", parsed with the verb as
         * a relative clause on the name: a finite verb after the comma that closes a relative clause whose pronoun
         * has a verb of its own ("who was ...") is the name's; null when the verb is no such clause or the name is
         * no one's.
         */
        private Speaker afterRelativeClause(int k) {
            int h = g.head(k);
            if (!Grammar.is(g.rel(k), "acl:relcl") || h < 0 || h > k
                    || !Set.of("VBD", "VBZ", "VBP").contains(tokens.get(k).pos())) {
                return null;
            }
            int r = h + 1 < k && tokens.get(h + 1).word().equals(",") ? h + 2 : -1;
            if (r < 0 || r + 1 >= k || !RELATIVE.contains(tokens.get(r).word().toLowerCase(Locale.ROOT))
                    || !isVerb(r + 1) && !BE.contains(tokens.get(r + 1).word().toLowerCase(Locale.ROOT))) {
                return null;
            }
            boolean closed = false;
            for (int j = r + 2; j < k; j++) {
                closed |= tokens.get(j).word().equals(",");
            }
            Speaker named = closed ? speakerOfPhrase(h) : null;
            return named != null && named.ref() != null ? named : null;
        }

        /**
         * "the home of Prime Minister Tuilaepa, who told the press": a relative clause on "who" that the parse hung on
         * a noun that names no speaker, where a person is named just before the comma, is that person's ("who" is
         * said of people).
         */
        private Speaker personBeforeWho(int k, List<Integer> subjects) {
            if (!Grammar.is(g.rel(k), "acl:relcl") || subjects.size() != 1 || subjects.get(0) != g.head(k)) {
                return null;
            }
            int h = g.head(k);
            int who = -1;
            for (int j = h + 1; j < k; j++) {
                if (tokens.get(j).word().equalsIgnoreCase("who")) {
                    who = j;
                }
            }
            int before = who >= 2 && tokens.get(who - 1).word().equals(",") ? who - 2 : -1;
            if (before <= h || mentionAt[h] >= 0 || speakingNoun(h) || !"NN".equals(tokens.get(h).pos())
                    || roleWords.contains(tokens.get(h).word().toLowerCase(Locale.ROOT))
                    || personNouns.contains(tokens.get(h).word().toLowerCase(Locale.ROOT))
                    || agentNoun(tokens.get(h).word().toLowerCase(Locale.ROOT)) || mentionAt[before] < 0
                    || links.mentionRefs()[mentionAt[before]] == null
                    || !links.mentionRefs()[mentionAt[before]].label().equals("Person")) {
                return null;
            }
            return new Speaker(links.mentionRefs()[mentionAt[before]], null, doc.mentions().get(mentionAt[before]).firstToken());
        }

        /**
         * Whether noun t is one of postNouns, with no owner of its own, and the object of one of issueVerbs that has a
         * subject: "Pompeo posted a message", not "Reuters quoted a message from the ministry".
         */
        private boolean issued(int t) {
            return mentionAt[t] < 0 && (words.postNouns().contains(tokens.get(t).word().toLowerCase(Locale.ROOT))
                    || words.postNouns().contains(tokens.get(t).lemma().toLowerCase(Locale.ROOT)))
                    && issuedObject(t) && (!g.subjects(g.head(t)).isEmpty()
                    || "VBG".equals(tokens.get(g.head(t)).pos())) // (a participle's: "..., releasing a statement")
                    // (a place or medium is no owner: "made several posts on social media suggesting")
                    && g.dependents(t, "nmod:poss", "nmod:from", "nmod:of", "nmod:by").isEmpty();
        }

        /**
         * Whether token k is a participle the parse left as "dep" of a main verb before it ("Dicks said he too was
         * "shocked", releasing a statement"): that verb's subject is its own. Not one of a verb in a clause of its
         * own ("declined to predict when the New GM would return to profitability, stating that ...").
         */
        private boolean participleOfMainVerb(int k) {
            int h = g.head(k);
            // (a reflexive as that verb's subject is the parse's error: "In the filing itself Ford also made this
            // point, writing ...")
            return "VBG".equals(tokens.get(k).pos()) && "dep".equals(g.rel(k)) && isVerb(h) && h < k
                    && Set.of("root", "dep", "parataxis").contains(g.rel(h)) && g.subjects(h).stream()
                    .noneMatch(x -> tokens.get(x).word().toLowerCase(Locale.ROOT).matches(".*sel(f|ves)"));
        }

        /** Whether noun t is the object of one of issueVerbs ("released a statement", "signed a letter"). */
        private boolean issuedObject(int t) {
            int v = g.head(t);
            return Grammar.is(g.rel(t), "obj") && v >= 0
                    && words.issueVerbs().contains(tokens.get(v).lemma().toLowerCase(Locale.ROOT));
        }

        private boolean speakingNoun(int t) {
            String w = tokens.get(t).word().toLowerCase(Locale.ROOT);
            return mentionAt[t] >= 0 && SPEAKER_TYPES.contains(links.mentionRefs()[mentionAt[t]].label())
                    || words.statementNouns().contains(w) || words.representativeNouns().contains(w)
                    || words.evidenceNouns().contains(w);
        }

        /**
         * "his nephew Michery el Soheil added", "the news site RTL Info reported": a common noun followed, with no
         * comma, by the name of a person or body that ends its phrase is that one; null otherwise.
         */
        private Speaker closeApposition(int s) {
            String pos = tokens.get(s).pos() == null ? "" : tokens.get(s).pos();
            if (!(pos.equals("NN") || pos.equals("NNS")) || mentionAt[s] >= 0) {
                return null;
            }
            int last = lastWordOfPhrase(s);
            // ("Huber's longtime tag team partner Erick Rowan on Instagram": the name right after the noun, hung on
            // it, though a phrase of circumstance follows)
            if (s + 1 < tokens.size() && mentionAt[s + 1] >= 0 && mentionAt[s + 1] != mentionAt[last]
                    && doc.mentions().get(mentionAt[s + 1]).firstToken() == s + 1
                    && links.mentionRefs()[mentionAt[s + 1]] != null
                    && links.mentionRefs()[mentionAt[s + 1]].label().equals("Person")
                    && doc.mentions().get(mentionAt[s + 1]).lastToken() < last
                    && g.head(doc.mentions().get(mentionAt[s + 1]).lastToken()) == s) {
                last = doc.mentions().get(mentionAt[s + 1]).lastToken();
            }
            if (last <= s || mentionAt[last] < 0
                    || !SPEAKER_TYPES.contains(links.mentionRefs()[mentionAt[last]].label())) {
                return null;
            }
            // between the head and the name only more of the description: "The venture capitalist Marc Andreessen"
            int name = doc.mentions().get(mentionAt[last]).firstToken();
            for (int k = s + 1; k <= last; k++) {
                String p = String.valueOf(tokens.get(k).pos());
                // (any word of the name itself: "His father Mohamed El-Hassan Mohamed said")
                // (and an article that opens it: "The activist organization the Project on Government Oversight")
                if (!(p.startsWith("NNP") || k >= name || k < name && DESCRIPTION_TAGS.contains(p)
                        || k == name - 1 && p.equals("DT"))) {
                    return null;
                }
            }
            return new Speaker(links.mentionRefs()[mentionAt[last]], null, g.subtree(s)[0]);
        }

        /** The last token of the phrase headed by token s that is no punctuation (s itself at the least). */
        private int lastWordOfPhrase(int s) {
            int last = g.subtree(s)[1];
            while (last > s && isPunctuation(tokens.get(last))) {
                last--;
            }
            return last;
        }

        /** Words after which a noun phrase gives its noun's name: "using the pseudonym Katya". */
        private static final Set<String> NAMING = Set.of("named", "called", "pseudonym", "nicknamed", "alias",
                "nickname");
        private static final Set<String> NAMING_BEFORE_AS = Set.of("known", "identified", "name", "only");

        /** Who the noun phrase headed by token s names as speaker. */
        private Speaker speakerOfPhrase(int s) {
            // "Part of the judge's statement reads": the whole's speaker
            if (words.partNouns().contains(tokens.get(s).word().toLowerCase(Locale.ROOT))) {
                for (int of : g.dependents(s, "nmod:of")) {
                    Speaker whole = speakerOfPhrase(of);
                    if (whole.found()) {
                        return whole;
                    }
                }
            }
            NodeRef tagged = personBeforeParenthesis(s);
            if (tagged != null) {
                return new Speaker(tagged, null, s); // "Rep. Elijah E. Cummings (D-Md.) said", parsed with "Md." as subject
            }
            boolean person = mentionAt[s] >= 0 && links.mentionRefs()[mentionAt[s]].label().equals("Person");
            if (!person) {
                // "the judge, Bernard Schwartz, said"
                for (int a : g.dependents(s, "appos")) {
                    if (mentionAt[a] >= 0 && links.mentionRefs()[mentionAt[a]].label().equals("Person")) {
                        return new Speaker(links.mentionRefs()[mentionAt[a]], null, g.subtree(s)[0]);
                    }
                    // "The Bark, Day said": a surname the tagger took for something else
                    NodeRef bySurname = "NNP".equals(tokens.get(a).pos()) ? personBySurname(tokens.get(a).word()) : null;
                    if (bySurname != null) {
                        return new Speaker(bySurname, null, a);
                    }
                }
            }
            Speaker close = closeApposition(s);
            if (close != null) {
                return close;
            }
            // "A university student named Wong said": the name the noun is given
            if (!person && s + 2 < tokens.size() && tokens.get(s).pos() != null && tokens.get(s).pos().startsWith("NN")
                    && Set.of("named", "called").contains(tokens.get(s + 1).word().toLowerCase(Locale.ROOT))
                    && mentionAt[s + 2] >= 0 && links.mentionRefs()[mentionAt[s + 2]] != null
                    && links.mentionRefs()[mentionAt[s + 2]].label().equals("Person")
                    && g.subtree(s)[1] >= doc.mentions().get(mentionAt[s + 2]).lastToken()) {
                return new Speaker(links.mentionRefs()[mentionAt[s + 2]], null, g.subtree(s)[0]);
            }
            // "a protester using the pseudonym Katya", "a resident who gave her name as Lee", "a man known as Abu":
            // the name the phrase gives its noun at its end
            if (!person && tokens.get(s).pos() != null && tokens.get(s).pos().startsWith("NN")) {
                int end = g.subtree(s)[1];
                for (int k = s + 1; k < end && k <= s + 8; k++) {
                    String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
                    boolean naming = NAMING.contains(w) || w.equals("as") && k > s + 1
                            && NAMING_BEFORE_AS.contains(tokens.get(k - 1).word().toLowerCase(Locale.ROOT));
                    String kPos = tokens.get(k).pos() == null ? "" : tokens.get(k).pos();
                    if (!naming && (kPos.equals("IN") || kPos.startsWith("NN"))) {
                        break; // "a neighbour of a man known as Abu Ali": the name is another noun's
                    }
                    if (naming && mentionAt[k + 1] >= 0 && links.mentionRefs()[mentionAt[k + 1]] != null
                            && links.mentionRefs()[mentionAt[k + 1]].label().equals("Person")
                            && doc.mentions().get(mentionAt[k + 1]).lastToken() >= end - 1) {
                        return new Speaker(links.mentionRefs()[mentionAt[k + 1]], null, g.subtree(s)[0]);
                    }
                }
            }
            Speaker at = speakerAt(s);
            if (at != null) {
                return at;
            }
            // "US Green Party presidential frontrunner and the presidential nominee of Socialist Party USA, Howie
            // Hawkins, announced": the person in apposition that ends a common noun's phrase, wherever the parse
            // hung it
            int[] phrase = g.subtree(s);
            String headPos = tokens.get(s).pos() == null ? "" : tokens.get(s).pos();
            int last = lastWordOfPhrase(s);
            if (!person && headPos.startsWith("NN") && !headPos.startsWith("NNP") && last > s && mentionAt[last] >= 0
                    && links.mentionRefs()[mentionAt[last]].label().equals("Person")) {
                int first = doc.mentions().get(mentionAt[last]).firstToken();
                if (first > 0 && tokens.get(first - 1).word().equals(",")) {
                    for (int k = first; k <= last; k++) {
                        if (Grammar.is(g.rel(k), "appos")) {
                            return new Speaker(links.mentionRefs()[mentionAt[last]], null, first);
                        }
                    }
                }
            }
            // "Special Assistant to Prime Minister Rana Sanaullah said": a title whose phrase ends in the person
            if (headPos.startsWith("NN") && mentionAt[phrase[1]] >= 0 && phrase[1] > s
                    && links.mentionRefs()[mentionAt[phrase[1]]].label().equals("Person")) {
                NodeRef titled = links.mentionRefs()[mentionAt[phrase[1]]];
                String head = tokens.get(s).word().toLowerCase(Locale.ROOT);
                // (or a capitalised title, "United States Senator from Vermont Bernie Sanders", not "Spokesman for
                // Donald Trump")
                // ("Current Director of National Intelligence John Ratcliffe", the title tagged a common noun)
                boolean capitalisedWord = Character.isUpperCase(tokens.get(s).word().charAt(0)) && s > 0
                        && tokens.get(s - 1).sentence() == tokens.get(s).sentence();
                boolean capitalisedTitle = (headPos.equals("NNP") || capitalisedWord) && mentionAt[s] < 0
                        && !words.representativeNouns().contains(head);
                // (or an office with its body: "director of Amnesty International Man-kei Tam")
                // (the body's name just before the person's: not "the coach of Serena Williams")
                int personFirst = doc.mentions().get(mentionAt[phrase[1]]).firstToken();
                // (or one the tagger left untagged, a capitalised word that is no title: "Executive director of the
                // Dallas chapter of the Council on American-Islamic Relations Alia Salem said")
                // (two such words, past a hyphen: not "a spokesman for Sen. John McCain", "for Secretary of State
                // Hillary Clinton")
                boolean untaggedBody = personFirst > 1;
                int bodyWords = 0;
                for (int k = personFirst - 1; untaggedBody && k > s && bodyWords < 2; k--) {
                    String w = tokens.get(k).word();
                    if (w.equals("-")) {
                        continue;
                    }
                    untaggedBody = mentionAt[k] < 0 && String.valueOf(tokens.get(k).pos()).startsWith("NNP")
                            && !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.endsWith(".")
                            && !roleWords.contains(w.toLowerCase(Locale.ROOT))
                            && !words.honorificGenders().containsKey(w.toLowerCase(Locale.ROOT));
                    bodyWords++;
                }
                untaggedBody &= bodyWords == 2;
                boolean office = roleWords.contains(head) && personFirst > 0 && (mentionAt[personFirst - 1] >= 0
                        && links.mentionRefs()[mentionAt[personFirst - 1]] != null
                        && !links.mentionRefs()[mentionAt[personFirst - 1]].label().equals("Person") || untaggedBody)
                        && !g.dependents(s, "nmod:of", "nmod:for", "nmod:at").isEmpty()
                        // (the body and the person tagged as one organisation, the person read out of it)
                        || roleWords.contains(head) && doc.mentions().get(mentionAt[phrase[1]]).type().equals("ORGANIZATION")
                        && doc.mentions().get(mentionAt[phrase[1]]).lastToken() - personFirst >= 3;
                // (or an office named with its field, the holder's title before the name: "chief of staff General
                // Duncan McNab", not "the spokesman for President Obama")
                boolean officeWithField = roleWords.contains(head) && s + 4 <= personFirst
                        && tokens.get(s + 1).word().equalsIgnoreCase("of") && "NN".equals(tokens.get(s + 2).pos())
                        && Character.isLowerCase(tokens.get(s + 2).word().charAt(0));
                for (int k = s + 3; officeWithField && k < personFirst; k++) {
                    officeWithField = String.valueOf(tokens.get(k).pos()).startsWith("NNP") && mentionAt[k] < 0;
                }
                if (capitalisedTitle || office || officeWithField || links.personTitles().getOrDefault(titled.id(), Set.of()).stream()
                        .anyMatch(t -> List.of(t.toLowerCase(Locale.ROOT).split("\\s+")).contains(head))) {
                    return new Speaker(titled, null, phrase[0]);
                }
            }
            String w = tokens.get(s).word().toLowerCase(Locale.ROOT);
            String lemma = tokens.get(s).lemma().toLowerCase(Locale.ROOT);
            if (words.representativeNouns().contains(w) || words.representativeNouns().contains(lemma)) {
                // "Clinton's campaign", "a spokesman for the ministry", "a Gallup poll"
                // (the author before the medium: "a Twitter post by Amy Cook" is Amy Cook's, not Twitter's)
                List<Integer> owners = new ArrayList<>(g.dependents(s, "nmod:by", "nmod:poss", "nmod:for", "nmod:of",
                        "nmod:from"));
                owners.addAll(g.dependents(s, "compound"));
                // "a survey published in 2017 by the Society", "the most recent data available from the FBI"
                for (int a : g.dependents(s, "acl", "amod")) {
                    owners.addAll(g.dependents(a, "obl:by", "obl:agent", "obl:from"));
                }
                for (int o : owners) {
                    if (isMedium(o)) {
                        continue; // "an official government Twitter account": the medium is no author
                    }
                    if (mentionAt[o] >= 0 && SPEAKER_TYPES.contains(links.mentionRefs()[mentionAt[o]].label())) {
                        return new Speaker(links.mentionRefs()[mentionAt[o]], null, g.subtree(s)[0]);
                    }
                    // "a statement from the king": the one person of the article with that title
                    if ("NN".equals(tokens.get(o).pos()) && g.dependents(o, "det").stream()
                            .anyMatch(d -> tokens.get(d).word().equalsIgnoreCase("the"))) {
                        Speaker titled = nounPhraseSpeaker(o);
                        if (titled.ref() != null && titled.ref().label().equals("Person")) {
                            return new Speaker(titled.ref(), null, g.subtree(s)[0]);
                        }
                    }
                    // "its website notes", "his campaign said": the owner named before
                    NodeRef possessor = "PRP$".equals(tokens.get(o).pos()) ? possessorRef(o) : null;
                    if (possessor != null) {
                        return new Speaker(possessor, null, g.subtree(s)[0]);
                    }
                }
                // "Estimates by event organizers indicate", "a statement released by her family": the makers a common
                // noun names (plural, or owned: not "a report by a team"), as the article names them
                for (int o : makers(s)) {
                    if (mentionAt[o] < 0 && ("NNS".equals(tokens.get(o).pos()) || "NN".equals(tokens.get(o).pos())
                            && g.dependents(o, "nmod:poss").stream().anyMatch(x -> "PRP$".equals(tokens.get(x).pos())))) {
                        int[] by = g.subtree(o);
                        int first = tokens.get(by[0]).word().equalsIgnoreCase("by") ? by[0] + 1 : by[0];
                        return new Speaker(null, text.substring(tokens.get(first).begin(), tokens.get(by[1]).end()), first);
                    }
                }
                // "The website yesterday suggested": the organisation named in this sentence or the one before
                if (owners.isEmpty() && (words.voiceNouns().contains(w) || words.voiceNouns().contains(lemma))
                        && g.dependents(s, "det").stream().anyMatch(d -> DEFINITE.contains(
                        tokens.get(d).word().toLowerCase(Locale.ROOT)))) {
                    NodeRef org = organisationBefore(g.subtree(s)[0]);
                    if (org != null) {
                        return new Speaker(org, null, g.subtree(s)[0]);
                    }
                }
            }
            // "Democrats argued", "Republicans said": the members of the one party the article names with that word
            // ("Democratic Party", "Republican Party")
            String word = tokens.get(s).word();
            // (not "Christian Democrats": a capitalised word before it names another party)
            if ((mentionAt[s] < 0 || links.mentionRefs()[mentionAt[s]] == null) && word.length() > 3
                    && Character.isUpperCase(word.charAt(0)) && word.endsWith("s")
                    && (s == 0 || tokens.get(s - 1).sentence() != tokens.get(s).sentence()
                    || tokens.get(s - 1).word().isEmpty() || !Character.isUpperCase(tokens.get(s - 1).word().charAt(0))
                    || DEFINITE.contains(tokens.get(s - 1).word().toLowerCase(Locale.ROOT)))) {
                String stem = word.substring(0, word.length() - 1);
                NodeRef party = theOneMentioned((m, ref) -> {
                    String first = m.text().split("\\s+")[0];
                    return ref.label().equals("Party") && m.text().contains(" ")
                            && (first.equals(stem) || first.equals(stem + "ic"));
                });
                if (party != null) {
                    return new Speaker(party, null, g.subtree(s)[0]);
                }
            }
            // "A summary of the decision read in part": a document of no one named is the body's named before whose
            // name ends in the head noun that issues it (documentOwners: a decision, a court's)
            if (words.documentOwners().containsKey(lemma) && mentionAt[s] < 0 && g.dependents(s, "nmod:poss",
                    "nmod:by", "nmod:of", "nmod:from").isEmpty() && g.dependents(s, "det").stream().anyMatch(d ->
                    tokens.get(d).word().equalsIgnoreCase("the"))) {
                for (String owner : words.documentOwners().get(lemma)) {
                    NodeRef body = organisationWithHead(owner, g.subtree(s)[0], 3);
                    if (body != null) {
                        return new Speaker(body, null, g.subtree(s)[0]);
                    }
                }
            }
            // "the party informed the press", "the company said": the one of that kind named just before
            String label = words.typeNouns().get(w);
            if (label != null && g.dependents(s, "det").stream().anyMatch(d -> tokens.get(d).word()
                    .equalsIgnoreCase("the"))) {
                // "The Reuters news agency reports": the name the noun's phrase gives it, not one named before
                for (int c : g.dependents(s, "compound")) {
                    if (mentionAt[c] >= 0 && links.mentionRefs()[mentionAt[c]] != null
                            && links.mentionRefs()[mentionAt[c]].label().equals(label)) {
                        return new Speaker(links.mentionRefs()[mentionAt[c]], null, g.subtree(s)[0]);
                    }
                }
                // (one named in its own sentence; else the one that was the subject of its clause in the sentences
                // before, before one named there in passing: "GM sought more aid from the US Treasury Department. The
                // company has warned ...": GM)
                NodeRef named = entityBefore(Set.of(label), g.subtree(s)[0], 0);
                if (named == null) {
                    named = subjectBefore(label, g.subtree(s)[0], 3);
                }
                // (one named as an owner, "Among the applications demonstrated were EA's Spore, AOL's AIM", only
                // when no one of that kind was the subject of a clause in the paragraph before)
                if (named == null) {
                    named = nearestBefore(g.subtree(s)[0], 3, i -> links.mentionRefs()[mentionAt[i]].label()
                            .equals(label), false);
                }
                if (named == null) {
                    // named further back: the one of that kind the article names most before this (the story's
                    // company, "Apple released the SDK ... approved by Apple ..."); none when two are named as often
                    named = mostMentionedBefore(label, tokens.get(g.subtree(s)[0]).begin());
                }
                if (named == null && label.equals("Group")) {
                    // "Consumer Reports declined to give ... The group said": an organisation that was the subject
                    // just before, where the article names no armed group
                    named = subjectBefore("Organisation", g.subtree(s)[0], 2);
                }
                if (named != null) {
                    return new Speaker(named, null, g.subtree(s)[0]);
                }
            }
            // "The federation announced" after "the Iranian Chess Federation": a name with that head noun, named
            // within three sentences before
            // (capitalised and left untagged: "The Department issued a statement")
            if (("NN".equals(tokens.get(s).pos()) || "NNS".equals(tokens.get(s).pos())
                    || "NNP".equals(tokens.get(s).pos()) && mentionAt[s] < 0)
                    && g.dependents(s, "det").stream().anyMatch(d -> tokens.get(d).word().equalsIgnoreCase("the"))) {
                NodeRef named = namedWithHead(lemma, g.subtree(s)[0], 3);
                if (named != null) {
                    return new Speaker(named, null, g.subtree(s)[0]);
                }
            }
            // "Day's animal foundation said": the one organisation of the article whose name has the owner's name
            // and ends in the noun ("the Doris Day Animal Foundation")
            if ("NN".equals(tokens.get(s).pos()) || "NNS".equals(tokens.get(s).pos())) {
                for (int o : g.dependents(s, "nmod:poss")) {
                    if ("NNP".equals(tokens.get(o).pos())) {
                        NodeRef named = namedWithHeadAndWord(lemma, tokens.get(o).word());
                        if (named != null) {
                            return new Speaker(named, null, g.subtree(s)[0]);
                        }
                    }
                }
            }
            String pos = tokens.get(s).pos() == null ? "" : tokens.get(s).pos();
            if (pos.equals("PRP")) {
                return Speaker.NONE; // "you", "they", "I", "we": no one the article names
            }
            if (pos.startsWith("NNP")) {
                NodeRef named = personBySurname(tokens.get(s).word());
                if (named != null) {
                    return new Speaker(named, null, s);
                }
            }
            if (pos.startsWith("NN")) {
                return nounPhraseSpeaker(s);
            }
            return Speaker.NONE;
        }

        /**
         * The token range of what cue v was about: the object of its phrase that opens with one of {@code
         * topicPrepositions} ("spoke about the death of Terence Crutcher"), not a time ("on Monday"); null when it has
         * none, or has a clause or object as content.
         */
        private int[] topicOf(int v) {
            if (!g.dependents(v, "ccomp", "obj").isEmpty()) {
                return null;
            }
            for (int o : g.children(v)) {
                // (or a clause on a gerund: "tweeted about possibly delaying the election")
                boolean gerund = Grammar.is(g.rel(o), "advcl") && "VBG".equals(tokens.get(o).pos());
                if (o < v || !Grammar.is(g.rel(o), "obl") && !gerund || TIME_TYPES.contains(tokens.get(o).ner())) {
                    continue;
                }
                for (int c : g.children(o)) {
                    if (("case".equals(g.rel(c)) || "mark".equals(g.rel(c))) && words.topicPrepositions().contains(
                            tokens.get(c).word().toLowerCase(Locale.ROOT))) {
                        int[] span = trimmed(new int[] {c + 1, g.subtree(o)[1]});
                        if (span[0] > span[1] || c != g.subtree(o)[0]) {
                            return null;
                        }
                        return saysSomething(span) ? span : null; // not "spoke on the matter"
                    }
                }
            }
            return null;
        }

        /**
         * In a parsed sentence whose cue has no clause as content, words after the cue that open with a preposition
         * (not "that", "if", "whether", "to" the addressee, "for" after a verb of demand) or a question word, or
         * "him of", say what the cue was about, not what was said.
         */
        private boolean topicNotContent(int c) {
            Token t = tokens.get(c);
            String pos = t.pos() == null ? "" : t.pos();
            String w = t.word().toLowerCase(Locale.ROOT);
            if (pos.equals("IN") && !SUBORDINATORS.contains(w) || pos.equals("WP") || pos.equals("WDT")) {
                // "wrote to the embassy asking ...": the addressee, then the content; "called for X": a demand
                String cue = c > 0 ? tokens.get(c - 1).lemma().toLowerCase(Locale.ROOT) : "";
                return !w.equals("to") && !(w.equals("for") && words.demandVerbs().contains(cue));
            }
            return pos.equals("PRP") && c + 1 < tokens.size() && tokens.get(c + 1).word().equalsIgnoreCase("of");
        }

        /**
         * The organisation, party or group named last before token t (within this many sentences) whose name ends in
         * the noun: "Federation" of "the Iranian Chess Federation" for "the federation".
         */
        private NodeRef namedWithHead(String noun, int t, int sentences) {
            // named in this sentence or the one before: "the Supreme Court of the United Kingdom issued a ruling ...
            // The court found that ..."
            NodeRef near = organisationWithHead(noun, t, 1);
            if (near != null) {
                return near;
            }
            // further back only where the article leaves no doubt: every capitalised use of the noun ends a name of
            // one entity ("the court" is not the Supreme Court in an article that also names the Court of Session)
            NodeRef only = null;
            for (int i = 0; i < tokens.size(); i++) {
                Token x = tokens.get(i);
                if (!x.lemma().equalsIgnoreCase(noun) || x.word().isEmpty() || !Character.isUpperCase(x.word().charAt(0))
                        || i > 0 && tokens.get(i - 1).sentence() != x.sentence()) {
                    continue;
                }
                int m = mentionAt[i];
                NodeRef ref = m >= 0 && headOfName(m, i) ? links.mentionRefs()[m] : null;
                if (ref == null || only != null && !only.equals(ref)) {
                    return null;
                }
                only = ref;
            }
            return organisationWithHead(noun, t, sentences);
        }

        /** The organisation, party or group named last before token t, within this many sentences, with that head. */
        private NodeRef organisationWithHead(String noun, int t, int sentences) {
            return nearestBefore(t, sentences, i -> ORGANISATION_TYPES.contains(links.mentionRefs()[mentionAt[i]].label())
                    && headOfName(mentionAt[i], i) && tokens.get(i).lemma().equalsIgnoreCase(noun));
        }

        /**
         * The entity of the nearest mention before token t, within that many sentences before t's, whose token passes
         * the test; of those in one sentence, one named as a whole phrase before one named only as an owner
         * ("founded the Unity Party with supporters of the Democratic Party's nominee. The party ...").
         */
        private NodeRef nearestBefore(int t, int sentences, java.util.function.IntPredicate test) {
            return nearestBefore(t, sentences, test, true);
        }

        /** As {@link #nearestBefore(int, int, java.util.function.IntPredicate)}; with owners false, never an owner. */
        private NodeRef nearestBefore(int t, int sentences, java.util.function.IntPredicate test, boolean owners) {
            int sentence = tokens.get(t).sentence();
            NodeRef owner = null;
            int ownerSentence = -1;
            for (int i = t - 1; i >= 0 && tokens.get(i).sentence() >= sentence - sentences; i--) {
                if (owner != null && tokens.get(i).sentence() != ownerSentence) {
                    break;
                }
                int m = mentionAt[i];
                if (m >= 0 && links.mentionRefs()[m] != null && test.test(i)) {
                    int next = doc.mentions().get(m).lastToken() + 1;
                    if (next >= tokens.size() || !"POS".equals(tokens.get(next).pos())) {
                        return links.mentionRefs()[m];
                    }
                    if (owner == null && owners) {
                        owner = links.mentionRefs()[m];
                        ownerSentence = tokens.get(i).sentence();
                    }
                }
            }
            return owner;
        }

        /**
         * Whether token i is the head noun of mention m's name: its last word, or the word before the name's first
         * "of", "on" or "for" ("Commission" of "Commission on Presidential Debates").
         */
        private boolean headOfName(int m, int i) {
            NerMention x = doc.mentions().get(m);
            if (x.lastToken() == i) {
                return true;
            }
            for (int k = x.firstToken() + 1; k <= x.lastToken(); k++) {
                String w = tokens.get(k).word();
                if (w.equals("of") || w.equals("on") || w.equals("for")) {
                    return k - 1 == i;
                }
            }
            return false;
        }

        /** The one organisation, party or group the article names with a name that ends in the noun and has the word. */
        private NodeRef namedWithHeadAndWord(String noun, String word) {
            return theOneMentioned((x, ref) -> ORGANISATION_TYPES.contains(ref.label()) && x.lastToken() >= 0
                    && tokens.get(x.lastToken()).lemma().equalsIgnoreCase(noun)
                    && List.of(x.text().split("\\s+")).contains(word));
        }

        /**
         * The person, party, group or organisation a token names: its mention's, or for a proper noun the tagger
         * left untagged here, the one entity the article names with that word elsewhere.
         */
        private NodeRef namedAt(int t) {
            if (mentionAt[t] >= 0) {
                NodeRef ref = links.mentionRefs()[mentionAt[t]];
                return ref != null && SPEAKER_TYPES.contains(ref.label()) ? ref : null;
            }
            if (!"NNP".equals(tokens.get(t).pos())) {
                return null;
            }
            return theOneMentioned((m, ref) -> SPEAKER_TYPES.contains(ref.label())
                    && m.text().equals(tokens.get(t).word()));
        }

        /** The one person the tokens name (pronouns aside), or null when they name none or several. */
        private NodeRef onlyPersonIn(int from, int to) {
            NodeRef only = null;
            for (int i = from; i <= to; i++) {
                int m = mentionAt[i];
                if (m < 0 || links.mentionRefs()[m] == null || !links.mentionRefs()[m].label().equals("Person")
                        || isPronoun(i) || quoteAt[i] >= 0) {
                    continue;
                }
                if (only != null && !only.equals(links.mentionRefs()[m])) {
                    return null;
                }
                only = links.mentionRefs()[m];
            }
            return only;
        }

        /**
         * The last entity of this label named before token t (within {@code sentences} sentences before its own, in its
         * paragraph) as the active subject of its clause, by the parse; null when none is.
         */
        private NodeRef subjectBefore(String label, int t, int sentences) {
            int sentence = tokens.get(t).sentence();
            for (int i = t - 1; i >= 0 && tokens.get(i).sentence() >= sentence - sentences; i--) {
                if (text.substring(tokens.get(i).end(), tokens.get(i + 1).begin()).contains("\n")) {
                    return null; // (in its paragraph)
                }
                int m = mentionAt[i];
                NodeRef ref = m >= 0 ? links.mentionRefs()[m] : null;
                if (ref == null || !ref.label().equals(label) || quoteAt[i] >= 0 || !g.parsed(i)) {
                    continue;
                }
                // (or the name of a subject's common noun: "The US car manufacturer General Motors said")
                int h = i;
                if ((Grammar.is(g.rel(i), "appos") || Grammar.is(g.rel(i), "compound") || "dep".equals(g.rel(i)))
                        && g.head(i) >= 0
                        && !inMention(g.head(i), m) && tokens.get(g.head(i)).pos() != null
                        && tokens.get(g.head(i)).pos().startsWith("NN") && mentionAt[g.head(i)] < 0) {
                    h = g.head(i);
                }
                if ("nsubj".equals(g.rel(h)) && g.head(h) >= 0 && !inMention(g.head(h), m)) {
                    return ref;
                }
            }
            return null;
        }

        private boolean inMention(int token, int m) {
            return token >= doc.mentions().get(m).firstToken() && token <= doc.mentions().get(m).lastToken();
        }

        /** The entity with one of these labels named last before token t, within this many sentences before. */
        private NodeRef entityBefore(Set<String> labels, int t, int sentences) {
            return nearestBefore(t, sentences, i -> labels.contains(links.mentionRefs()[mentionAt[i]].label()));
        }

        /** The organisation, party or group named last before token t, in its sentence or the one before. */
        private NodeRef organisationBefore(int t) {
            return entityBefore(ORGANISATION_TYPES, t, 1);
        }

        /** The one person of the article whose name ends in this word ("Day" said: Doris Day), or null. */
        private NodeRef personBySurname(String word) {
            return theOneMentioned((m, ref) -> {
                String[] parts = m.text().split("\\s+");
                return ref.label().equals("Person") && parts.length > 1 && parts[parts.length - 1].equals(word);
            });
        }

        /**
         * Whom the possessive pronoun at token o stands for: "its"/"their" the organisation named before it, "his"/"her"
         * the person; null for another pronoun or when none is named.
         */
        private NodeRef possessorRef(int o) {
            String w = tokens.get(o).word().toLowerCase(Locale.ROOT);
            boolean organisation = w.equals("its") || w.equals("their");
            if (!organisation && !w.equals("his") && !w.equals("her")) {
                return null;
            }
            NodeRef ahead = subjectAfterAccording(o, organisation);
            return ahead != null ? ahead : organisation ? organisationBefore(o) : antecedent(o);
        }

        /**
         * "According to its press release, the NBA was ...": a possessive inside a sentence-initial "According to"
         * phrase looks ahead to the entity that opens the clause after its comma (of the kind the pronoun fits), not
         * back to the one named last before; null when the sentence is not of that shape.
         */
        private NodeRef subjectAfterAccording(int o, boolean organisation) {
            int start = sentenceStart(o);
            if (start + 2 > o || !tokens.get(start).word().equalsIgnoreCase("according")
                    || !tokens.get(start + 1).word().equalsIgnoreCase("to")) {
                return null;
            }
            int comma = -1;
            for (int k = o + 1; k < tokens.size() && tokens.get(k).sentence() == tokens.get(o).sentence(); k++) {
                if (tokens.get(k).word().equals(",")) {
                    comma = k;
                    break;
                }
            }
            for (int k = comma + 1; comma > 0 && k <= comma + 3 && k < tokens.size()
                    && tokens.get(k).sentence() == tokens.get(o).sentence(); k++) {
                NodeRef ref = mentionAt[k] >= 0 ? links.mentionRefs()[mentionAt[k]] : null;
                if (ref != null) {
                    boolean person = ref.label().equals("Person");
                    return SPEAKER_TYPES.contains(ref.label()) && person != organisation ? ref : null;
                }
            }
            return null;
        }

        /** The one person of the article whose name ends in this word, in any case ("PENCE": Mike Pence), or null. */
        private NodeRef personByLastWord(String word) {
            return theOneMentioned((mention, r) -> {
                String[] parts = mention.text().split("\\s+");
                return r.label().equals("Person") && parts[parts.length - 1].equalsIgnoreCase(word);
            });
        }

        /**
         * The entity of this label the article names more often than any other before character {@code at}; null
         * when none is, or two are named as often.
         */
        private NodeRef mostMentionedBefore(String label, int at) {
            Map<NodeRef, Integer> counts = new HashMap<>();
            for (int m = 0; m < doc.mentions().size() && doc.mentions().get(m).end() <= at; m++) {
                NodeRef ref = links.mentionRefs()[m];
                if (ref != null && ref.label().equals(label)) {
                    counts.merge(ref, 1, Integer::sum);
                }
            }
            NodeRef best = null;
            int top = 0;
            int second = 0;
            for (Map.Entry<NodeRef, Integer> e : counts.entrySet()) {
                if (e.getValue() > top) {
                    second = top;
                    top = e.getValue();
                    best = e.getKey();
                } else if (e.getValue() > second) {
                    second = e.getValue();
                }
            }
            return top > second ? best : null;
        }

        /** The one entity the article's mentions that pass the test name, or null when they name none or several. */
        private NodeRef theOneMentioned(java.util.function.BiPredicate<NerMention, NodeRef> test) {
            NodeRef found = null;
            for (int m = 0; m < doc.mentions().size(); m++) {
                NodeRef ref = links.mentionRefs()[m];
                if (ref != null && test.test(doc.mentions().get(m), ref)) {
                    if (found != null && !found.equals(ref)) {
                        return null;
                    }
                    found = ref;
                }
            }
            return found;
        }

        /** Whether the speaker's name is followed by "'s": an owner ("Trump's action"). */
        private boolean possessor(Speaker speaker) {
            if (speaker.ref() == null || speaker.start() < 0 || mentionAt[speaker.start()] < 0
                    || !speaker.ref().equals(links.mentionRefs()[mentionAt[speaker.start()]])) {
                return false;
            }
            int next = doc.mentions().get(mentionAt[speaker.start()]).lastToken() + 1;
            return next < tokens.size() && "POS".equals(tokens.get(next).pos());
        }

        /**
         * The person whose name opens the sentence at token {@code from}, as its subject (followed by a comma, "of" or
         * a verb, not by "'s"), before the quotation opens; null otherwise.
         */
        private Speaker openingPerson(int from, Quote quote) {
            // (after the words of the name's own phrase: "Senator Lindsey Graham spoke ...")
            int first = from;
            while (first < tokens.size() && mentionAt[first] < 0 && g.parsed(first) && quoteAt[first] < 0
                    && Set.of("compound", "amod", "det").contains(tokens.get(first).rel())
                    && tokens.get(first).begin() < quote.open()) {
                first++;
            }
            int m = first < tokens.size() ? mentionAt[first] : -1;
            if (m < 0 || links.mentionRefs()[m] == null || !links.mentionRefs()[m].label().equals("Person")
                    || doc.mentions().get(m).firstToken() != first || quoteAt[first] >= 0
                    || !ownPhrase(from, first, doc.mentions().get(m).lastToken())) {
                return null;
            }
            int next = doc.mentions().get(m).lastToken() + 1;
            if (next >= tokens.size() || tokens.get(next).begin() >= quote.open()) {
                return null;
            }
            String w = tokens.get(next).word();
            // (not the one something was done to: "Khan, 45, was charged with "waging war against the state"")
            for (int k = next; k < tokens.size() && tokens.get(k).begin() < quote.open(); k++) {
                if (BE.contains(tokens.get(k).word().toLowerCase(Locale.ROOT)) && isVerb(k)) {
                    return null;
                }
            }
            // (or by "of" and a body: "Mick Jagger of The Rolling Stones also reacted on Twitter, "...")
            return w.equals(",") || w.equals("of") || isVerb(next) && !"VBG".equals(tokens.get(next).pos())
                    ? new Speaker(links.mentionRefs()[m], null, first) : null;
        }

        /**
         * The person named as the subject of the sentence's main verb, when the quotation follows that clause after a
         * comma and ends the sentence ("After the case closed Apple CEO Steve Jobs extended an invitation to the
         * record label, "we have always loved the Beatles ...""); null for other shapes, and where the main verb is a
         * form of "be" ("Smith was charged with, ...").
         */
        private Speaker subjectBeforeComma(int from, Quote quote) {
            int open = firstTokenAfter(quote.open()) - 1;
            while (open > from && tokens.get(open).begin() >= quote.open()) {
                open--;
            }
            if (open <= from || !tokens.get(open).word().equals(",") || !g.parsed(open)) {
                return null;
            }
            int last = firstTokenAfter(quote.close());
            if (last < tokens.size() && tokens.get(last).sentence() == tokens.get(from).sentence()
                    && !isPunctuation(tokens.get(last))) {
                return null; // (the sentence goes on after the quotation)
            }
            for (int k = from; k < open; k++) {
                // (the top verb of the words before the comma: the parse may hang it on the quotation's own verb)
                boolean top = g.head(k) < from || g.head(k) >= open;
                if (!top || !isVerb(k) || "VBG".equals(tokens.get(k).pos())
                        || BE.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))
                        || !g.dependents(k, "mark").isEmpty()) {
                    continue; // (nor a clause of "when" or "after": 'When Biden took the stage, "the crowd ..."')
                }
                for (int x : g.dependents(k, "nsubj")) {
                    NodeRef ref = x < open && mentionAt[x] >= 0 && "nsubj".equals(g.rel(x))
                            ? links.mentionRefs()[mentionAt[x]] : null; // (an active subject: not "Pell was convicted")
                    if (ref != null && ref.label().equals("Person")) {
                        return new Speaker(ref, null, doc.mentions().get(mentionAt[x]).firstToken());
                    }
                }
            }
            return null;
        }

        /**
         * Whether the words of a quotation hang on the sentence's main verb through no verb with a subject of its own
         * (not 'Obama visited Flint, where residents remain "angry and scared"', where the residents speak).
         */
        private boolean inMainClause(Quote quote) {
            int k = firstTokenAfter(quote.open());
            if (k >= tokens.size() || !g.parsed(k)) {
                return false;
            }
            // from the quotation's first word up to the first head outside it, then on up to the root
            while (k >= 0 && quoteAt[k] >= 0 && g.head(k) >= 0 && quoteAt[g.head(k)] >= 0) {
                k = g.head(k);
            }
            for (int h = g.head(k), hops = 0; h >= 0 && hops < 20; h = g.head(h), hops++) {
                if (g.head(h) >= 0 && isVerb(h) && !g.dependents(h, "nsubj", "nsubj:pass").isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        /** The person named as the subject (active) of the main verb of the sentence from..to, or null. */
        private Speaker personSubjectOf(int[] range) {
            for (int k = range[0]; k <= range[1]; k++) {
                if (!"root".equals(g.rel(k)) || !isVerb(k) || quoteAt[k] >= 0) {
                    continue;
                }
                for (int x : g.dependents(k, "nsubj")) {
                    NodeRef ref = mentionAt[x] >= 0 && quoteAt[x] < 0 ? links.mentionRefs()[mentionAt[x]] : null;
                    if (ref != null && ref.label().equals("Person") && "nsubj".equals(g.rel(x))) {
                        return new Speaker(ref, null, doc.mentions().get(mentionAt[x]).firstToken());
                    }
                }
            }
            return null;
        }

        /** Whether every token from {@code from} before {@code first} hangs on a word of the name first..last. */
        private boolean ownPhrase(int from, int first, int last) {
            for (int k = from; k < first; k++) {
                int h = g.head(k);
                while (h >= from && h < first) {
                    h = g.head(h);
                }
                if (h < first || h > last) {
                    return false;
                }
            }
            return true;
        }

        /** "According to the ISPR, 92 terrorists were killed ..." */
        private void accordingTo(int from, int to, int sentence) {
            for (int i = from; i + 2 <= to; i++) {
                Speaker[] source = accordingSource(i, to);
                if (source == null) {
                    continue;
                }
                Speaker speaker = source[0];
                NodeRef intermediary = source[1] == null ? null : source[1].ref();
                int comma = i + 2;
                for (int x : g.governors(i, "case")) {
                    int phraseEnd = g.subtree(x)[1]; // "According to a report by UpGuard, a firm, ..."
                    if (!Grammar.is(g.rel(x), "root") && phraseEnd < to) {
                        comma = Math.max(comma, phraseEnd);
                    }
                }
                while (comma <= to && !tokens.get(comma).word().equals(",")) {
                    comma++;
                }
                int start;
                int end;
                // (a clause after a semicolon opens with it too: "...; according to prosecutors, he owed ...")
                boolean afterSemicolon = i - 1 >= from && tokens.get(i - 1).word().equals(";") && quoteAt[i - 1] < 0;
                if (i == from || i - 1 >= from && tokens.get(i - 1).word().equals(",") && i - 1 == from
                        || afterSemicolon) {
                    start = comma + 1;
                    end = to;
                    // (and the source's clause ends at a semicolon: "According to the U.S. embassy, the man died
                    // on February 6; Chinese authorities referred to him as ...")
                    for (int k = start; k < to; k++) {
                        // (a clause of its own after it, not a list's next item: "Old Town, with 40,000; Riverside")
                        if (tokens.get(k).word().equals(";") && quoteAt[k] < 0
                                && (afterSemicolon || hasFiniteVerb(k + 1, to))) {
                            end = k - 1;
                            break;
                        }
                    }
                    // "According to UpGuard, a cybersecurity firm, two databases ...": the source's apposition
                    String det = start <= to ? tokens.get(start).word().toLowerCase(Locale.ROOT) : "";
                    // "According to the El Paso mayor, Dee Margo, police were ...": the person the description names
                    int m = start <= to ? mentionAt[start] : -1;
                    if (speaker.ref() == null && m >= 0 && links.mentionRefs()[m] != null
                            && links.mentionRefs()[m].label().equals("Person")
                            && doc.mentions().get(m).firstToken() == start
                            && doc.mentions().get(m).lastToken() + 1 <= to
                            && tokens.get(doc.mentions().get(m).lastToken() + 1).word().equals(",")) {
                        speaker = new Speaker(links.mentionRefs()[m], null, start);
                        start = doc.mentions().get(m).lastToken() + 2;
                    }
                    if (det.equals("a") || det.equals("an")) {
                        for (int k = start + 1; k <= Math.min(to, start + 8) && !isVerb(k); k++) {
                            if (tokens.get(k).word().equals(",")) {
                                start = k + 1;
                                break;
                            }
                        }
                    }
                } else {
                    start = from;
                    end = i - 1;
                }
                // a quotation that opens a clause of its own after a semicolon or colon is a statement of its own
                // ("...intends to appeal; "The UK government needs ...""), a quoted phrase is part of this one
                for (int k = start + 1; k <= end; k++) {
                    if (quoteAt[k] >= 0 && quoteAt[k - 1] != quoteAt[k]
                            && (tokens.get(k - 1).word().equals(";") || tokens.get(k - 1).word().equals(":"))
                            && quotes.get(quoteAt[k]).words(text) >= MIN_WORDS) {
                        end = k - 1;
                        break;
                    }
                }
                while (end >= start && isPunctuation(tokens.get(end))) {
                    end--;
                }
                if (start > end || wordCount(start, end) < MIN_WORDS) {
                    continue;
                }
                if (source[1] != null && source[2] != null) {
                    int cue = source[2].start();
                    if (cue < i && g.subtree(cue)[1] > i) {
                        continue; // "X concluded, according to the summary, "that ..."": the content is the cue's
                    }
                }
                Span span = new Span(tokens.get(start).begin(), tokens.get(end).end());
                if (source[1] != null && found.stream().anyMatch(f -> f.sentence() == sentence
                        && f.statement().span().start() >= span.start() && f.statement().span().end() <= span.end()
                        && !f.statement().verb().equals("according to")
                        && f.statement().kind().equals(StatementWords.SPEECH))) {
                    // "According to CNN, Trump said that ...": "said" made Trump's statement; this one is CNN's
                    speaker = source[1];
                    intermediary = null;
                }
                add(span, false, "according to", StatementWords.SPEECH, speaker, intermediary, sentence);
            }
        }

        /**
         * The person a quotation is signed with: a dash right after it and a person's name ("..." ― Name, or
         * "..." -- Name), as lists of readers' or voters' views print them, or on the next line for a quotation that is
         * a paragraph of its own ({@link #signatureLine}). Null when no name follows a dash.
         */
        private Speaker dashSpeaker(Quote quote) {
            int k = firstTokenAfter(quote.close());
            while (k < tokens.size() && isPunctuation(tokens.get(k)) && !isDash(tokens.get(k).word())
                    && !tokens.get(k).word().equals("-") && tokens.get(k).begin() - quote.close() <= 3) {
                k++; // the closing quotation mark, a full stop
            }
            if (k + 1 >= tokens.size()) {
                return null;
            }
            boolean nextLine = text.substring(quote.close() + 1, tokens.get(k).begin()).contains("\n");
            if (nextLine ? !signatureLine(quote, k) : !isDash(tokens.get(k).word())) {
                return null;
            }
            int m = mentionAt[k + 1];
            if (m >= 0 && doc.mentions().get(m).firstToken() == k + 1
                    && links.mentionRefs()[m].label().equals("Person")) {
                return new Speaker(links.mentionRefs()[m], null, k + 1);
            }
            return null;
        }

        /**
         * Whether a quotation that is a paragraph of its own is signed on the next line by a dash and a name alone
         * ('"Boeing and GE ... pay zero taxes." / - Sanders.', as fact checks print the claims they check): the dash
         * at token k opens that paragraph, and the name with at most a full stop fills it.
         */
        private boolean signatureLine(Quote quote, int k) {
            String w = tokens.get(k).word();
            if (!isDash(w) && !w.equals("-") || k + 1 >= tokens.size()) {
                return false;
            }
            int lineStart = text.lastIndexOf('\n', quote.open()) + 1;
            if (!text.substring(lineStart, quote.open()).isBlank()
                    || text.substring(quote.close() + 1, tokens.get(k).begin()).chars().filter(c -> c == '\n').count() > 2) {
                return false;
            }
            int m = mentionAt[k + 1];
            int lineEnd = text.indexOf('\n', tokens.get(k).begin());
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (m < 0 || doc.mentions().get(m).end() > lineEnd) {
                return false; // (the name on the dash's own line)
            }
            String rest = text.substring(doc.mentions().get(m).end(), lineEnd).strip();
            return rest.isEmpty() || rest.equals(".");
        }

        /** The index of the first token that begins after character {@code offset} (tokens are in text order). */
        private int firstTokenAfter(int offset) {
            int lo = 0;
            int hi = tokens.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tokens.get(mid).begin() <= offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private static boolean isParentheticalMark(String w) {
            return w.equals(",") || w.equals("-") || isDash(w);
        }

        private static boolean isDash(String w) {
            return w.equals("--") || w.equals("\u2015") || w.equals("\u2014") || w.equals("\u2013");
        }

        /**
         * Whether the words from {@code from} to before {@code first} are only a title before a name: capitalised
         * first, a word of an office, no verb, no punctuation but an abbreviation's full stop, no other person's name
         * (not "The case against Clinton: "..."") ("Former secretary of state",
         * "Special Asst. to the Secretary and Director of Air Force Communications").
         */
        private boolean titleOnly(int from, int first) {
            if (first - from > 14 || !Character.isUpperCase(tokens.get(from).word().charAt(0))) {
                return false;
            }
            boolean office = false;
            for (int k = from; k < first; k++) {
                String pos = tokens.get(k).pos() == null ? "" : tokens.get(k).pos();
                String w = tokens.get(k).word();
                // (or an abbreviated one: "Rep.", "Sen.", "Gov.")
                office |= roleWords.contains(w.toLowerCase(Locale.ROOT).replaceAll("\\.$", ""))
                        || w.length() <= 5 && w.endsWith(".") && Character.isUpperCase(w.charAt(0));
                if (pos.startsWith("VB") || pos.startsWith("PRP") || quoteAt[k] >= 0
                        || isPunctuation(tokens.get(k)) && !w.endsWith(".")
                        || mentionAt[k] >= 0 && links.mentionRefs()[mentionAt[k]] != null
                        && links.mentionRefs()[mentionAt[k]].label().equals("Person")) {
                    return false;
                }
            }
            return office;
        }

        /**
         * The speaker of a quotation that a colon introduces with no verb of saying: the one a statement noun before
         * it speaks for ("The palace issued the following statement from the king: "...""), else the subject of the
         * clause when it names a speaker ("The ministry in a release: "...""). Null when neither names one.
         */
        private Speaker colonSpeaker(int from, Quote quote) {
            int colon = -1;
            for (int k = from; k < tokens.size() && tokens.get(k).end() <= quote.open(); k++) {
                colon = k;
            }
            if (colon < from || !tokens.get(colon).word().equals(":")) {
                return null;
            }
            int start = from;
            if (colon == from) {
                // "Rep. Trey Gowdy (R-S.C.): "..."": the splitter ended a sentence at the abbreviation before the
                // colon; the name is that sentence (in the same paragraph)
                if (from == 0 || text.substring(tokens.get(from - 1).end(), tokens.get(from).begin()).contains("\n")) {
                    return null;
                }
                start = sentenceStart(from - 1);
            }
            while (start < colon - 1 && (tokens.get(start).word().equals(":") || isDash(tokens.get(start).word())
                    || isClosingMark(tokens.get(start).word()) || tokens.get(start).word().equals("``"))) {
                start++; // ("..." : Secretary of the Air Force James Roche: "..."", a run of such lines)
            }
            int nameEnd = colon - 1;
            if (tokens.get(nameEnd).word().equals(")") || "-RRB-".equals(tokens.get(nameEnd).pos())) {
                // "Rep. Trey Gowdy (R-S.C.): "..."": the name before a bracket of party and state
                int k = nameEnd - 1;
                while (k > start && !tokens.get(k).word().equals("(") && !"-LRB-".equals(tokens.get(k).pos())
                        && nameEnd - k < 8) {
                    k--;
                }
                nameEnd = k > start && (tokens.get(k).word().equals("(") || "-LRB-".equals(tokens.get(k).pos()))
                        ? k - 1 : nameEnd;
            }
            int named = nameEnd >= start ? mentionAt[nameEnd] : -1;
            if (named >= 0 && SPEAKER_TYPES.contains(links.mentionRefs()[named].label())) {
                // "Ellis: "..."" and "Said Ellis: "..."": the name alone introduces the quotation
                int first = doc.mentions().get(named).firstToken();
                if (first == start || first > start && links.mentionRefs()[named].label().equals("Person")
                        && titleOnly(start, first)) {
                    // "Former secretary of state Hillary Rodham Clinton: "..."": the name after its title
                    return new Speaker(links.mentionRefs()[named], null, first);
                }
                // (also after a dash or "from" that follows a heading: "Pollsters agree - Carl Bialik: "..."",
                // "More from Jones: "..."")
                String before = first > from ? tokens.get(first - 1).word().toLowerCase(Locale.ROOT) : "";
                if (first == from || first == from + 1
                        && OPENING_VERBS.contains(tokens.get(from).word().toLowerCase(Locale.ROOT))
                        || first > from && (isDash(before) || before.equals("-") || before.equals("from"))
                        && quoteAt[first - 1] < 0) {
                    return new Speaker(links.mentionRefs()[named], null, first);
                }
            }
            if (colon == from || !g.parsed(colon)) {
                return null;
            }
            for (int k = colon - 1; k >= from; k--) {
                String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
                if (words.statementNouns().contains(w) || words.representativeNouns().contains(w)) {
                    int head = g.head(k);
                    if (Grammar.is(g.rel(k), "compound") && head >= 0 && mentionAt[head] >= 0
                            && links.mentionRefs()[mentionAt[head]] != null
                            && links.mentionRefs()[mentionAt[head]].label().equals("Person")) {
                        continue; // "Procter & Gamble spokeswoman Jennifer Chelune spoke ...:": the title of a person
                    }
                    Speaker answering = answeringSubject(k, colon);
                    if (answering != null) {
                        return answering;
                    }
                    Speaker sp = speakerOfPhrase(k);
                    if (sp.ref() != null) {
                        return sp;
                    }
                    // "The family's statement on the death read:": an owner the article does not name, kept as
                    // words rather than given to someone named nearby
                    for (int o : g.dependents(k, "nmod:poss")) {
                        String pos = tokens.get(o).pos() == null ? "" : tokens.get(o).pos();
                        if (pos.equals("NN") || pos.equals("NNS")) {
                            int owner = g.subtree(o)[0];
                            return new Speaker(null, text.substring(tokens.get(owner).begin(), tokens.get(k).end()),
                                    owner);
                        }
                    }
                    if (sp.text() != null && Grammar.is(g.rel(k), "nsubj") && g.head(k) >= 0 && g.head(k) < colon
                            && g.head(colon) >= 0 && (g.head(colon) == g.head(k) || g.head(g.head(colon)) == g.head(k))) {
                        // "an official government Twitter account made the following announcement:": the noun that
                        // made it, named as the article names it
                        return sp;
                    }
                }
            }
            int v = g.head(colon);
            for (int hops = 0; hops < 3 && v >= from && v < colon && !isVerb(v); hops++) {
                v = g.head(v); // "paraphrased the first U.S. citizen in space, ...:" hangs the colon on the object
            }
            if (v >= from && v < colon && isVerb(v)) {
                // "issued the following statement from the king:"
                for (int o : g.dependents(v, "obl")) {
                    if (o < colon && g.dependents(o, "case").stream()
                            .anyMatch(c -> tokens.get(c).word().equalsIgnoreCase("from"))) {
                        Speaker sp = speakerOfPhrase(o);
                        if (sp.ref() == null && "NN".equals(tokens.get(o).pos())) {
                            sp = nounPhraseSpeaker(o);
                        }
                        if (sp.ref() != null && SPEAKER_TYPES.contains(sp.ref().label())) {
                            return sp;
                        }
                    }
                }
                Speaker sp = grammarSubject(v); // "Hurley, for his part, ..., commenting before launch: "...""
                if (sp != null && sp.ref() != null && SPEAKER_TYPES.contains(sp.ref().label())) {
                    return sp;
                }
            }
            return null;
        }

        /**
         * "Jair Bolsonaro responded to Macron's statement:": the subject of a verb of reply whose object is the
         * statement noun before a colon, who answers it (not the statement's owner); null for other verbs ("read
         * Macron's statement:", "condemned the general's statement:" may introduce that statement).
         */
        private Speaker answeringSubject(int noun, int colon) {
            int v = g.head(noun);
            if (v < 0 || v > colon || !isVerb(v) || !Grammar.is(g.rel(noun), "obj") && !Grammar.is(g.rel(noun), "obl")) {
                return null;
            }
            if (!REPLY_VERBS.contains(tokens.get(v).lemma().toLowerCase(Locale.ROOT))) {
                return null; // ("condemned the general's statement:" may well quote the general)
            }
            Speaker sp = grammarSubject(v);
            return sp != null && sp.ref() != null && SPEAKER_TYPES.contains(sp.ref().label()) ? sp : null;
        }

        /**
         * {speaker, relay} of a quotation with no verb of saying, from its own sentence: the colon that introduces it,
         * else an "according to" before it ("According to the BBC, a spokesman ... expressed disappointment; "The
         * government needs ...""); null when neither names one.
         */
        private Speaker[] introducer(int from, Quote quote) {
            Speaker colon = colonSpeaker(from, quote);
            return colon != null ? new Speaker[] {colon, null} : accordingBefore(from, quote);
        }

        /**
         * The owner of a statement or document named right beside a quotation that has no verb of saying: ""...,"
         * reads Judge Miller's statement", "Part of the judge's statement reads "..."" (a few words before or after
         * it, in its sentence); null when none is named there or its owner is no entity.
         */
        private Speaker documentOf(Quote quote, int sentence) {
            int first = firstTokenAfter(quote.open());
            while (first > 0 && tokens.get(first - 1).sentence() >= sentence) {
                first--;
            }
            for (int k = first; k < tokens.size() && tokens.get(k).sentence() <= sentence; k++) {
                Token t = tokens.get(k);
                if (t.sentence() != sentence || quoteAt[k] >= 0 || !g.parsed(k)) {
                    continue;
                }
                // with the verb between them: "reads Judge Miller's statement", "statement reads", not the
                // subject of the next sentence ("..." The Sanders campaign responded)
                boolean near = t.begin() > quote.close() && wordsBetween(quote.close(), t.begin()) <= 5
                        && verbBetween(quote.close(), t.begin())
                        || t.end() < quote.open() && wordsBetween(t.end(), quote.open()) <= 5
                        && verbBetween(t.end(), quote.open());
                String w = t.word().toLowerCase(Locale.ROOT);
                if (near && (words.statementNouns().contains(w) || words.representativeNouns().contains(w))) {
                    Speaker owner = speakerOfPhrase(k);
                    if (owner.ref() != null) {
                        return owner;
                    }
                    if (t.begin() > quote.close() && (Grammar.is(g.rel(k), "nsubj") || Grammar.is(g.rel(k), "obj"))) {
                        // '"It is likely that ...", reads the report.': the report's, named as such
                        int start = g.subtree(k)[0];
                        return owner.found() ? owner
                                : new Speaker(null, text.substring(tokens.get(start).begin(), t.end()), start);
                    }
                }
                if (near && w.equals("it") && t.end() < quote.open() && sentence > 0) {
                    // "The federation released a statement addressing the arrest. It read, "..."": the document
                    // the sentence before names as its last such noun, and its owner
                    for (int j = k - 1; j >= 0 && tokens.get(j).sentence() == sentence - 1; j--) {
                        String d = tokens.get(j).word().toLowerCase(Locale.ROOT);
                        if (quoteAt[j] < 0 && g.parsed(j) && tokens.get(j).pos().startsWith("NN")
                                && (words.statementNouns().contains(d) || words.representativeNouns().contains(d))) {
                            // (one issued: "X released a statement" is X's)
                            Speaker owner = issuedObject(j) ? parsedSubject(g.head(j)) : speakerOfPhrase(j);
                            return owner != null && owner.ref() != null ? owner : null;
                        }
                    }
                }
            }
            return null;
        }

        private boolean verbBetween(int fromChar, int toChar) {
            for (int k = firstTokenAfter(fromChar - 1); k < tokens.size() && tokens.get(k).end() <= toChar; k++) {
                Token t = tokens.get(k);
                if (t.begin() >= fromChar && t.pos() != null && t.pos().startsWith("VB")) {
                    return true;
                }
            }
            return false;
        }

        private int wordsBetween(int fromChar, int toChar) {
            int n = 0;
            for (int k = firstTokenAfter(fromChar - 1); k < tokens.size() && tokens.get(k).end() <= toChar; k++) {
                if (tokens.get(k).begin() >= fromChar && !isPunctuation(tokens.get(k))) {
                    n++;
                }
            }
            return n;
        }

        /** The source of an "according to" in the sentence from token {@code from} up to where the quotation opens. */
        private Speaker[] accordingBefore(int from, Quote quote) {
            for (int i = from; i < tokens.size() && tokens.get(i).end() <= quote.open(); i++) {
                Speaker[] source = accordingSource(i, tokens.size() - 1);
                if (source != null) {
                    return source;
                }
            }
            return null;
        }

        /** Who an "according to X" right after the quotation (and a comma) names, as accordingSource does; or null. */
        private Speaker[] accordingToAfter(Quote quote, int to) {
            int k = firstTokenAfter(quote.close());
            if (k < tokens.size() && tokens.get(k).word().equals(",")) {
                k++;
            }
            if (k > to || !opensAccordingTo(k)) {
                return null;
            }
            Speaker[] source = accordingSource(k, to);
            return source == null || source[0] == null || !source[0].found() ? null : source;
        }

        /** Whether "according to" (in any case) opens at token i. */
        private boolean opensAccordingTo(int i) {
            return i + 1 < tokens.size() && tokens.get(i).word().equalsIgnoreCase("according")
                    && tokens.get(i + 1).word().equalsIgnoreCase("to");
        }

        /**
         * Who speaks by the "according to X" at token i: {speaker, relay, cue}. The speaker is X, or, when the phrase
         * hangs on a cue whose subject is named ("According to the BBC, a spokesman for the ministry expressed
         * ..."), that subject, X being the relay and the cue's token the third's start (both null when X is the
         * speaker). Null when token i opens no
         * "according to" or it names no one.
         */
        private Speaker[] accordingSource(int i, int to) {
            if (i + 2 > to || !tokens.get(i).word().equalsIgnoreCase("according")
                    || !tokens.get(i + 1).word().equals("to") || quoteAt[i] >= 0) {
                return null;
            }
            Speaker speaker = after(i + 1, 4);
            List<Integer> phrases = g.governors(i, "case");
            for (int x : phrases) {
                speaker = speakerOfPhrase(x); // "according to Johnson's critics": the critics, not Johnson
            }
            if (!speaker.found() || speaker.ref() == null && !g.parsed(i)) {
                return null;
            }
            for (int x : phrases) {
                int cue = g.head(x);
                if (cue < 0 || !Grammar.is(g.rel(x), "obl")
                        || cueKind(cue) == null) {
                    continue;
                }
                int[] phrase = g.subtree(x);
                // the cue's subject speaks when it is named or the cue has a clause as content; "According to local
                // news, school districts announced closings" is the news's
                boolean clause = !g.dependents(cue, "ccomp").isEmpty() || g.dependents(cue, "conj").stream()
                        .anyMatch(c -> g.dependents(c, "mark").stream()
                                .anyMatch(mk -> tokens.get(mk).word().equalsIgnoreCase("that")));
                // ("According to a report by The Atlantic, the Watch Tower maintains a database": a verb that says
                // only with a clause says nothing with an object)
                if (!clause && words.clauseSpeechVerbs().contains(tokens.get(cue).lemma().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                for (int n : g.dependents(cue, "nsubj")) {
                    if (n >= phrase[0] && n <= phrase[1] || !"nsubj".equals(g.rel(n))) {
                        continue; // not a passive subject: "two databases were found"
                    }
                    Speaker subject = speakerOfPhrase(n);
                    if ((subject.ref() != null || clause && subject.found())
                            && !(subject.ref() != null && subject.ref().equals(speaker.ref()))) {
                        return new Speaker[] {subject, speaker, new Speaker(null, null, cue)};
                    }
                }
            }
            return new Speaker[] {speaker, null, null};
        }

        /**
         * ""We are nowhere near the end game," Devine declared. "We will fight on."": a quotation with no cue of its
         * own that goes on from the speaker's quotation just before, with only the cue between them, is one
         * statement with it, spanning both (the cue between stays in its text). False when the statement before is
         * no quotation of the same one speaker or more than a few words lie between.
         */
        private boolean joinedToPrevious(Span span, Speaker speaker) {
            if (found.isEmpty() || speaker.ref() == null) {
                return false;
            }
            Found prev = found.get(found.size() - 1);
            Statement p = prev.statement();
            if (!p.quote() || !speaker.ref().equals(p.speaker()) || !p.coSpeakers().isEmpty()
                    || p.span().end() > span.start()) {
                return false;
            }
            String between = text.substring(p.span().end(), span.start()).strip();
            // (nor across a paragraph: a quotation in the next one is a statement of its own)
            if (between.split("\\s+").length > MAX_WORDS_BETWEEN_PARTS || between.contains("\n")) {
                return false;
            }
            found.remove(found.size() - 1);
            add(new Span(p.span().start(), span.end()), true, p.verb(), p.kind(), speaker, p.intermediary(),
                    prev.sentence());
            return true;
        }

        /**
         * "The United States called its actions defensive", "Iran denied ...": a speaker phrase that is a place's name
         * (over "the") speaks for that place's government; the place's node is the speaker. Nodes of other kinds are
         * found before this; a place is only taken where the phrase is its name, nothing more.
         */
        private Speaker placeSpeaking(Speaker speaker, int sentence) {
            if (speaker.ref() != null || speaker.text() == null) {
                return speaker;
            }
            String named = speaker.text().strip().replaceFirst("^(?i:the)\\s+", "");
            for (int i = 0; i < doc.mentions().size(); i++) {
                NerMention m = doc.mentions().get(i);
                NodeRef ref = links.mentionRefs()[i];
                if (ref != null && ref.label().equals("Place") && m.sentence() == sentence
                        && m.text().strip().equals(named)) {
                    return new Speaker(ref, speaker.text(), speaker.start());
                }
            }
            return speaker;
        }

        private void add(Span span, boolean quote, String verb, String kind, Speaker speaker, NodeRef intermediary,
                         int sentence) {
            String content = text.substring(span.start(), span.end()).strip();
            if (content.isEmpty()) {
                return;
            }
            speaker = placeSpeaking(speaker, sentence);
            List<NodeRef> with = coSpeakers(speaker);
            Set<NodeRef> about = new LinkedHashSet<>();
            for (int i = 0; i < doc.mentions().size(); i++) {
                NerMention m = doc.mentions().get(i);
                NodeRef ref = links.mentionRefs()[i];
                if (ref != null && m.begin() >= span.start() && m.end() <= span.end()
                        && !ref.equals(speaker.ref()) && !with.contains(ref)) {
                    about.add(ref);
                }
            }
            String date = doc.article().published() == null ? null : doc.article().published().toString();
            Statement st = new Statement(Ids.statement(doc.article().id(), span), content, quote, verb, kind, date,
                    span,
                    speaker.ref(), speaker.ref() == null ? speaker.text() : null, intermediary, List.copyOf(about),
                    with);
            if (found.stream().anyMatch(f -> f.statement().id().equals(st.id()))) {
                return;
            }
            found.add(new Found(st, speaker.ref() == null ? speaker.text() : null, sentence));
            if (speaker.ref() != null) {
                lastSpeaker = speaker.ref();
                lastSpeakerAt = span.start();
                // (the sentence the words end in: a quotation of four sentences was spoken until its last)
                int last = firstTokenAfter(span.end() - 1) - 1;
                lastSpeakerSentence = Math.max(sentence, last >= 0 ? tokens.get(last).sentence() : sentence);
                if (!speaker.ref().label().equals("Person")) {
                    lastOrgSpeaker = speaker.ref();
                }
            }
        }

        /**
         * Those named with the speaker in one coordinated phrase, "Professors Foner and Alba suggest", "Mr. Effron and
         * Mr. Pruzan try to": the other conjuncts that name a person or body, when an "and" joins them (not "or", not
         * "Smith, not Jones"). Empty for a speaker named alone.
         */
        private List<NodeRef> coSpeakers(Speaker speaker) {
            int t = speaker.start();
            if (speaker.ref() == null || t < 0 || t >= tokens.size() || mentionAt[t] < 0 || !g.parsed(t)) {
                return List.of();
            }
            NerMention mention = doc.mentions().get(mentionAt[t]);
            int head = -1;
            for (int k = mention.firstToken(); k <= mention.lastToken(); k++) {
                int h = g.head(k);
                if (h < mention.firstToken() || h > mention.lastToken()) {
                    head = k; // the mention's head: the token whose head lies outside it
                    break;
                }
            }
            if (head < 0) {
                return List.of();
            }
            int first = Grammar.is(g.rel(head), "conj") && g.head(head) >= 0 ? g.head(head) : head;
            List<Integer> members = new ArrayList<>();
            members.add(first);
            members.addAll(g.dependents(first, "conj"));
            // the words that join them: "and" only ("Smith or Jones" is one of them, not both; "both" before the first
            // is no joiner: "Both the school district and the police department have asserted")
            Set<String> joiners = members.stream().flatMap(m -> g.dependents(m, "cc").stream())
                    .filter(c -> !"cc:preconj".equals(g.rel(c)))
                    .map(c -> tokens.get(c).word().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
            if (members.size() < 2 || joiners.isEmpty() || !AND.containsAll(joiners)) {
                return List.of();
            }
            List<NodeRef> with = new ArrayList<>();
            for (int m : members) {
                if (mentionAt[m] < 0 || quoteAt[m] >= 0) {
                    continue;
                }
                NodeRef ref = links.mentionRefs()[mentionAt[m]];
                if (SPEAKER_TYPES.contains(ref.label()) && !ref.equals(speaker.ref()) && !with.contains(ref)) {
                    with.add(ref);
                }
            }
            return with;
        }

        /** The speaker before a speech verb, in its sentence. */
        private Speaker subject(int v) {
            Speaker byGrammar = grammarSubject(v);
            if (byGrammar != null) {
                return byGrammar;
            }
            // '"...," reads Judge Miller's statement, "..."': the statement after its verb, parsed as its object
            // (not "saying the Sanders campaign was ...": a verb with a clause says what the object did)
            if (g.parsed(v) && g.dependents(v, "nsubj", "nsubj:pass", "ccomp", "xcomp").isEmpty()) {
                for (int o : g.dependents(v, "obj")) {
                    String w = tokens.get(o).word().toLowerCase(Locale.ROOT);
                    if (o > v && words.statementNouns().contains(w)) {
                        Speaker owner = speakerOfPhrase(o);
                        if (owner.ref() != null) {
                            return owner;
                        }
                    }
                }
            }
            Token verb = tokens.get(v);
            int sentence = verb.sentence();
            if (verb.pos() != null && verb.pos().equals("VBG")) {
                Speaker main = participleSubject(v);
                if (main.found()) {
                    return main;
                }
            }
            // "went on to say", "refused to comment": the subject of the verb that governs the infinitive
            if (v >= 2 && tokens.get(v - 1).word().equalsIgnoreCase("to")) {
                int k = v - 2;
                while (k >= 0 && tokens.get(k).sentence() == sentence && v - k <= 5
                        && (isVerb(k) || "RP".equals(tokens.get(k).pos()) || "RB".equals(tokens.get(k).pos())
                        || tokens.get(k).word().equalsIgnoreCase("on"))) {
                    if (isVerb(k) && !isVerb(k - 1)) {
                        return subject(k);
                    }
                    k--;
                }
            }
            // "Alexis Boon, the head of the command, said" and "the judge, Bernard Schwartz, said"
            if (v >= 2 && tokens.get(v - 1).word().equals(",")) {
                Speaker apposed = apposedSubject(v - 1);
                if (apposed.found()) {
                    return apposed;
                }
            }
            for (int i = v - 1; i >= 0 && tokens.get(i).sentence() == verb.sentence(); i--) {
                if (quoteAt[i] >= 0) {
                    break;
                }
                Speaker s = speakerAt(i);
                if (s != null) {
                    return s;
                }
                Token t = tokens.get(i);
                String w = t.word().toLowerCase(Locale.ROOT);
                String pos = t.pos() == null ? "" : t.pos();
                if (isTime(i) || w.equals("on")) {
                    continue;
                }
                if (Set.of(".", ";", ",", "that", "which", "who", "and", "but").contains(w)) {
                    break;
                }
                if (pos.startsWith("VB") && !AUXILIARIES.contains(w)) {
                    break;
                }
                if (pos.startsWith("NN")) {
                    return nounPhraseSpeaker(i);
                }
            }
            return Speaker.NONE;
        }

        private boolean isVerb(int k) {
            return k >= 0 && tokens.get(k).pos() != null && tokens.get(k).pos().startsWith("VB");
        }

        /** The subject before "X, apposition," ending at the comma at {@code comma}. */
        private Speaker apposedSubject(int comma) {
            int sentence = tokens.get(comma).sentence();
            int open = comma - 1;
            while (open >= 0 && tokens.get(open).sentence() == sentence && comma - open <= 28
                    && !tokens.get(open).word().equals(",") && quoteAt[open] < 0) {
                open--;
            }
            if (open < 0 || tokens.get(open).sentence() != sentence || !tokens.get(open).word().equals(",")) {
                return Speaker.NONE;
            }
            // a person named inside the commas is the subject; else the name before them
            for (int i = open + 1; i < comma; i++) {
                if (mentionAt[i] >= 0 && links.mentionRefs()[mentionAt[i]].label().equals("Person")) {
                    return new Speaker(links.mentionRefs()[mentionAt[i]], null, i);
                }
            }
            int before = open - 1;
            if (before >= 0 && mentionAt[before] >= 0) {
                NodeRef ref = links.mentionRefs()[mentionAt[before]];
                NerMention m = doc.mentions().get(mentionAt[before]);
                if (SPEAKER_TYPES.contains(ref.label())) {
                    return new Speaker(ref, null, m.firstToken());
                }
                return new Speaker(null, m.text(), m.firstToken()); // a country speaks through its government
            }
            if (before >= 0 && tokens.get(before).pos() != null && tokens.get(before).pos().startsWith("NN")) {
                return nounPhraseSpeaker(before);
            }
            return Speaker.NONE;
        }

        /** The speaker of "saying"/"adding": the subject of the sentence's main clause. */
        private Speaker participleSubject(int v) {
            int sentence = tokens.get(v).sentence();
            for (int i = v - 1; i >= 0 && tokens.get(i).sentence() == sentence; i--) {
                Token t = tokens.get(i);
                if (t.pos() != null && t.pos().startsWith("VB") && !t.pos().equals("VBG")
                        && words.speechVerbs().contains(t.lemma().toLowerCase(Locale.ROOT))) {
                    return subject(i);
                }
            }
            int start = sentenceStart(v);
            Speaker first = Speaker.NONE;
            for (int i = start; i < v; i++) {
                Speaker s = speakerAt(i);
                if (s != null && s.ref() != null && followedByVerb(i)) {
                    return s;
                }
                if (s != null && s.ref() != null && !first.found()) {
                    first = s;
                }
            }
            return first;
        }

        /** The first token of token t's sentence. */
        private int sentenceStart(int t) {
            int start = t;
            while (start > 0 && tokens.get(start - 1).sentence() == tokens.get(t).sentence()) {
                start--;
            }
            return start;
        }

        private int sentenceEnd(int t) {
            int end = t;
            while (end + 1 < tokens.size() && tokens.get(end + 1).sentence() == tokens.get(t).sentence()) {
                end++;
            }
            return end;
        }

        private boolean followedByVerb(int i) {
            int end = mentionAt[i] >= 0 ? doc.mentions().get(mentionAt[i]).lastToken() : i;
            for (int k = end + 1; k <= end + 3 && k < tokens.size(); k++) {
                String pos = tokens.get(k).pos();
                if (pos != null && pos.startsWith("VB")) {
                    return true;
                }
                if (!(pos != null && (pos.startsWith("RB") || pos.equals("MD")))) {
                    return false; // (past "also", "earlier", "would")
                }
            }
            return false;
        }

        /** A named entity, pronoun or "the statement" at token i, or null. */
        private Speaker speakerAt(int i) {
            int m = mentionAt[i];
            if (m >= 0) {
                NodeRef ref = links.mentionRefs()[m];
                NerMention mention = doc.mentions().get(m);
                if (!ref.label().equals("Person")) {
                    // "House Speaker Paul Ryan", "Google CEO Sundar Pichai": the person the title names
                    NodeRef titled = personAfterTitle(mention.lastToken());
                    if (titled != null) {
                        return new Speaker(titled, null, mention.firstToken());
                    }
                }
                if (SPEAKER_TYPES.contains(ref.label())) {
                    return new Speaker(ref, null, mention.firstToken());
                }
                // a country or city speaks through its government: kept as words, not as a speaker node
                return new Speaker(null, mention.text(), mention.firstToken());
            }
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (w.equals("he") || w.equals("she")) {
                Speaker described = describedSpeakerBefore(i);
                if (described != null) {
                    return described;
                }
                NodeRef p = antecedent(i);
                return p == null ? new Speaker(null, tokens.get(i).word(), i) : new Speaker(p, null, i);
            }
            if (w.equals("they") && quoteAt[i] < 0) {
                return pluralBefore(i);
            }
            if (w.equals("it")) {
                NodeRef org = lastOrgSpeaker != null ? lastOrgSpeaker : lastStatementOrg;
                return org == null ? null : new Speaker(org, null, i);
            }
            // (not when the phrase names whose it is: "A spokeswoman for Hillary Clinton says", taken below)
            if (words.statementNouns().contains(w) && i > 0 && isDeterminer(i - 1) && (!g.parsed(i)
                    || g.dependents(i, "nmod:poss", "nmod:for", "nmod:of", "nmod:from").isEmpty()
                    && makers(i).isEmpty())) { // (nor "a statement released by her family")
                NodeRef org = lastStatementOrg != null ? lastStatementOrg : lastOrgSpeaker;
                return org == null ? null : new Speaker(org, null, i - 1);
            }
            return null;
        }

        /**
         * 'The head of the police's internal investigators told the court "...". She also said "..."': a pronoun that
         * opens its sentence right after a sentence whose statement's speaker is a description of one person and that
         * names no person is that description's; null otherwise.
         */
        private Speaker describedSpeakerBefore(int i) {
            int sentence = tokens.get(i).sentence();
            if (sentence == 0 || i != sentenceStart(i) || quoteAt[i] >= 0) {
                return null;
            }
            for (int k = found.size() - 1; k >= 0 && found.get(k).sentence() >= sentence - 1; k--) {
                Found f = found.get(k);
                if (f.sentence() != sentence - 1) {
                    continue;
                }
                Statement st = f.statement();
                String described = f.speakerText();
                if (st.speaker() != null || described == null || described.isBlank()) {
                    return null;
                }
                String[] w = described.toLowerCase(Locale.ROOT).split("\\s+");
                // (one person: "the head of ...", "a spokeswoman", not "officials" or "the report")
                boolean onePerson = java.util.Arrays.stream(w).anyMatch(x -> roleWords.contains(x))
                        && java.util.Arrays.stream(w).noneMatch(x -> x.endsWith("s") && roleWords.contains(x.substring(0, x.length() - 1)));
                boolean personNamed = false;
                for (int j = sentenceStart(i) - 1; j >= 0 && tokens.get(j).sentence() == sentence - 1; j--) {
                    personNamed |= mentionAt[j] >= 0 && links.mentionRefs()[mentionAt[j]] != null
                            && links.mentionRefs()[mentionAt[j]].label().equals("Person");
                }
                return onePerson && !personNamed ? new Speaker(null, described, i) : null;
            }
            return null;
        }

        /**
         * What "they" at token i stands for: the last subject before it in its sentence that is a plural noun or an
         * organisation, party or group ("Proponents, including the Conference of Mayors, have urged Congress to
         * leave the program intact, although they say ..."); null when there is none.
         */
        private Speaker pluralBefore(int i) {
            int sentence = tokens.get(i).sentence();
            for (int k = i - 1; k >= 0 && tokens.get(k).sentence() == sentence; k--) {
                if (!g.parsed(k) || quoteAt[k] >= 0 || !Grammar.is(g.rel(k), "nsubj")) {
                    continue;
                }
                String pos = tokens.get(k).pos() == null ? "" : tokens.get(k).pos();
                int m = mentionAt[k];
                if (m >= 0 && SPEAKER_TYPES.contains(links.mentionRefs()[m].label())
                        && !links.mentionRefs()[m].label().equals("Person")) {
                    return new Speaker(links.mentionRefs()[m], null, doc.mentions().get(m).firstToken());
                }
                if (m < 0 && (pos.equals("NNS") || pos.equals("NNPS"))) {
                    return nounPhraseSpeaker(k);
                }
                return null; // the nearest subject is someone else
            }
            return null;
        }

        /** The person named just before the parentheses token t stands in ("Cummings (D-Md.)"), or null. */
        private NodeRef personBeforeParenthesis(int t) {
            int sentence = tokens.get(t).sentence();
            int open = -1;
            for (int i = t; i >= 0 && i >= t - 4 && tokens.get(i).sentence() == sentence; i--) {
                String w = tokens.get(i).word();
                if (w.equals(")") || w.equals("-RRB-")) {
                    return null;
                }
                if (w.equals("(") || w.equals("-LRB-")) {
                    open = i;
                    break;
                }
            }
            if (open <= 0 || mentionAt[open - 1] < 0) {
                return null;
            }
            boolean closed = false;
            for (int i = t + 1; i <= t + 4 && i < tokens.size() && tokens.get(i).sentence() == sentence; i++) {
                String w = tokens.get(i).word();
                if (w.equals(")") || w.equals("-RRB-")) {
                    closed = true;
                    break;
                }
            }
            NodeRef ref = links.mentionRefs()[mentionAt[open - 1]];
            return closed && ref.label().equals("Person") ? ref : null;
        }

        /**
         * The person named just after a name and one to three words of title with no name of their own ("House
         * Speaker Paul Ryan": after "House"), or null.
         */
        private NodeRef personAfterTitle(int last) {
            int sentence = tokens.get(last).sentence();
            for (int i = last + 1; i <= last + 4 && i < tokens.size() && tokens.get(i).sentence() == sentence; i++) {
                if (mentionAt[i] >= 0) {
                    NodeRef ref = links.mentionRefs()[mentionAt[i]];
                    return i > last + 1 && ref.label().equals("Person")
                            && doc.mentions().get(mentionAt[i]).firstToken() == i ? ref : null;
                }
                String pos = tokens.get(i).pos() == null ? "" : tokens.get(i).pos();
                if (!pos.startsWith("NN")) {
                    return null;
                }
            }
            return null;
        }

        /** "the defence minister said": the one person of the article with that title; else the words. */
        private Speaker nounPhraseSpeaker(int end) {
            int start = end;
            while (start - 1 >= 0 && tokens.get(start - 1).sentence() == tokens.get(end).sentence()
                    && isNounPhraseWord(start - 1)) {
                start--;
            }
            if ("POS".equals(tokens.get(start).pos()) && start > 0 && mentionAt[start - 1] >= 0) {
                start = doc.mentions().get(mentionAt[start - 1]).firstToken(); // "Johnson's critics": the critics
            }
            String phrase = text.substring(tokens.get(start).begin(), tokens.get(end).end());
            String key = phrase.toLowerCase(Locale.ROOT);
            NodeRef holder = null;
            int holders = 0;
            for (var e : links.personTitles().entrySet()) {
                if (e.getValue().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).endsWith(key))) {
                    holder = new NodeRef("Person", e.getKey());
                    holders++;
                }
            }
            List<NodeRef> officeHolders = officeHolders(key);
            int from = start > 0 && isDeterminer(start - 1) ? start - 1 : start;
            if (holders == 1) {
                return new Speaker(holder, null, from);
            }
            if (officeHolders.size() == 1) {
                // "The president called it a waste of time": the one person who holds that office now, not the one
                // titled "former US Vice President"
                return new Speaker(officeHolders.get(0), null, from);
            }
            // (of those who hold the office now, by whole words of their title: not "Prime Minister" or "former
            // minister" for "the minister")
            if (officeHolders.size() > 1 && from > 0 && isDeterminer(from) && tokens.get(from).word().equalsIgnoreCase("the")) {
                // "minister Stefano Patuanelli sent a letter of support, but the minister said" where the article
                // has several ministers: the one of them named last, in this sentence or the one before
                for (int i = from - 1; i >= 0 && tokens.get(i).sentence() >= tokens.get(from).sentence() - 1; i--) {
                    NodeRef ref = mentionAt[i] >= 0 ? links.mentionRefs()[mentionAt[i]] : null;
                    if (ref != null && ref.label().equals("Person")) {
                        if (officeHolders.contains(ref)) {
                            return new Speaker(ref, null, from);
                        }
                        break;
                    }
                }
            }
            if (holders == 0 && officeHolders.isEmpty()) {
                // "Mexico's Foreign Secretary Marcelo Ebrard said ... The foreign minister said": the office under
                // another word for it (officeSynonyms)
                String[] keyWords = key.split("\\s+");
                String last = keyWords[keyWords.length - 1];
                List<NodeRef> synonymHolders = new ArrayList<>();
                for (String other : words.synonymsOf(last)) {
                    synonymHolders.addAll(officeHolders((key.substring(0, key.length() - last.length()) + other).strip()));
                }
                if (synonymHolders.size() == 1) {
                    return new Speaker(synonymHolders.get(0), null, from);
                }
            }
            // "PTI news agency", "the ISPR spokesman": the organisation named just before the noun
            if (start > 0 && mentionAt[start - 1] >= 0) {
                NodeRef owner = links.mentionRefs()[mentionAt[start - 1]];
                if (SPEAKER_TYPES.contains(owner.label()) && !owner.label().equals("Person") && !isMedium(start - 1)) {
                    return new Speaker(owner, null, doc.mentions().get(mentionAt[start - 1]).firstToken());
                }
            }
            // '"...," said study co-author Karen Alley. The Wooster professor added, "..."': "the" and a word of an
            // office, naming no one else, as the subject of a verb that goes on speaking ("added", "continued")
            // right after a person spoke: that person (not "The mayor joked" after the president spoke)
            int governor = g.parsed(end) ? g.head(end) : -1;
            if (from < start && tokens.get(from).word().equalsIgnoreCase("the") && lastSpeaker != null
                    && governor >= 0 && Grammar.is(g.rel(end), "nsubj")
                    && GOING_ON.contains(tokens.get(governor).lemma().toLowerCase(Locale.ROOT))
                    && (officeHolders.isEmpty() || officeHolders.contains(lastSpeaker))
                    && lastSpeaker.label().equals("Person") && lastSpeakerSentence >= tokens.get(end).sentence() - 1
                    && lastSpeakerSentence <= tokens.get(end).sentence()
                    && roleWords.contains(tokens.get(end).word().toLowerCase(Locale.ROOT))
                    && java.util.stream.IntStream.rangeClosed(start, end).allMatch(i -> mentionAt[i] < 0)) {
                return new Speaker(lastSpeaker, null, from);
            }
            return new Speaker(null, withNamedModifiers(phrase, end), from);
        }

        /** The persons of the article with a title that names this office, held now ({@link #holdsOffice}). */
        private List<NodeRef> officeHolders(String office) {
            List<NodeRef> out = new ArrayList<>();
            for (var e : links.personTitles().entrySet()) {
                if (e.getValue().stream().anyMatch(t -> holdsOffice(t, office))) {
                    out.add(new NodeRef("Person", e.getKey()));
                }
            }
            return out;
        }

        /**
         * Whether a title names the office the words name, held now: its last words are those words ("US President"
         * for "president") and no word before them is one of {@code officeQualifiers} ("former US Vice President").
         */
        private boolean holdsOffice(String title, String office) {
            List<String> t = List.of(title.toLowerCase(Locale.ROOT).replace('-', ' ').strip().split("\\s+"));
            List<String> o = List.of(office.replace('-', ' ').strip().split("\\s+"));
            if (o.isEmpty() || t.size() < o.size() || !t.subList(t.size() - o.size(), t.size()).equals(o)) {
                return false;
            }
            return t.subList(0, t.size() - o.size()).stream().noneMatch(words.officeQualifiers()::contains);
        }

        /**
         * A common noun's phrase with the phrases after it that name someone or somewhere, up to a comma: "a reporter
         * for USA Today", "the chair of the DNC", "officials at Homeland Security Investigations" (the words alone,
         * "reporter", would not say who spoke).
         */
        private String withNamedModifiers(String phrase, int end) {
            if (!g.parsed(end)) {
                return phrase;
            }
            int last = end;
            for (int c : g.children(end)) {
                if (c <= end || !Grammar.is(g.rel(c), "nmod")) {
                    continue;
                }
                int[] span = g.subtree(c);
                if (span[0] != last + 1) {
                    break;
                }
                boolean named = false;
                int stop = span[1];
                for (int i = span[0]; i <= span[1]; i++) {
                    if (tokens.get(i).word().equals(",") || quoteAt[i] >= 0 || tokens.get(i).word().equals("(")) {
                        stop = i - 1;
                        break;
                    }
                    named |= mentionAt[i] >= 0;
                }
                if (!named || stop < span[0]) {
                    break;
                }
                last = stop;
                if (stop < span[1]) {
                    break;
                }
            }
            if (last == end) {
                return phrase;
            }
            int from = tokens.get(end).end();
            return phrase + text.substring(from, tokens.get(last).end());
        }

        private boolean isNounPhraseWord(int i) {
            String pos = tokens.get(i).pos() == null ? "" : tokens.get(i).pos();
            // (a medium's name is a word of the description: "an official government Twitter account")
            return (pos.startsWith("NN") || pos.equals("JJ") || pos.equals("POS")) && (mentionAt[i] < 0 || isMedium(i));
        }

        /**
         * Who the words say made noun s, after "by": "Estimates by event organizers", "a statement released by her
         * family" (the noun's nmod:by, and the agents of a participle on it).
         */
        private List<Integer> makers(int s) {
            List<Integer> out = new ArrayList<>(g.dependents(s, "nmod:by"));
            for (int a : g.dependents(s, "acl")) {
                out.addAll(g.dependents(a, "obl:by", "obl:agent"));
            }
            return out;
        }

        /** Whether token t is in the name of a medium (a platform: Links.media). */
        private boolean isMedium(int t) {
            return mentionAt[t] >= 0 && links.mentionRefs()[mentionAt[t]] != null
                    && links.media().contains(links.mentionRefs()[mentionAt[t]].id());
        }

        /** The speaker just after token v (inverted "..., said Asif"; "quoted Asif as saying"). */
        private Speaker after(int v, int within) {
            for (int i = v + 1; i <= v + within && i < tokens.size()
                    && tokens.get(i).sentence() == tokens.get(v).sentence(); i++) {
                Speaker s = speakerAt(i);
                if (s != null && s.ref() != null && (mentionAt[i] >= 0 || isPronoun(i))) {
                    Speaker holder = mentionAt[i] >= 0 ? personAfterRole(doc.mentions().get(mentionAt[i]).lastToken())
                            : null;
                    return holder != null ? holder : s;
                }
                // a verb ends the search, unless a noun follows it: "said lead author Professor David Livermore",
                // where the tagger took "lead" for a verb
                boolean nounNext = i + 1 < tokens.size() && tokens.get(i + 1).pos() != null
                        && tokens.get(i + 1).pos().startsWith("NN") && "VB".equals(tokens.get(i).pos());
                if (quoteAt[i] >= 0 || isPunctuation(tokens.get(i)) || isVerb(i) && !nounNext) {
                    break;
                }
            }
            return Speaker.NONE;
        }

        /**
         * '"...," tweeted Rubio spokesman Alex Conant', '"...," said Airbus President and Chief Executive Officer, Tom
         * Enders': the person named right after a word of an office that follows the name at {@code last} (the owner
         * of the office, not the one who spoke); null when no such office and person follow. (Unlike
         * {@link #personAfterTitle}, the words between must hold a word of an office, and may hold "of", "and" and a
         * comma after it.)
         */
        private Speaker personAfterRole(int last) {
            boolean office = false;
            int k = last + 1;
            for (; k < tokens.size() && k - last <= 8 && mentionAt[k] < 0; k++) {
                String w = tokens.get(k).word();
                String pos = tokens.get(k).pos() == null ? "" : tokens.get(k).pos();
                if (roleWords.contains(w.toLowerCase(Locale.ROOT))) {
                    office = true;
                } else if (!(pos.startsWith("NN") || pos.equals("JJ") || w.equalsIgnoreCase("of")
                        || office && (pos.equals("CC") || w.equals(","))) || quoteAt[k] >= 0) {
                    return null; // (not 'said Obama after talks with Prime Minister Shinzo Abe')
                }
            }
            if (!office || k >= tokens.size() || mentionAt[k] < 0 || tokens.get(k).sentence() != tokens.get(last).sentence()) {
                return null;
            }
            NodeRef ref = links.mentionRefs()[mentionAt[k]];
            return ref != null && ref.label().equals("Person") ? new Speaker(ref, null, k) : null;
        }

        /**
         * '"...," said Apple Inc. CEO Steve Jobs.': the splitter ended the sentence at the company's abbreviation, so
         * the speaker phrase runs on into the next "sentence", a few words with no verb that name a person (the one who
         * spoke, with their title). That person, for a body so cut; the speaker unchanged otherwise.
         */
        private Speaker nameAfterAbbreviation(Speaker speaker) {
            if (speaker.ref() == null || speaker.start() < 0 || !speaker.ref().label().equals("Organisation")
                    || mentionAt[speaker.start()] < 0) {
                return speaker;
            }
            int last = doc.mentions().get(mentionAt[speaker.start()]).lastToken();
            // (the name itself ends in the abbreviation: "Apple Inc.", not "said Microsoft." and a new sentence)
            boolean abbreviated = tokens.get(last).word().endsWith(".") || last + 1 < tokens.size()
                    && tokens.get(last + 1).word().equals(".") && tokens.get(last + 1).begin() == tokens.get(last).end()
                    && Set.of("inc", "corp", "co", "ltd", "llc", "plc", "bros").contains(
                    tokens.get(last).word().toLowerCase(Locale.ROOT));
            int dot = last + 1 < tokens.size() && tokens.get(last + 1).word().equals(".") ? last + 1 : last;
            int next = dot + 1;
            if (!abbreviated || next >= tokens.size() || tokens.get(next).sentence() == tokens.get(last).sentence()
                    || text.substring(tokens.get(dot).end(), tokens.get(next).begin()).contains("\n")) {
                return speaker;
            }
            int fragmentEnd = sentenceEnd(next);
            for (int k = next; k <= fragmentEnd; k++) {
                if (isVerb(k) || quoteAt[k] >= 0 || k > next + 8) {
                    return speaker; // (a few words with no verb)
                }
            }
            for (int k = next; k <= Math.min(fragmentEnd, next + 6); k++) {
                NodeRef ref = mentionAt[k] >= 0 ? links.mentionRefs()[mentionAt[k]] : null;
                if (ref != null && ref.label().equals("Person")) {
                    int after = doc.mentions().get(mentionAt[k]).lastToken() + 1;
                    boolean closes = after < tokens.size()
                            && (after > fragmentEnd || Set.of(".", ",").contains(tokens.get(after).word()));
                    return closes ? new Speaker(ref, null, k) : speaker;
                }
            }
            return speaker;
        }

        private boolean isPronoun(int i) {
            return Set.of("he", "she").contains(tokens.get(i).word().toLowerCase(Locale.ROOT));
        }

        /**
         * The person a "he" or "she" stands for: the first person named earlier in its own sentence; else the last
         * speaker, when the sentence before names them or no one; else the first person the sentence before names
         * (its subject, more often than not); else the person last named within three sentences.
         */
        private NodeRef antecedent(int token) {
            String w = tokens.get(token).word().toLowerCase(Locale.ROOT);
            String wanted = MALE_PRONOUNS.contains(w) ? "male" : FEMALE_PRONOUNS.contains(w) ? "female" : null;
            return antecedent(token, wanted); // (none rather than one of the other gender)
        }

        /** Whether what the honorifics say of a person's gender allows a pronoun of {@code wanted} for them. */
        private boolean fits(NodeRef ref, String wanted) {
            String known = gender.get(ref);
            return wanted == null || known == null || known.equals("?") || known.equals(wanted);
        }

        /** The person a pronoun stands for, of the gender {@code wanted} where honorifics tell (null: any). */
        private NodeRef antecedent(int token, String wanted) {
            // (a pronoun read again, after statements of its sentence were added, stands for whom it stood for)
            String key = token + ":" + wanted;
            if (pronounAt.containsKey(key)) {
                return pronounAt.get(key);
            }
            NodeRef found = antecedentOf(token, wanted);
            pronounAt.put(key, found);
            if (found != null && quoteAt[token] < 0) {
                pronounPerson.putIfAbsent(tokens.get(token).sentence(), new Resolved(found, wanted));
            }
            return found;
        }

        private NodeRef antecedentOf(int token, String wanted) {
            int sentence = tokens.get(token).sentence();
            // 'He said Zelensky is "..."; however, "...", he added': the same pronoun earlier in the sentence, outside
            // quotation marks, stands for the same person (not for one named between them)
            String word = tokens.get(token).word();
            for (int j = sentenceStart(token); j < token; j++) {
                if (quoteAt[j] < 0 && quoteAt[token] < 0 && mentionAt[j] < 0 && "PRP".equals(tokens.get(j).pos())
                        && tokens.get(j).word().equalsIgnoreCase(word)) {
                    return antecedent(j, wanted);
                }
            }
            List<NodeRef> same = new ArrayList<>();
            List<NodeRef> previous = new ArrayList<>();
            int previousSentence = -1;
            for (int m = 0; m < doc.mentions().size(); m++) {
                NerMention mention = doc.mentions().get(m);
                NodeRef ref = links.mentionRefs()[m];
                if (ref == null || !ref.label().equals("Person") || mention.lastToken() >= token
                        || quoteAt[Math.max(0, mention.firstToken())] >= 0 || !fits(ref, wanted)) {
                    continue;
                }
                if (mention.sentence() == sentence) {
                    if (followedByVerb(mention.lastToken())) {
                        same.add(ref);
                    }
                } else if (sentence - mention.sentence() <= 2) {
                    if (mention.sentence() > previousSentence) {
                        previousSentence = mention.sentence();
                        previous.clear();
                    }
                    if (mention.sentence() == previousSentence) {
                        previous.add(ref);
                    }
                }
            }
            if (!same.isEmpty()) {
                return same.get(0);
            }
            // (not one whose words come after the pronoun: 'He described ... as a "sacrifice", ... what Wilson once
            // testified ... "what is good for General Motors ..."', the quotation read first; the one who had spoken
            // when the sentence began)
            NodeRef lastSpeaker = this.lastSpeaker;
            int lastSpeakerSentence = this.lastSpeakerSentence;
            if (lastSpeakerAt > tokens.get(token).begin() && lastSpeakerSentence >= sentence) {
                lastSpeaker = speakerBeforeSentence;
                lastSpeakerSentence = speakerBeforeSentenceAt;
            }
            boolean speakerRecent = lastSpeaker != null && lastSpeaker.label().equals("Person")
                    && sentence - lastSpeakerSentence <= 2 && fits(lastSpeaker, wanted);
            if (speakerRecent && (previous.isEmpty() || previous.contains(lastSpeaker)
                    || lastSpeakerSentence > previousSentence)) {
                return lastSpeaker;
            }
            if (!previous.isEmpty()) {
                // "She was also married to George Weidler, ... She said ...": the one the sentence before was about,
                // not a person named in it as object
                int prev = previousSentence;
                if (prev >= 0 && opensWithPronoun(prev) && previous.stream().noneMatch(r -> namedAsSubject(r, prev))) {
                    NodeRef before = subjectPersonBefore(prev, sentence - 3);
                    if (before != null && fits(before, wanted)) {
                        return before;
                    }
                }
                return previous.get(0);
            }
            NodeRef before = personBefore(token);
            if (before != null && fits(before, wanted)) {
                return before;
            }
            return chainedPerson(sentence, wanted);
        }

        /**
         * The person named before a run of sentences that each speak of them by the pronoun ("Baker ... began playing
         * drums. In a story he sometimes told, he had a habit ... his classmates encouraged him ... "I'd never sat
         * behind a kit ...", he recalled"): back from the sentence before {@code sentence}, over sentences with a
         * pronoun of the gender wanted and no person named, and sentences inside a quotation, to the last person
         * named (eight sentences at most); null when a sentence breaks the run. Up to two sentences in a row that name
         * no person and have no personal pronoun at all do not break it ("He stated ... . The United States government
         * would hold a 60% stake. The government will give GM ... . Of the government ownership he stated ...": no
         * one else was brought in to be "he").
         */
        private NodeRef chainedPerson(int sentence, String wanted) {
            Set<String> pronouns = "female".equals(wanted) ? FEMALE_PRONOUNS : "male".equals(wanted) ? MALE_PRONOUNS
                    : PERSONAL_PRONOUNS;
            int unpeopled = 0; // sentences in a row with no person and no personal pronoun
            for (int k = sentence - 1; k >= Math.max(0, sentence - 8); k--) {
                NodeRef last = null;
                boolean pronoun = false;
                boolean outside = false;
                for (int m = 0; m < doc.mentions().size(); m++) {
                    NerMention mention = doc.mentions().get(m);
                    NodeRef ref = links.mentionRefs()[m];
                    if (mention.sentence() == k && ref != null && ref.label().equals("Person")
                            && quoteAt[Math.max(0, mention.firstToken())] < 0) {
                        last = ref;
                    }
                }
                if (last != null) {
                    return fits(last, wanted) ? last : null;
                }
                Resolved chained = pronounPerson.get(k);
                if (chained != null && (wanted == null || wanted.equals(chained.gender()))) {
                    // the run goes on from a pronoun already found to be someone ("He stated ... . He stated ...")
                    return fits(chained.person(), wanted) ? chained.person() : null;
                }
                boolean anyPronoun = false; // (or a noun of a person: "A White House spokesman declined to comment")
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i).sentence() == k && quoteAt[i] < 0 && !isPunctuation(tokens.get(i))) {
                        outside = true;
                        String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
                        pronoun |= pronouns.contains(w);
                        anyPronoun |= PERSONAL_PRONOUNS.contains(w) || roleWords.contains(w) || personNouns.contains(w);
                    }
                }
                if (outside && !pronoun && (anyPronoun || ++unpeopled > 2)) {
                    return null;
                }
                if (pronoun) {
                    unpeopled = 0;
                }
            }
            return null;
        }

        /** Whether a sentence opens with "he" or "she" (after a word or two: "Later, she ..."). */
        private boolean opensWithPronoun(int sentence) {
            int seen = 0;
            for (int i = 0; i < tokens.size() && seen < 3; i++) {
                if (tokens.get(i).sentence() != sentence) {
                    if (tokens.get(i).sentence() > sentence) {
                        break;
                    }
                    continue;
                }
                String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
                if (w.equals("he") || w.equals("she")) {
                    return true;
                }
                seen++;
            }
            return false;
        }

        private boolean namedAsSubject(NodeRef ref, int sentence) {
            for (int m = 0; m < doc.mentions().size(); m++) {
                NerMention mention = doc.mentions().get(m);
                if (mention.sentence() == sentence && ref.equals(links.mentionRefs()[m])
                        && followedByVerb(mention.lastToken())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The person named as a subject in the sentences before this one, back to sentence {@code from}: a person
         * mention, or a proper noun that is the surname of one person of the article ("Day had one child").
         */
        private NodeRef subjectPersonBefore(int sentence, int from) {
            for (int i = tokens.size() - 1; i >= 0; i--) {
                Token t = tokens.get(i);
                if (t.sentence() >= sentence || t.sentence() < from || !followedByVerb(i)) {
                    continue;
                }
                NodeRef ref = mentionAt[i] >= 0 ? links.mentionRefs()[mentionAt[i]] : null;
                if (ref != null && ref.label().equals("Person")) {
                    return ref;
                }
                if (ref == null && "NNP".equals(t.pos())) {
                    NodeRef bySurname = personBySurname(t.word());
                    if (bySurname != null) {
                        return bySurname;
                    }
                }
            }
            return null;
        }

        private NodeRef personBefore(int token) {
            int sentence = tokens.get(token).sentence();
            for (int m = doc.mentions().size() - 1; m >= 0; m--) {
                NerMention mention = doc.mentions().get(m);
                NodeRef ref = links.mentionRefs()[m];
                if (ref != null && ref.label().equals("Person") && mention.lastToken() < token
                        && sentence - mention.sentence() <= 3) {
                    return ref;
                }
            }
            return null;
        }

        /** "In a statement on X, the TTAP ..." and "the ISPR said in a statement": who issued a statement. */
        private void noteStatementOwner(int from, int to) {
            boolean statement = false;
            for (int i = from; i <= to; i++) {
                if (words.statementNouns().contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                    statement = true;
                }
            }
            if (!statement) {
                return;
            }
            for (int i = from; i <= to; i++) {
                int m = mentionAt[i];
                if (m >= 0 && quoteAt[i] < 0 && !links.mentionRefs()[m].label().equals("Person")
                        && SPEAKER_TYPES.contains(links.mentionRefs()[m].label()) && followedByVerb(i)) {
                    lastStatementOrg = links.mentionRefs()[m];
                    return;
                }
            }
        }

        /** The cue verbs of the sentence: speech verbs and, with a parse, the other kinds. */
        private List<Integer> cues(int from, int to) {
            List<Integer> out = new ArrayList<>();
            for (int i = from; i <= to; i++) {
                Token t = tokens.get(i);
                if (quoteAt[i] >= 0 || t.pos() == null || !t.pos().startsWith("VB")) {
                    continue;
                }
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                if (words.speechVerbs().contains(lemma)) {
                    continue; // below, with their rules
                }
                if (words.kindOf(lemma) != null && g.parsed(i) && !passive(i, from)) {
                    out.add(i);
                }
            }
            out.addAll(speechVerbs(from, to));
            out.sort(Integer::compare);
            return out;
        }

        private boolean passive(int i, int from) {
            if (g.parsed(i) && !g.dependents(i, "aux:pass", "nsubj:pass").isEmpty()) {
                return true;
            }
            return tokens.get(i).pos().equals("VBN") && i > from
                    && BE.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT));
        }

        /** Whether only punctuation (a closing mark) stands from {@code from} to before {@code t}. */
        private boolean isPunctuationBefore(int from, int t) {
            for (int k = from; k < t; k++) {
                if (!isPunctuation(tokens.get(k))) {
                    return false;
                }
            }
            return true;
        }

        private List<Integer> speechVerbs(int from, int to) {
            List<Integer> out = new ArrayList<>();
            for (int i = from; i <= to; i++) {
                Token t = tokens.get(i);
                if (quoteAt[i] >= 0 || t.pos() == null || !t.pos().startsWith("VB")) {
                    continue;
                }
                if (!words.speechVerbs().contains(t.lemma().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                if (Grammar.is(t.rel(), "amod") && !FINITE.contains(t.pos())) {
                    // a participle as adjective: "pledged delegates", "the stated aim" (a finite verb is none:
                    // '"...," said study co-author Karen Alley', parsed with "said" on "co-author")
                    continue;
                }
                // passive ("his leadership is questioned") and "claimed responsibility" are not speech
                if (t.pos().equals("VBN") && i > from && (BE.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))
                        || i - 2 >= from && BE.contains(tokens.get(i - 2).word().toLowerCase(Locale.ROOT))
                        && "RB".equals(tokens.get(i - 1).pos()))) {
                    continue;
                }
                if (i + 1 <= to && Set.of("responsibility", "credit").contains(tokens.get(i + 1).word()
                        .toLowerCase(Locale.ROOT))) {
                    continue;
                }
                // ("concluded Stroe, cited by HotNews": the outlet that relayed what the name before said)
                if (t.pos().equals("VBN") && i > from && i + 1 <= to && tokens.get(i - 1).word().equals(",")
                        && tokens.get(i + 1).word().equalsIgnoreCase("by")
                        && Set.of("cite", "quote").contains(t.lemma().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                out.add(i);
            }
            return out;
        }

        /**
         * The named speaker of a sentence that is only "Name said." right after sentence {@code s}, or null.
         */
        private Speaker shortSayingAfter(int s, int[][] ranges) {
            if (s + 1 >= ranges.length || ranges[s + 1][0] > ranges[s + 1][1]) {
                return null;
            }
            int from = ranges[s + 1][0];
            int to = ranges[s + 1][1];
            while (to > from && isPunctuation(tokens.get(to))) {
                to--;
            }
            if (to - from > 4 || !isVerb(to) || !words.speechVerbs().contains(tokens.get(to).lemma()
                    .toLowerCase(Locale.ROOT))) {
                return null;
            }
            Speaker sp = subject(to);
            return sp.ref() != null ? sp : null;
        }

        /**
         * Whether a quotation names a work or a thing rather than gives anyone's words: after a noun of a work, with or
         * without a comma ('Trump's new book, "Crippled America: How to Make America Great Again,"'); after a word of
         * naming as a participle on a noun ('a play called "Los Hijos de Trump,"', not 'Trump called the deal "a
         * disaster"'); or, in title case, right before a noun ('a three-day "Jeb Can Fix It" bus tour').
         */
        private boolean namesAWork(Quote quote) {
            int inside = firstTokenAfter(quote.open());
            int before = inside - 1;
            while (before >= 0 && tokens.get(before).end() > quote.open()) {
                before--;
            }
            if (inside >= tokens.size() || quote.words(text) > 12 || before < 0) {
                return false;
            }
            String w = tokens.get(before).word().toLowerCase(Locale.ROOT);
            String[] inner = text.substring(quote.open() + 1, quote.close()).strip().split("\\s+");
            int capitalised = 0;
            for (String x : inner) {
                capitalised += !x.isEmpty() && Character.isUpperCase(x.charAt(0)) ? 1 : 0;
            }
            // (a title: in title case, or with no finite verb; not 'told the show, "We are going to win this."')
            boolean finite = false;
            for (int k = inside; k < tokens.size() && tokens.get(k).begin() < quote.close(); k++) {
                String pos = tokens.get(k).pos() == null ? "" : tokens.get(k).pos();
                finite |= FINITE.contains(pos) || pos.equals("MD");
            }
            boolean titleLike = capitalised * 2 > inner.length || !finite;
            int noun = w.equals(",") ? before - 1 : before;
            if (noun >= 0 && quoteAt[noun] < 0 && tokens.get(noun).pos() != null && tokens.get(noun).pos().startsWith("NN")
                    && words.workNouns().contains(tokens.get(noun).lemma().toLowerCase(Locale.ROOT)) && titleLike) {
                return true;
            }
            // (a participle on a noun: not "which Trump has called "the greatest witch hunt"", a relative clause)
            if (words.namingWords().contains(w) && "VBN".equals(tokens.get(before).pos())
                    && (!g.parsed(before) || "acl".equals(g.rel(before)) || "amod".equals(g.rel(before)))) {
                return true;
            }
            int after = firstTokenAfter(quote.close());
            if (after >= tokens.size() || tokens.get(after).sentence() != tokens.get(inside).sentence()
                    || tokens.get(after).pos() == null || !tokens.get(after).pos().startsWith("NN")
                    || !Character.isLowerCase(tokens.get(after).word().charAt(0))) {
                return false;
            }
            return inner.length >= 2 && capitalised == inner.length;
        }

        /**
         * A short quotation that is what was said, not a scare quote: it ends in a comma, question or exclamation
         * mark inside the quotation marks and a verb of saying follows it at once or after the speaker's name
         * (""I love you," he said", ""We need change," said the businessman").
         */
        private boolean shortSaid(Quote quote) {
            int k = quote.close() - 1;
            while (k > quote.open() && Character.isWhitespace(text.charAt(k))) {
                k--;
            }
            char last = text.charAt(k);
            if (last != ',' && last != '?' && last != '!' || quote.words(text) == 0) {
                return false;
            }
            int after = firstTokenAfter(quote.close());
            while (after < tokens.size() && isPunctuation(tokens.get(after)) && tokens.get(after).begin() <= quote.close() + 1) {
                after++; // the closing mark itself, as a token
            }
            // (the verbs of the sentence the words after the quotation stand in: a closing '' can end the one before;
            // the subject before the verb may be a description: '"We need change," the New York businessman said')
            for (int v = after; v < tokens.size() && v - after <= 6; v++) {
                if (isVerb(v) && words.speechVerbs().contains(tokens.get(v).lemma().toLowerCase(Locale.ROOT))
                        && tokens.get(v).sentence() == tokens.get(after).sentence()) {
                    return true;
                }
                if (isPunctuation(tokens.get(v)) || isVerb(v)) {
                    return false;
                }
            }
            return false;
        }

        private boolean isQuoteAsSaying(int v) {
            return v >= 2 && tokens.get(v - 1).word().equalsIgnoreCase("as")
                    && tokens.get(v).word().equalsIgnoreCase("saying")
                    && tokens.subList(Math.max(0, v - 6), v).stream().anyMatch(t -> t.lemma().equalsIgnoreCase("quote"));
        }

        /**
         * A verb of {@code quoteVerbs} or {@code clauseSpeechVerbs} whose content is the quotation right beside it:
         * after it, with only its subject between and nothing after the verb in its clause ('"...", Graham
         * continued.'), or before it, the verb's phrase ending in a comma or colon at the opening mark with no other
         * verb between ('Graham spoke on Fox News, "..."'), or, for a verb of saying with other senses, the opening
         * mark right after it ('he quipped "..."'); null when there is none.
         */
        private Integer quoteVerbBeside(Quote quote, int from, int to) {
            for (int v = from; v <= to; v++) {
                Token t = tokens.get(v);
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                // (and a verb of saying used in other senses too: '"...," she quipped', 'he retorted "..."')
                boolean clauseVerb = words.clauseSpeechVerbs().contains(lemma);
                if (quoteAt[v] >= 0 || !isVerb(v) || !g.parsed(v) || !words.quoteVerbs().contains(lemma) && !clauseVerb) {
                    continue;
                }
                if (t.begin() > quote.close()) {
                    int k = firstTokenAfter(quote.close());
                    int nouns = 0;
                    boolean adjacent = true;
                    for (; k < v; k++) {
                        if (isVerb(k) || !isPunctuation(tokens.get(k)) && (!isNounPhraseToken(k) || ++nouns > 4)) {
                            adjacent = false;
                            break;
                        }
                    }
                    Speaker subject = adjacent && endsItsClause(v) ? grammarSubject(v) : null;
                    if (subject != null && subject.ref() != null && subject.start() >= 0
                            && tokens.get(subject.start()).begin() > quote.close()) {
                        return v; // (one named, after the quotation: not '"a last chance", began on Monday')
                    }
                } else if (t.end() <= quote.open()) {
                    int open = firstTokenAfter(quote.open()) - 1;
                    while (open > v && tokens.get(open).begin() >= quote.open()) {
                        open--;
                    }
                    boolean right = clauseVerb && open == v; // 'he quipped "it is always sunny"'
                    if (!right && (open <= v || !Set.of(",", ":").contains(tokens.get(open).word()))) {
                        continue;
                    }
                    boolean verbBetween = false;
                    for (int k = v + 1; k < open; k++) {
                        verbBetween |= isVerb(k) || quoteAt[k] >= 0;
                    }
                    // (an object or clause of its own: "The festival began on Friday"; the quotation's words,
                    // parsed as the clause of a verb of saying, are none)
                    boolean ownContent = g.dependents(v, "obj", "ccomp", "xcomp").stream()
                            .anyMatch(d -> !clauseVerb || quoteAt[d] < 0);
                    Speaker subject = verbBetween || ownContent ? null : grammarSubject(v);
                    if (subject != null && subject.ref() != null) {
                        return v; // (one named: not 'The festival began on Friday, "the biggest ..."')
                    }
                }
            }
            return null;
        }

        /**
         * '"We are rolling out the first delivery airplane," enthused Scott Fancher, 787 project manager': a quotation
         * that ends with a comma and is followed at once by a finite verb and then by the name of a person or body, its
         * subject (the inverted order of a frame of saying), has that verb for its cue whatever the verb; so has one
         * that ends with a comma, question or exclamation mark and is followed at once by such a name and a finite
         * verb; null otherwise.
         */
        private Integer invertedAfterQuote(Quote quote, int to) {
            int v = firstTokenAfter(quote.close());
            char last = text.charAt(Math.max(0, quote.close() - 1));
            if ((last == '?' || last == '!') && v < tokens.size() && v > to
                    && !text.substring(quote.close(), tokens.get(v).begin()).contains("\n")) {
                to = sentenceEnd(v); // (the splitter ended the sentence at the question mark)
            }
            if (v > to || v >= tokens.size() || v == 0) {
                return null;
            }
            int before = v - 1;
            while (before > 0 && tokens.get(before).begin() >= quote.close()) {
                before--; // (the closing mark itself)
            }
            boolean comma = tokens.get(before).word().equals(",") || last == ',';
            if (tokens.get(v).word().equals(",")) {
                comma = true;
                v++;
            }
            // ('"How can it go away?" Alan Mulally remembered asking': the name first, then its verb, whatever it is;
            // only for a quotation that opens its sentence, not 'When the band played "Hail to the Chief," Biden walked')
            int opening = firstTokenAfter(quote.open());
            boolean opensSentence = opening < tokens.size() && (opening == sentenceStart(opening)
                    || opening - 1 == sentenceStart(opening) && isPunctuation(tokens.get(opening - 1)));
            if (opensSentence && (comma || last == '?' || last == '!') && v < tokens.size() && mentionAt[v] >= 0
                    && doc.mentions().get(mentionAt[v]).firstToken() == v) {
                NodeRef named = links.mentionRefs()[mentionAt[v]];
                int after = doc.mentions().get(mentionAt[v]).lastToken() + 1;
                String afterPos = after <= to ? tokens.get(after).pos() : null;
                return named != null && SPEAKER_TYPES.contains(named.label()) && g.parsed(after)
                        && ("VBD".equals(afterPos) || "VBZ".equals(afterPos)) ? after : null;
            }
            String pos = v + 1 <= to && g.parsed(v) ? tokens.get(v).pos() : null;
            String word = v + 1 <= to ? tokens.get(v).word() : "";
            // (a past form the tagger took for an adjective: '," enthused/JJ Scott Fancher')
            // (or a verb of saying the tagger took for a plural noun: '," claims/NNS writer John Ostrower')
            boolean finite = "VBD".equals(pos) || "VBZ".equals(pos)
                    || ("JJ".equals(pos) || "VBN".equals(pos)) && word.endsWith("ed")
                    || "NNS".equals(pos) && words.speechVerbs().contains(tokens.get(v).lemma().toLowerCase(Locale.ROOT));
            if (!comma || !finite || quoteAt[v] >= 0 || !Character.isLowerCase(word.charAt(0))) {
                return null;
            }
            // the name at once, or after a few lower-case words of what the person is ("writer John Ostrower")
            int n = v + 1;
            while (n <= to && n - v <= 3 && mentionAt[n] < 0 && Character.isLowerCase(tokens.get(n).word().charAt(0))
                    && tokens.get(n).pos() != null && (tokens.get(n).pos().startsWith("NN") || tokens.get(n).pos().equals("JJ"))) {
                n++;
            }
            if (n > to || mentionAt[n] < 0 || doc.mentions().get(mentionAt[n]).firstToken() != n) {
                return null;
            }
            NodeRef named = links.mentionRefs()[mentionAt[n]];
            return named != null && SPEAKER_TYPES.contains(named.label()) ? v : null;
        }

        private Integer nearestVerb(List<Integer> verbs, Quote q) {
            Integer best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (int v : verbs) {
                Token t = tokens.get(v);
                int d = t.begin() > q.close() ? t.begin() - q.close() : q.open() - t.end();
                if (d < 0 || bracketedAway(v, q)) {
                    continue;
                }
                if (d < bestDistance) {
                    bestDistance = d;
                    best = v;
                }
            }
            return best;
        }

        /**
         * Whether token v lies in round brackets, in its sentence, after the quotation ('"an America that still makes
         * things," ... the maxim (a mis-quotation of what Wilson once testified ...)': not Wilson's).
         */
        private boolean bracketedAway(int v, Quote q) {
            int sentence = tokens.get(v).sentence();
            int open = -1;
            for (int k = v - 1; k >= 0 && tokens.get(k).sentence() == sentence; k--) {
                String w = tokens.get(k).word();
                if (w.equals(")") || "-RRB-".equals(tokens.get(k).pos())) {
                    return false;
                }
                if (w.equals("(") || "-LRB-".equals(tokens.get(k).pos())) {
                    open = k;
                    break;
                }
            }
            if (open < 0) {
                return false;
            }
            for (int k = v + 1; k < tokens.size() && tokens.get(k).sentence() == sentence; k++) {
                String w = tokens.get(k).word();
                if (w.equals(")") || "-RRB-".equals(tokens.get(k).pos())) {
                    return q.close() < tokens.get(open).begin(); // (one after it may be what the brackets name)
                }
                if (w.equals("(") || "-LRB-".equals(tokens.get(k).pos())) {
                    return false;
                }
            }
            return false;
        }

        /** Past "that", ":", "on Monday", "in a statement" after a speech verb: where its content starts. */
        private int skipAfterVerb(int c, int to) {
            while (c <= to) {
                String w = tokens.get(c).word().toLowerCase(Locale.ROOT);
                if (SKIP_AFTER_VERB.contains(w) || isTime(c)) {
                    c++;
                } else if (w.equals("in") && c + 2 <= to && isDeterminer(c + 1)
                        && words.statementNouns().contains(tokens.get(c + 2).word().toLowerCase(Locale.ROOT))) {
                    c += 3;
                } else {
                    break;
                }
            }
            return c;
        }

        /** The verb's content is the quotation ("Asif said: “...”", "said that “...”"). */
        private boolean contentStartsWithQuote(int v, Quote q) {
            int c = skipAfterVerb(v + 1, tokens.size() - 1);
            return c < tokens.size() && tokens.get(c).begin() >= q.open() - 1 && tokens.get(c).begin() <= q.open() + 1;
        }

        private boolean quoteCovers(int q, int from, int to) {
            Quote quote = quotes.get(q);
            int inside = 0;
            int all = 0;
            for (int i = from; i <= to; i++) {
                all++;
                if (tokens.get(i).begin() >= quote.open() && tokens.get(i).end() <= quote.close() + 1) {
                    inside++;
                }
            }
            return inside * 10 >= all * 8;
        }

        private boolean isNounPhraseToken(int i) {
            String pos = tokens.get(i).pos() == null ? "" : tokens.get(i).pos();
            return mentionAt[i] >= 0 || pos.startsWith("NN") || pos.equals("DT") || pos.equals("JJ")
                    || pos.equals("PRP") || pos.equals("POS");
        }

        private boolean isDeterminer(int i) {
            return "DT".equals(tokens.get(i).pos());
        }

        private boolean isTime(int i) {
            String ner = tokens.get(i).ner();
            return ner != null && (ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION"));
        }

        private int wordCount(int from, int to) {
            int n = 0;
            for (int i = from; i <= to && i < tokens.size(); i++) {
                if (i >= 0 && tokens.get(i).word().chars().anyMatch(Character::isLetterOrDigit)) {
                    n++;
                }
            }
            return n;
        }

        private int[][] sentenceRanges() {
            int[][] ranges = new int[doc.sentences().size()][];
            for (int s = 0; s < ranges.length; s++) {
                ranges[s] = new int[] {Integer.MAX_VALUE, -1};
            }
            for (Token t : tokens) {
                int[] r = ranges[t.sentence()];
                r[0] = Math.min(r[0], t.index());
                r[1] = Math.max(r[1], t.index());
            }
            return ranges;
        }

        private int sentenceOfChar(int c, int[][] ranges, int from) {
            for (int s = from; s < ranges.length; s++) {
                if (ranges[s][1] >= 0 && tokens.get(ranges[s][1]).end() >= c) {
                    return s;
                }
            }
            return from;
        }
    }

    private static boolean isPunctuation(Token t) {
        return !t.word().chars().anyMatch(Character::isLetterOrDigit) && !t.word().equals(")");
    }

    /**
     * Quotation spans by character: curly double quotes, straight double quotes, two apostrophes used as double
     * quotes ({@code ''...''}, as some wires and archives print them) and curly single quotes that open a quotation
     * (not apostrophes). A quotation does not run past the end of its paragraph. For two apostrophes the span's
     * {@code open} is the second of the opening pair and {@code close} the first of the closing pair, so the content
     * lies between them as for one quote character.
     */
    /** Stands for the closing pair of two apostrophes, a closer no single character is. */
    private static final char DOUBLED = '\uFFFF';

    /**
     * A straight quote that closes a curly one, or the other way round, as web text mixes them ("“no evidence"",
     * ""more hours”"): after a word or punctuation, before a space, punctuation or the end.
     */
    private static boolean mixedCloser(String text, int i, char closer) {
        char c = text.charAt(i);
        if (c == '\u201C' && closer == '\u201D') {
            // an opening mark typed for the closing one: after a word, before a space or the end ("born.“")
            return i > 0 && !Character.isWhitespace(text.charAt(i - 1))
                    && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
        }
        if (!(c == '"' && closer == '\u201D' || c == '\u201D' && closer == '"')) {
            return false;
        }
        boolean afterWord = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        boolean beforeEnd = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
        if (!afterWord || !beforeEnd) {
            return false;
        }
        // not when the proper closer follows in the paragraph: "“He said "no" twice”" quotes within a quotation
        // (one scan to the paragraph's end, not two searches of the rest of the text)
        for (int k = i + 1; k < text.length(); k++) {
            char x = text.charAt(k);
            if (x == closer) {
                return false;
            }
            if (x == '\n' && k + 1 < text.length() && text.charAt(k + 1) == '\n') {
                return true;
            }
        }
        return true;
    }

    static List<Quote> findQuotes(String text) {
        List<Quote> out = new ArrayList<>();
        int open = -1;
        char closer = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                open = -1;
                continue;
            }
            boolean doubled = c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'';
            if (open < 0) {
                boolean misusedOpener = c == '\u201D' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))
                        && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
                if (c == '\u201C' || misusedOpener) {
                    // (a closing mark that opens a line or follows a space and precedes a word opens: "”Fear. ...”")
                    open = i;
                    closer = '\u201D';
                } else if (c == '"') {
                    open = i;
                    closer = '"';
                } else if (doubled && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                    open = i + 1;
                    closer = DOUBLED;
                    i++;
                } else if (c == '\u2018' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                    open = i;
                    closer = '\u2019';
                }
            } else if (i > 0 && text.charAt(i - 1) == '\n' && (c == '\u201C' || c == '"' && closer == '"'
                    && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                // a quotation that runs on into the next paragraph reopens there without closing before it
                // ("... revel in it.\n“There's another side ...”"): the first part ends with its paragraph
                out.add(new Quote(open, i - 1));
                open = i;
                closer = c == '"' ? '"' : '\u201D';
            } else if (closer == DOUBLED) {
                if (doubled) {
                    out.add(new Quote(open, i));
                    open = -1;
                    i++;
                }
            } else if (c == closer || mixedCloser(text, i, closer)) {
                if (closer == '\u2019' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                    continue;
                }
                out.add(new Quote(open, i));
                open = -1;
            }
        }
        return out;
    }
}
