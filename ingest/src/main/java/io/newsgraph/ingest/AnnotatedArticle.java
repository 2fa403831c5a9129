package io.newsgraph.ingest;

import io.newsgraph.model.Article;
import java.util.List;

/**
 * An article with what CoreNLP found in it, as plain values, so the stages after the annotator never see CoreNLP.
 *
 * @param sentences the sentences, with character offsets into {@code article.text()}
 * @param tokens    every token of the article, in order
 * @param mentions  named-entity and time mentions, in text order
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<Token> tokens,
                               List<NerMention> mentions, List<Dependency> dependencies) {

    /**
     * One token: its word, lemma, part of speech and NER tag, with character offsets and sentence, and its place in
     * the sentence's basic dependency tree: {@code head} is the index of its governor in {@link #tokens()} (-1 for the
     * root or when there is no parse) and {@code rel} the Universal Dependencies relation to it ("nsubj", "ccomp"...).
     */
    public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end,
                        int sentence, int head, String rel) {

        public Token(int index, String word, String lemma, String pos, String ner, int begin, int end, int sentence) {
            this(index, word, lemma, pos, ner, begin, end, sentence, -1, null);
        }
    }

    /**
     * One edge of the enhanced++ dependency graph (subjects shared by coordinated and controlled verbs, relative
     * pronouns replaced by what they stand for, prepositions in the relation name: "obl:according_to"), between
     * indexes into {@link #tokens()}.
     */
    public record Dependency(int governor, int dependent, String rel) {
    }

    public record Sentence(int index, int begin, int end, String text) {
    }

    /**
     * One mention found by NER.
     *
     * @param type       CoreNLP's type: PERSON, ORGANIZATION, LOCATION, MISC, DATE, ...
     * @param normalized the normalised value: an ISO date for times, the gazetteer key for listed names
     * @param firstToken index of its first token in {@link #tokens()}, -1 when not known
     * @param lastToken  index of its last token, inclusive
     */
    public record NerMention(String text, String type, String normalized, int begin, int end, int sentence,
                             int firstToken, int lastToken) {
    }

    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        dependencies = List.copyOf(dependencies);
    }

    /** An article annotated without a dependency parse. */
    public AnnotatedArticle(Article article, List<Sentence> sentences, List<Token> tokens, List<NerMention> mentions) {
        this(article, sentences, tokens, mentions, List.of());
    }

    /** The text around a mention, for cue words: {@code width} characters each side, within the article. */
    public String context(NerMention m, int width) {
        String t = article.text();
        return t.substring(Math.max(0, m.begin() - width), Math.min(t.length(), m.end() + width));
    }
}
