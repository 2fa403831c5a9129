package io.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Claim;
import io.newsgraph.model.GraphFragment;
import io.newsgraph.model.NodeRef;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scope and source of casualty figures (issue 16, "disputes that are disputes"), on texts written for the test in
 * the ways news gives rival tolls: each figure is a claim with its claimant, keeps the place or part it counts and
 * whether it is a running total over a period, and counts the victims of the event it is about.
 */
class DisputesIT {

    static Claim figure(GraphFragment f, int count) {
        List<Claim> found = f.claims().stream()
                .filter(c -> c.casualty() != null && c.casualty().count() == count).toList();
        assertEquals(1, found.size(), count + " in " + f.claims());
        return found.get(0);
    }

    @Test
    void rivalTollsInOneArticleAreEachAClaimWithItsClaimantAndAPlaceIsAPart() {
        GraphFragment f = TestGraph.extract(LocalDate.of(2024, 7, 2), "Protests against the finance bill continued "
                + "in Nairobi, Mombasa and Kisumu on Tuesday. Human rights groups said 39 people have been killed "
                + "since the protests began. The Kenya National Commission on Human Rights said on Monday that 17 "
                + "people were killed in Nairobi. Amnesty International said it had documented 24 deaths among the "
                + "protesters, while police said 19 people had died.");
        String protest = f.events().stream().filter(e -> e.type().equals("protest")).findFirst().orElseThrow().id();
        Claim rights = figure(f, 39);
        assertEquals("Human rights groups", rights.claimantText());
        assertNull(rights.casualty().scope());
        assertFalse(rights.casualty().cumulative(), "since the protests began is the event's own span");
        Claim amnesty = figure(f, 24);
        assertEquals(new NodeRef("Organisation", "organisation:amnesty-international"), amnesty.claimedBy());
        assertEquals("civilians", amnesty.casualty().category(), "deaths among the protesters");
        assertEquals("killed", amnesty.casualty().outcome());
        Claim police = figure(f, 19);
        assertEquals("police", police.claimantText(), "the inner statement's speaker, not Amnesty");
        assertEquals("in Nairobi", figure(f, 17).casualty().scope(), "one of the protest's three places");
        for (int n : new int[] {39, 24, 19, 17}) {
            assertEquals(protest, figure(f, n).event(), n + " counts the protest's dead");
        }
    }

    @Test
    void aPeriodBelongsToTheFigureOfItsOwnClause() {
        GraphFragment f = TestGraph.extract(LocalDate.of(2026, 2, 2), "Militants attacked security posts across the "
                + "province on Saturday. Asif said 177 terrorists had been killed in the last two days, while 16 "
                + "security personnel and 33 civilians were killed.");
        assertEquals("in the last two days", figure(f, 177).casualty().period());
        assertTrue(figure(f, 177).casualty().cumulative());
        assertNull(figure(f, 16).casualty().period(), "the soldiers' clause gives no period");
        assertNull(figure(f, 33).casualty().period());
    }

    @Test
    void additionsPartsAndTownsOfAnEventKeepTheirScope() {
        GraphFragment f = TestGraph.extract(LocalDate.of(2024, 3, 4), "Gunmen attacked police stations in several "
                + "towns of the province on Saturday, officials said. The army said 20 soldiers were killed in the "
                + "attacks. Seven soldiers were killed in Nushki alone, a local official said. On Sunday the army "
                + "said 12 more militants were killed in follow-up operations, bringing the number of militants "
                + "killed over the past two days to 60. At least 30 people were wounded, including 11 children.");
        assertNull(figure(f, 20).casualty().scope(), "the whole toll of the attacks");
        assertEquals("in Nushki", figure(f, 7).casualty().scope());
        assertEquals(Claim.Casualty.INCREMENT, figure(f, 12).casualty().scope());
        Claim total = figure(f, 60);
        assertEquals("militants", total.casualty().category(), "the number of militants killed ... to 60");
        assertEquals("over the past two days", total.casualty().period());
        assertEquals(Claim.Casualty.PART, figure(f, 11).casualty().scope());
        assertNull(figure(f, 30).casualty().scope());
    }

    @Test
    void anotherFiveIsAnAddition() {
        GraphFragment f = TestGraph.extract(LocalDate.of(2024, 3, 4), "Gunmen attacked a police station on "
                + "Saturday, killing 20 soldiers. Another five soldiers were killed in an ambush on Sunday.");
        assertNull(figure(f, 20).casualty().scope());
        assertEquals(Claim.Casualty.INCREMENT, figure(f, 5).casualty().scope());
    }
}
