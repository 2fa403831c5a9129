package io.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * One thing a speaker said, quoted ({@code quote}) or reported.
 *
 * @param id           {@link Ids#statement(String, Span)}
 * @param text         the quotation, or the reported content
 * @param quote        true for a direct quotation
 * @param verb         the lemma of the cue: say, warn, allege, think, praise, show...
 * @param kind         what the cue makes of it: speech (said, told, according to), belief (thinks, fears, wants),
 *                     stance (praised, condemned) or evidence (a poll shows, a report found)
 * @param date         the publication date of the article, as the date it was reported (ISO), or null
 * @param span         where the statement stands in the article (the whole sentence(s) it comes from)
 * @param speaker      who said it, or null when the text names no entity
 * @param speakerText  the words naming the speaker when they are no entity ("Security sources", "officials")
 * @param intermediary who relayed it ("PTI news agency quoted Asif"), or null
 * @param about        the entities it names
 * @param coSpeakers   who else said it, coordinated with the speaker ("Professors Foner and Alba suggest"): each is
 *                     a second {@code MADE}; empty for one speaker
 */
public record Statement(String id, String text, boolean quote, String verb, String kind, String date, Span span,
                        NodeRef speaker, String speakerText, NodeRef intermediary, List<NodeRef> about,
                        List<NodeRef> coSpeakers) {
    public static final String SPEECH = "speech";

    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        kind = kind == null ? SPEECH : kind;
        about = List.copyOf(about);
        coSpeakers = coSpeakers == null ? List.of() : List.copyOf(coSpeakers);
    }

    /** A statement of one speaker (or none). */
    public Statement(String id, String text, boolean quote, String verb, String kind, String date, Span span,
                     NodeRef speaker, String speakerText, NodeRef intermediary, List<NodeRef> about) {
        this(id, text, quote, verb, kind, date, span, speaker, speakerText, intermediary, about, List.of());
    }

    /** The speaker and the co-speakers, in that order; empty when no entity said it. */
    public List<NodeRef> speakers() {
        if (speaker == null) {
            return coSpeakers;
        }
        List<NodeRef> all = new java.util.ArrayList<>(coSpeakers.size() + 1);
        all.add(speaker);
        all.addAll(coSpeakers);
        return List.copyOf(all);
    }
}
