package io.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventDatesTests {

    static final LocalDate WEDNESDAY = LocalDate.of(2026, 2, 4);

    @Test
    void aWeekdayAfterPublicationInAReportOfThePastIsTheOneBefore() {
        // SUTime puts "Saturday" in a Wednesday paper on the coming Saturday
        assertEquals("2026-01-31", EventDates.of("2026-02-07", "Saturday", WEDNESDAY, true, null).date());
        assertEquals("2026-02-07", EventDates.of("2026-02-07", "Saturday", WEDNESDAY, false, null).date(),
                "a plan for Saturday stays on Saturday");
        assertEquals("2026-02-08", EventDates.of("2026-02-08", "February 8", WEDNESDAY, true, null).date(),
                "a date written out is not moved");
    }

    @Test
    void aMonthWithoutAYearTakesTheYearOfItsSentence() {
        EventDates.When march = EventDates.of("2026-03", "March", WEDNESDAY, true, 2025);
        assertEquals("2025-03", march.date());
        assertEquals("month", march.precision());
        assertEquals("2024-02", EventDates.of("2024-02", "February 2024", WEDNESDAY, true, 2022).date());
    }

    @Test
    void onlyWhatTheWordsMakeCertain() {
        assertEquals("year", EventDates.of("2025", "2025", WEDNESDAY, true, null).precision());
        assertNull(EventDates.of("2025", "previous years", WEDNESDAY, true, null), "no year is written");
        assertNull(EventDates.of("0040", "0040", WEDNESDAY, true, null), "a time of day, not a year");
        assertNull(EventDates.of("P3D", "the past three days", WEDNESDAY, true, null));
        assertNull(EventDates.of("PAST_REF", "previously", WEDNESDAY, true, null));
        assertNull(EventDates.of("2017/2022", "2017 and 2022", WEDNESDAY, true, null));
        assertEquals("day", EventDates.of("2026-02-01", "a day earlier", WEDNESDAY, true, null).precision());
    }

    @Test
    void aCountFromAnotherDateCountsFromTheDateTheTextGaveBefore() {
        EventDates.When august = new EventDates.When("2019-08", "month", "August");
        EventDates.When debate = EventDates.countedFrom("A month later", august);
        assertEquals("2019-09", debate.date(), "a month after August, not after publication");
        assertEquals("month", debate.precision());
        EventDates.When day = new EventDates.When("2026-01-31", "day", "Saturday");
        assertEquals("2026-02-02", EventDates.countedFrom("two days later", day).date());
        assertEquals("2026-01", EventDates.countedFrom("three weeks earlier", day).date().substring(0, 7));
        assertEquals("2025", EventDates.countedFrom("a year before", day).date(), "a year says no month");
        assertNull(EventDates.countedFrom("a month later", null), "nothing to count from: no date");
        assertNull(EventDates.countedFrom("last month", august), "not a count from another date");
        EventDates.When year = new EventDates.When("2016", "year", "2016");
        assertNull(EventDates.countedFrom("Two days later", year), "days count from a day, not from a year");
        assertEquals("2017", EventDates.countedFrom("a year later", year).date());
        assertTrue(EventDates.countsFromAnother("Two years after"));
        assertFalse(EventDates.countsFromAnother("two years ago"), "ago counts from the day of the report");
    }

    @Test
    void compatibleDates() {
        assertTrue(EventDates.compatible("2026-01-31", "2026-02-01"));
        assertFalse(EventDates.compatible("2026-01-31", "2026-02-02"));
        assertTrue(EventDates.compatible("2025-03", "2025-03-11"));
        assertFalse(EventDates.compatible("2025-03", "2026-03"));
        assertTrue(EventDates.compatible(null, "2026-01-31"));
    }
}
