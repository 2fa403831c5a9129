package io.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * Something that happened or is planned, as one article reports it.
 *
 * @param id            see {@link Ids#event}; a resolver may map it onto an event already in the graph
 * @param type          attack, hijacking, military operation, debate, resolution, protest, meeting, election
 * @param name          a display name: the event's own name where the text gives one, else type, date and place
 * @param date          ISO date, "yyyy-MM" or "yyyy", only as precise as the text is certain; or null
 * @param datePrecision day, month or year; null without a date
 * @param dateText      the words that dated it ("on Saturday"), or null
 * @param places        where it happened
 * @param participants  who took part, each with a role (perpetrator, target, mover, organiser, speaker...)
 * @param span          the sentence that first reports it in the article
 * @param mentions      how many sentences of the article report it
 */
public record Event(String id, String type, String name, String date, String datePrecision, String dateText,
                    List<NodeRef> places, List<Participant> participants, Span span, int mentions) {

    /** An actor in an event and the part it played. */
    public record Participant(NodeRef actor, String role) {
    }

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        places = List.copyOf(places);
        participants = List.copyOf(participants);
    }
}
