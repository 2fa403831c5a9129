package io.newsgraph.ingest;

import io.newsgraph.model.Article;
import java.util.List;

/**
 * An article with what CoreNLP found in it, as plain values, so the stages after the annotator never see CoreNLP.
 *
 * @param sentences the sentences, with character offsets into {@code article.text()}
 * @param mentions  named-entity and time mentions, in text order
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<NerMention> mentions, int tokens) {

    public record Sentence(int index, int begin, int end, String text) {
    }

    /**
     * One mention found by NER.
     *
     * @param type       CoreNLP's type: PERSON, ORGANIZATION, LOCATION, MISC, DATE, ...
     * @param normalized the normalised value: an ISO date for times, the gazetteer key for listed names
     */
    public record NerMention(String text, String type, String normalized, int begin, int end, int sentence) {
    }

    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
    }

    /** The text around a mention, for cue words: {@code width} characters each side, within the article. */
    public String context(NerMention m, int width) {
        String t = article.text();
        return t.substring(Math.max(0, m.begin() - width), Math.min(t.length(), m.end() + width));
    }
}
