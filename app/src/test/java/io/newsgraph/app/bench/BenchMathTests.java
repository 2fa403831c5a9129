package io.newsgraph.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchMathTests {

    @Test
    void percentileIsTheNearestRankSample() {
        List<Integer> oneToHundred = new ArrayList<>();
        for (int i = 100; i >= 1; i--) {
            oneToHundred.add(i);
        }
        assertEquals(95, BenchMath.percentile(oneToHundred, 95));
        assertEquals(50, BenchMath.percentile(oneToHundred, 50));
        assertEquals(100, BenchMath.percentile(oneToHundred, 100));
        assertEquals(1, BenchMath.percentile(oneToHundred, 0.5));
        // 50 runs: the p95 is the 48th fastest (ceil(0.95 * 50) = 48)
        List<Integer> fifty = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            fifty.add(i * 10);
        }
        assertEquals(480, BenchMath.percentile(fifty, 95));
        assertEquals(7.0, BenchMath.percentile(List.of(7.0), 95));
        assertEquals(30, BenchMath.percentile(List.of(10, 20, 30), 95));
    }

    @Test
    void percentileRefusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> BenchMath.percentile(List.of(), 50));
        assertThrows(IllegalArgumentException.class, () -> BenchMath.percentile(List.of(1), 0));
        assertThrows(IllegalArgumentException.class, () -> BenchMath.percentile(List.of(1), 101));
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(3, BenchMath.median(List.of(5, 1, 3)));
        assertEquals(2.5, BenchMath.median(List.of(4, 1, 3, 2)));
        assertEquals(12.0, BenchMath.median(List.of(12.0)));
        assertThrows(IllegalArgumentException.class, () -> BenchMath.median(List.of()));
    }

    @Test
    void tokensPerSecondFromNanoseconds() {
        assertEquals(2_000, BenchMath.perSecond(4_000, 2_000_000_000L), 1e-9);
        assertEquals(450, BenchMath.perSecond(45, 100_000_000L), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> BenchMath.perSecond(1, 0));
    }

    @Test
    void ratiosAndShares() {
        assertEquals(1.8, BenchMath.ratio(90, 50), 1e-12);
        assertEquals(1.5, BenchMath.percent(3, 200), 1e-12);
        assertEquals(12.5, BenchMath.millis(12_500_000L), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> BenchMath.ratio(1, 0));
    }
}
