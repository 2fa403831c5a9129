package io.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * One checkable proposition a source asserts.
 *
 * @param id        {@link Ids#claim(String, String, Span)}
 * @param kind      {@code casualty}, {@code responsibility} or {@code allegation}
 * @param text      the sentence it comes from
 * @param casualty  the figure, for casualty claims; null otherwise
 * @param span      where the sentence stands in the article
 * @param claimedBy who asserts it, or null when the text names no entity
 * @param claimantText the words naming who asserts it when they are no entity ("state media", "officials")
 * @param subjects  what it is about: the group of a responsibility claim, the accused of an allegation
 * @param object    for responsibility claims, the words naming what was claimed ("the attacks"), until events exist
 * @param statement the id of the statement it was made in, or null
 * @param event     the id of the event it counts or claims, or null
 */
public record Claim(String id, String kind, String text, Casualty casualty, Span span, NodeRef claimedBy,
                    String claimantText, List<NodeRef> subjects, String object, String statement, String event) {

    /** The kinds of claim: a casualty figure, a claim of responsibility, an allegation. */
    public static final String CASUALTY = "casualty";
    public static final String RESPONSIBILITY = "responsibility";
    public static final String ALLEGATION = "allegation";

    /** The same claim about this event. */
    public Claim withEvent(String eventId) {
        return new Claim(id, kind, text, casualty, span, claimedBy, claimantText, subjects, object, statement,
                eventId);
    }

    /**
     * A casualty figure.
     *
     * @param count     the number
     * @param qualifier "at least", "over", "more than"..., or null
     * @param category  militants, security personnel, civilians, passengers
     * @param outcome   killed, injured, rescued, held hostage (the lexicon's casualtyOutcomes; a user's may add more)
     * @param period    the period the count covers where the sentence gives one ("over the past three days")
     * @param counted   the words that named who was counted ("security personnel", "Baloch people")
     * @param scope     which part of the event's toll the figure counts: null for the whole of it; the place it is
     *                  confined to ("in Nairobi", one of several places the event happened in, or within its place);
     *                  {@link #PART} for a part with no place ("including 12 children"); {@link #INCREMENT} for an
     *                  addition to a toll told before ("22 more militants", "another five")
     * @param place     the place the figure's own words name ("killed in Nushki"), or null; with the event's places
     *                  it decides the scope
     */
    public record Casualty(int count, String qualifier, String category, String outcome, String period,
                           String counted, String scope, NodeRef place) {
        public static final String PART = "part";
        public static final String INCREMENT = "increment";

        public Casualty(int count, String qualifier, String category, String outcome, String period,
                        String counted) {
            this(count, qualifier, category, outcome, period, counted, null, null);
        }

        /** Whether the figure is a running total over a period longer than its event ("over the past three days"). */
        public boolean cumulative() {
            return period != null;
        }

        public Casualty withScope(String newScope) {
            return new Casualty(count, qualifier, category, outcome, period, counted, newScope, place);
        }
    }

    /** The same claim with its casualty figure replaced. */
    public Claim withCasualty(Casualty newCasualty) {
        return new Claim(id, kind, text, newCasualty, span, claimedBy, claimantText, subjects, object, statement,
                event);
    }

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        subjects = List.copyOf(subjects);
    }
}
