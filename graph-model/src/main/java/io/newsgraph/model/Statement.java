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
 */
public record Statement(String id, String text, boolean quote, String verb, String kind, String date, Span span,
                        NodeRef speaker, String speakerText, NodeRef intermediary, List<NodeRef> about) {
    public static final String SPEECH = "speech";

    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        kind = kind == null ? SPEECH : kind;
        about = List.copyOf(about);
    }
}
