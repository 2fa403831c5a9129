package io.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.GraphFragment;
import io.newsgraph.model.Ids;
import io.newsgraph.model.Mention;
import io.newsgraph.model.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The extractor on mentions written by hand for each rule, so no tagger is involved. */
class EntityExtractorTests {

    final EntityExtractor extractor = new EntityExtractor(Gazetteer.defaults(), Cues.defaults());

    /** Tags the first occurrence after the previous one of each (surface, type) pair, in order. */
    static AnnotatedArticle tagged(String text, String... surfaceAndType) {
        List<AnnotatedArticle.NerMention> mentions = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < surfaceAndType.length; i += 2) {
            int at = text.indexOf(surfaceAndType[i], from);
            if (at < 0) {
                throw new IllegalArgumentException("not in text: " + surfaceAndType[i]);
            }
            mentions.add(new AnnotatedArticle.NerMention(surfaceAndType[i], surfaceAndType[i + 1], null, at,
                    at + surfaceAndType[i].length(), 0, -1, -1));
            from = at + 1;
        }
        Article a = new Article(Ids.article(text), null, null, null, List.of(), null, "test:", text);
        return new AnnotatedArticle(a, List.of(new AnnotatedArticle.Sentence(0, 0, text.length(), text)), List.of(),
                mentions);
    }

    static Map<String, Entity> byId(GraphFragment f) {
        return f.entities().stream().collect(Collectors.toMap(Entity::id, e -> e));
    }

    static int count(GraphFragment f, String id) {
        return f.mentions().stream().filter(m -> m.entityId().equals(id)).mapToInt(Mention::count).sum();
    }

    @Test
    void oneWordNameOfAPersonJoinsTheFullerNameOfTheArticle() {
        GraphFragment f = extractor.extract(tagged(
                "Defence Minister Khawaja Asif spoke. Later Asif said more. Achakzai replied.",
                "Khawaja Asif", "PERSON", "Asif", "PERSON", "Achakzai", "PERSON"));
        Entity asif = byId(f).get("person:khawaja-asif");
        assertEquals(Set.of("Khawaja Asif", "Asif"), asif.aliases());
        assertEquals(2, count(f, "person:khawaja-asif"));
        assertTrue(byId(f).containsKey("person:achakzai"), "no fuller name to join: stays as it is");
        assertFalse(byId(f).containsKey("person:asif"));
    }

    @Test
    void aOneWordNameSharedByTwoFullerNamesJoinsNeither() {
        GraphFragment f = extractor.extract(tagged("Gohar Ali Khan and Gohar Ayub Khan met. Gohar left.",
                "Gohar Ali Khan", "PERSON", "Gohar Ayub Khan", "PERSON", "Gohar", "PERSON"));
        assertEquals(Set.of("person:gohar-ali-khan", "person:gohar-ayub-khan", "person:gohar"), byId(f).keySet());
    }

    @Test
    void honorificsAreStrippedFromNamesAndKeptAsTitles() {
        GraphFragment f = extractor.extract(tagged("Barrister Gohar Ali Khan spoke.",
                "Barrister Gohar Ali Khan", "PERSON"));
        Entity gohar = byId(f).get("person:gohar-ali-khan");
        assertEquals("Gohar Ali Khan", gohar.name());
        assertEquals(Set.of("Barrister"), gohar.titles());
    }

    @Test
    void anAcronymIntroducedInBracketsStandsForTheFullName() {
        GraphFragment f = extractor.extract(tagged(
                "The Zomian Freedom Brigade (ZFB) attacked. Later the ZFB withdrew.",
                "Zomian Freedom Brigade", "ORGANIZATION", "ZFB", "ORGANIZATION", "ZFB", "ORGANIZATION"));
        Entity zfb = byId(f).get("group:zomian-freedom-brigade");
        assertEquals(EntityType.GROUP, zfb.type(), "typed by the cue word 'Brigade'");
        assertEquals("ZFB", zfb.acronym());
        assertEquals(3, count(f, zfb.id()));
        assertEquals(1, f.entities().size());
    }

    @Test
    void gazetteerGivesCanonicalNameTypeAndAcronym() {
        GraphFragment f = extractor.extract(tagged("The BLA and the Balochistan Liberation Army are one.",
                "BLA", "ORGANIZATION", "Balochistan Liberation Army", "ORGANIZATION"));
        Entity bla = byId(f).get("group:baloch-liberation-army");
        assertEquals("Baloch Liberation Army", bla.name());
        assertEquals("BLA", bla.acronym());
        assertEquals(2, count(f, bla.id()));
    }

    @Test
    void aDistrictGetsItsLabelAndLiesInItsProvinceAndCountry() {
        GraphFragment f = extractor.extract(tagged("Attacks in Noshki were reported.", "Noshki", "LOCATION"));
        Entity nushki = byId(f).get("place:nushki");
        assertEquals(Set.of("District"), nushki.extraLabels());
        assertTrue(nushki.aliases().contains("Noshki"));
        assertTrue(f.relations().contains(new Relation("LOCATED_IN", "Place", "place:nushki", "Place",
                "place:balochistan", Map.of())), f.relations().toString());
        assertTrue(f.relations().contains(new Relation("LOCATED_IN", "Place", "place:balochistan", "Place",
                "place:pakistan", Map.of())), f.relations().toString());
        assertEquals(1, f.mentions().size(), "the province and country are not mentioned, only linked");
    }

    @Test
    void anAmbiguousAcronymTakesTheMeaningTheArticleSpellsOut() {
        GraphFragment party = extractor.extract(tagged(
                "Pakistan Tehreek-e-Insaf (PTI) lawmakers spoke. The PTI walked out.",
                "Pakistan Tehreek-e-Insaf", "ORGANIZATION", "PTI", "ORGANIZATION", "PTI", "ORGANIZATION"));
        assertEquals(Set.of("party:pakistan-tehreek-e-insaf"), byId(party).keySet());
        GraphFragment agency = extractor.extract(tagged("PTI news agency quoted the minister as saying so.",
                "PTI", "ORGANIZATION"));
        assertEquals(Set.of("organisation:press-trust-of-india"), byId(agency).keySet());
    }

    @Test
    void unknownOrganisationsAreTypedByCueWords() {
        GraphFragment f = extractor.extract(tagged(
                "The Freedom Party and the Ministry of Ports met the banned Kestrel outfit.",
                "Freedom Party", "ORGANIZATION", "Ministry of Ports", "ORGANIZATION", "Kestrel", "ORGANIZATION"));
        Map<String, Entity> e = byId(f);
        assertEquals(EntityType.PARTY, e.get("party:freedom-party").type());
        assertEquals(EntityType.ORGANISATION, e.get("organisation:ministry-of-ports").type());
        assertEquals(EntityType.GROUP, e.get("group:kestrel").type(), "typed by 'banned' and 'outfit' around it");
    }

    @Test
    void pronounsAndGenericWordsAreNeverEntities() {
        GraphFragment f = extractor.extract(tagged("He said officials were told.", "He", "PERSON",
                "officials", "ORGANIZATION"));
        assertTrue(f.entities().isEmpty(), f.entities().toString());
    }

    @Test
    void aGenericNameTakesACountrysEntryOnlyWhereTheArticleIsAboutThatCountry() {
        GraphFragment us = extractor.extract(tagged("In New York, the Supreme Court heard the case on Monday.",
                "New York", "LOCATION", "Supreme Court", "ORGANIZATION"));
        assertTrue(byId(us).containsKey("organisation:supreme-court"), byId(us).keySet().toString());
        assertFalse(byId(us).containsKey("organisation:supreme-court-of-pakistan"), byId(us).keySet().toString());
        GraphFragment named = extractor.extract(tagged("The Supreme Court heard the Pakistani government's case.",
                "Supreme Court", "ORGANIZATION"));
        assertTrue(byId(named).containsKey("organisation:supreme-court-of-pakistan"), "a demonym names the country");
        GraphFragment place = extractor.extract(tagged("Lawyers in Quetta said the Supreme Court would rule.",
                "Quetta", "LOCATION", "Supreme Court", "ORGANIZATION"));
        assertTrue(byId(place).containsKey("organisation:supreme-court-of-pakistan"), "a place in the country");
        GraphFragment senate = extractor.extract(tagged("Australia's Senate passed the bill in Canberra.",
                "Australia", "LOCATION", "Senate", "ORGANIZATION"));
        assertTrue(byId(senate).containsKey("organisation:senate"), byId(senate).keySet().toString());
        assertFalse(byId(senate).get("organisation:senate").aliases().contains("Senate of Pakistan"));
    }

    @Test
    void aDistinctiveNameOfACountrysEntryAppliesAnywhereAndLendsItsAcronymContext() {
        GraphFragment f = extractor.extract(tagged("The Baloch Liberation Army (BLA) said the BLA did it.",
                "Baloch Liberation Army", "ORGANIZATION", "BLA", "ORGANIZATION", "BLA", "ORGANIZATION"));
        assertEquals(Set.of("group:baloch-liberation-army"), byId(f).keySet());
        GraphFragment bare = extractor.extract(tagged("The BLA statement was read out.", "BLA", "ORGANIZATION"));
        assertFalse(byId(bare).containsKey("group:baloch-liberation-army"), byId(bare).keySet().toString());
    }

    @Test
    void anAcronymOfTwoEntriesTakesTheOneWhoseCountryTheArticleNames() {
        GraphFragment sudan = extractor.extract(tagged("In Sudan, RSF fighters shelled the city of El Fasher.",
                "Sudan", "LOCATION", "RSF", "ORGANIZATION"));
        assertTrue(byId(sudan).containsKey("group:rapid-support-forces"), byId(sudan).keySet().toString());
        GraphFragment press = extractor.extract(tagged("RSF, which defends journalists, condemned the arrest.",
                "RSF", "ORGANIZATION"));
        assertTrue(byId(press).containsKey("organisation:reporters-without-borders"), byId(press).keySet().toString());
    }

    @Test
    void aPersonOfAnOrganisationTaggedAsOneOrganisationIsThePersonTheArticleNamesElsewhere() {
        GraphFragment f = extractor.extract(tagged("Dr. Tristan Smith of University College London explained it. "
                + "Smith said more.", "Tristan Smith of University College London", "ORGANIZATION", "Smith", "PERSON"));
        assertTrue(byId(f).containsKey("person:tristan-smith"), byId(f).keySet().toString());
        GraphFragment org = extractor.extract(tagged("The Bank of England said so.", "Bank of England",
                "ORGANIZATION"));
        assertTrue(byId(org).containsKey("organisation:bank-of-england"), byId(org).keySet().toString());
    }
}
