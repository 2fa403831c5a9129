package io.newsgraph.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoalTests {

    @Test
    void atLeastCountsTheBoundAsMet() {
        Goal threeTimes = Goal.atLeast(3, ">= 3x");
        assertTrue(threeTimes.metBy(3.0));
        assertTrue(threeTimes.metBy(4.2));
        assertFalse(threeTimes.metBy(2.99));
        assertEquals("NOT met", threeTimes.verdict(2.5));
        assertEquals("met", threeTimes.verdict(3.5));
    }

    @Test
    void atMostForTimesAndShares() {
        Goal median = Goal.atMost(20, "< 20 ms");
        assertTrue(median.metBy(19.9));
        assertTrue(median.metBy(20));
        assertFalse(median.metBy(20.1));
    }

    @Test
    void aFigureNotMeasuredNeverMeetsItsGoal() {
        assertFalse(Goal.atLeast(0, "").metBy(Double.NaN));
        assertFalse(Goal.atMost(100, "").metBy(Double.NaN));
    }

    @Test
    void figuresFormatForTheTable() {
        assertEquals("3.27x", Figure.format(3.2749, "x"));
        assertEquals("12,345 tokens/s", Figure.format(12_345.4, "tokens/s"));
        assertEquals("1.25%", Figure.format(1.25, "%"));
        assertEquals("7.25 ms", Figure.format(7.254, "ms"));
        assertEquals("35.5 ms", Figure.format(35.46, "ms"));
        assertEquals("0", Figure.format(0, ""));
        assertEquals("n/a", Figure.format(Double.NaN, "MB"));
    }

    @Test
    void theTableMarksMissedGoalsAndTheNotesSayWhy() {
        List<Figure> figures = List.of(
                Figure.of("1 NLP", "(c) / (b)", 3.5, "x").withGoal(Goal.atLeast(3, ">= 3x")),
                Figure.of("2 threads", "speed-up", 1.2, "x").withGoal(Goal.atLeast(1.7, ">= 1.7x"))
                        .withNote("the machine was busy"),
                Figure.of("6 memory", "peak heap", 1234, "MB"));
        String table = ResultsTable.table(figures);
        assertTrue(table.contains("| 1 NLP | (c) / (b) | 3.50x | >= 3x | met |"), table);
        assertTrue(table.contains("| 2 threads | speed-up | 1.20x | >= 1.7x | **NOT met** |"), table);
        assertTrue(table.contains("| 6 memory | peak heap | 1,234 MB |  |  |"), table);
        String notes = ResultsTable.notes(figures);
        assertTrue(notes.startsWith("Goals met: 1 of 2."), notes);
        assertTrue(notes.contains("**2 threads, speed-up** (goal not met): the machine was busy"), notes);
    }
}
