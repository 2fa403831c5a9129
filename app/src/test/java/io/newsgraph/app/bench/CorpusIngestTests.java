package io.newsgraph.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CorpusIngestTests {

    @Test
    void theChildJvmsResultLineRoundTrips() {
        var r = new CorpusIngest.Result(294, 0, 259_066, 304_400, 6_800, 2_100_000_000L, 2_900_000_000L);
        assertEquals(r, CorpusIngest.Result.parse(r.line()));
        assertNull(CorpusIngest.Result.parse("100/294 articles"));
    }
}
