package io.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How quotation marks pair, as news sites type them. */
class QuotesTests {

    static List<String> quoted(String text) {
        return StatementExtractor.findQuotes(text).stream()
                .map(q -> text.substring(q.open() + 1, q.close())).toList();
    }

    @Test
    void aClosingMarkThatOpensALineOpensAQuotation() {
        String text = "\u201DFear. I am truly afraid.\u201D \u2015 Ana Ruiz\n\u201CHe is clueless.\u201D \u2015 Luis Paz";
        assertEquals(List.of("Fear. I am truly afraid.", "He is clueless."), quoted(text));
    }

    @Test
    void aClosingMarkAfterAWordStillCloses() {
        assertEquals(List.of("It was the least bad outcome,"),
                quoted("\u201CIt was the least bad outcome,\u201D he said. The word\u201D stays."));
    }

    @Test
    void aStraightMarkClosesACurlyOneAndTheOtherWayRound() {
        assertEquals(List.of("He ought to pull that back.", "more hours", "no evidence"),
                quoted("\u201CHe ought to pull that back.\" Then\n\n\"more hours\u201D and\n\n\u201Cno evidence\"."));
        assertEquals(List.of("He said \"no\" twice"), quoted("\u201CHe said \"no\" twice\u201D, she said."),
                "not when the curly closer follows: a quotation within a quotation");
    }

    @Test
    void aQuotationThatRunsIntoTheNextParagraphAndAnOpeningMarkTypedToClose() {
        assertEquals(List.of("Trump events are outlets for hatred.", "There is another side,"),
                quoted("\u201CTrump events are outlets for hatred.\n\u201CThere is another side,\u201D Sexton said."));
        assertEquals(List.of("Your facts are wrong,", "Immigrants are less likely to be criminals."),
                quoted("\u201CYour facts are wrong,\u201D Ramos wrote. \u201CImmigrants are less likely to be "
                        + "criminals.\u201C\n\nTake a look."));
    }
}
