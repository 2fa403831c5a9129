package io.newsgraph.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.GraphFragment;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticNewsTests {

    static final SyntheticNews NEWS = new SyntheticNews(SyntheticNews.WIKINEWS, 3000);

    @Test
    void anArticleIsTheSameOnEveryCall() {
        assertEquals(NEWS.fragment(7), NEWS.fragment(7));
    }

    @Test
    void fragmentsHaveTheRealCorpussSizesOnAverage() {
        int n = 2000;
        double entities = 0;
        double statements = 0;
        double claims = 0;
        Set<String> ids = new HashSet<>();
        long mentions = 0;
        for (int i = 0; i < n; i++) {
            GraphFragment f = NEWS.fragment(i);
            entities += f.entities().size();
            statements += f.statements().size();
            claims += f.claims().size();
            for (var e : f.entities()) {
                ids.add(e.id());
            }
            mentions += f.mentions().size();
            f.mentions().forEach(m -> assertTrue(f.entities().stream().anyMatch(e -> e.id().equals(m.entityId()))));
        }
        assertEquals(SyntheticNews.WIKINEWS.entities(), entities / n, 1.5);
        assertEquals(SyntheticNews.WIKINEWS.statements(), statements / n, 0.5);
        assertEquals(SyntheticNews.WIKINEWS.claims(), claims / n, 0.2);
        assertTrue(ids.size() < mentions * 0.8, "known entities recur: " + ids.size() + " of " + mentions);
    }

    @Test
    void poissonHasItsMean() {
        Random r = new Random(1);
        double sum = 0;
        for (int i = 0; i < 20_000; i++) {
            sum += SyntheticNews.poisson(r, 8.62);
        }
        assertEquals(8.62, sum / 20_000, 0.1);
    }
}
