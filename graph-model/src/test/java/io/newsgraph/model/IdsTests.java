package io.newsgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdsTests {

    @Test
    void entityIdsAreLabelPrefixedSlugsOfTheCanonicalName() {
        assertEquals("person:khawaja-asif", Ids.entity(EntityType.PERSON, "Khawaja Asif"));
        assertEquals("party:pakistan-tehreek-e-insaf", Ids.entity(EntityType.PARTY, "Pakistan Tehreek-e-Insaf"));
        assertEquals("party:pakistan-peoples-party", Ids.entity(EntityType.PARTY, "Pakistan People\u2019s Party"));
        assertEquals("place:cote-divoire", Ids.entity(EntityType.PLACE, "C\u00f4te d'Ivoire"));
    }

    @Test
    void sameNameUnderTwoLabelsGivesTwoIds() {
        assertNotEquals(Ids.entity(EntityType.PARTY, "PTI"), Ids.entity(EntityType.ORGANISATION, "PTI"));
    }

    @Test
    void aNameWithoutLettersOrDigitsHasNoId() {
        assertThrows(IllegalArgumentException.class, () -> Ids.entity(EntityType.PERSON, " -- "));
    }

    @Test
    void articleIdIgnoresLineEndingsAndRunsOfWhiteSpace() {
        String unix = "First paragraph.\n\nSecond  paragraph.\n";
        String windows = "First paragraph.\r\n\r\n\r\nSecond paragraph.   \r\n";
        assertEquals(Ids.article(unix), Ids.article(windows));
        assertTrue(Ids.article(unix).startsWith("article:"));
        assertNotEquals(Ids.article(unix), Ids.article("First paragraph.\n\nSecond paragraph, changed."));
    }
}
