package io.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.GraphFragment;
import io.newsgraph.model.Ids;
import io.newsgraph.model.Relation;
import io.newsgraph.model.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each resolution rule on short sentences written for the test, through the real CoreNLP pipeline. */
class ResolutionIT {

    static GraphFragment extract(String text) {
        return TestGraph.extract(LocalDate.of(2026, 2, 3), text);
    }

    static Optional<Entity> named(GraphFragment f, String name) {
        return f.entities().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    static Entity person(GraphFragment f, String name) {
        Entity e = named(f, name).orElseThrow(() -> new AssertionError(name + " not in " + f.entities()));
        assertEquals(EntityType.PERSON, e.type());
        return e;
    }

    static List<String> memberships(GraphFragment f, String personName) {
        String id = Ids.entity(EntityType.PERSON, personName);
        return f.relations().stream().filter(r -> r.type().equals("MEMBER_OF") && r.fromId().equals(id))
                .map(r -> r.toId() + (r.properties().containsKey("role") ? " as " + r.properties().get("role") : ""))
                .toList();
    }

    @Test
    void titleBeforeTheNameIsKeptAndStrippedFromIt() {
        GraphFragment f = extract("Defence Minister Khawaja Asif urged restraint on Monday.");
        Entity asif = person(f, "Khawaja Asif");
        assertTrue(asif.titles().contains("Defence Minister"), asif.titles().toString());
        assertTrue(named(f, "Defence Minister Khawaja Asif").isEmpty());
    }

    @Test
    void aGenericBodyAfterACountrysAdjectiveAndAnOutletsEditionAreNamedInFull() {
        GraphFragment f = extract("In a press release, the Turkish Ministry of Foreign Affairs denounced the summit. "
                + "Residents fear to return home, according to CNN Philippines.");
        assertTrue(named(f, "Turkish Ministry of Foreign Affairs").isPresent(), f.entities().toString());
        assertTrue(named(f, "Ministry of Foreign Affairs").isEmpty(), "no bare name shared by every country's ministry");
        assertTrue(named(f, "CNN Philippines").isPresent(), f.entities().toString());
        assertTrue(named(f, "Philippines").isEmpty(), "the country names the edition, it is no place of the story");
        GraphFragment g = extract("Dmitry Peskov told Reuters Russia had no plans to attack.");
        assertTrue(named(g, "Reuters Russia").isEmpty(), "an outlet told something, then a clause: " + g.entities());
    }

    @Test
    void partyChairmanWithHonorificIsAMemberWithARole() {
        GraphFragment f = extract("The views were echoed by Pakistan Tehreek-e-Insaf (PTI) Chairman Barrister Gohar "
                + "Ali Khan. Later, Barrister Gohar urged the government to act.");
        Entity gohar = person(f, "Gohar Ali Khan");
        assertTrue(gohar.titles().containsAll(List.of("Chairman", "Barrister")), gohar.titles().toString());
        assertTrue(gohar.aliases().contains("Gohar"), "'Barrister Gohar' is the same person: " + gohar.aliases());
        assertEquals(List.of("party:pakistan-tehreek-e-insaf as Chairman"), memberships(f, "Gohar Ali Khan"));
        assertEquals(1, f.entities().stream().filter(e -> e.type() == EntityType.PERSON).count());
    }

    @Test
    void ofThePartyAfterTheNameIsAMembership() {
        GraphFragment f = extract("Former prime minister Raja Pervez Ashraf of the Pakistan Peoples Party (PPP) "
                + "spoke first.");
        assertEquals(List.of("party:pakistan-peoples-party"), memberships(f, "Raja Pervez Ashraf"));
        assertTrue(person(f, "Raja Pervez Ashraf").titles().stream().anyMatch(t -> t.equalsIgnoreCase(
                "former prime minister")));
    }

    @Test
    void acronymChiefBeforeTheName() {
        GraphFragment f = extract("Jamiat Ulema-e-Islam (F) leaders met. JUI-F chief Maulana Fazlur Rehman "
                + "addressed the rally.");
        Entity fazl = person(f, "Fazlur Rehman");
        assertTrue(fazl.titles().contains("Maulana"), fazl.titles().toString());
        assertTrue(fazl.titles().contains("chief"), fazl.titles().toString());
    }

    @Test
    void appositionAfterTheNameIsATitle() {
        GraphFragment f = extract("Mahmood Khan Achakzai spoke. Achakzai, the opposition leader, acknowledged the "
                + "threat.");
        Entity achakzai = person(f, "Mahmood Khan Achakzai");
        assertTrue(achakzai.titles().contains("opposition leader"), achakzai.titles().toString());
        assertTrue(achakzai.aliases().contains("Achakzai"));
    }

    @Test
    void roleInAnOrganisationBeforeACommaAndTheName() {
        GraphFragment f = extract("The statement of opposition leader in the National Assembly, Gohar Ayub Khan of "
                + "the PTI, was grave for Pakistan.");
        Entity gohar = person(f, "Gohar Ayub Khan");
        assertTrue(gohar.titles().contains("opposition leader"), gohar.titles().toString());
        List<String> m = memberships(f, "Gohar Ayub Khan");
        assertTrue(m.contains("organisation:national-assembly-of-pakistan as opposition leader"), m.toString());
        assertTrue(m.contains("party:pakistan-tehreek-e-insaf"), m.toString());
    }

    @Test
    void theNewsAgencyPtiIsNotTheParty() {
        GraphFragment f = extract("\"Our troops are deployed there,\" PTI news agency quoted Asif as saying.");
        assertNotNull(named(f, "Press Trust of India").orElse(null), f.entities().toString());
        assertTrue(named(f, "Pakistan Tehreek-e-Insaf").isEmpty());
    }

    @Test
    void anAcronymLearnedFromTheTextStandsForTheFullName() {
        GraphFragment f = extract("The Zomi Revolutionary Front (ZRF) claimed the attack. Officials said the ZRF "
                + "had been warned.");
        Map<String, Entity> byId = f.entities().stream().collect(Collectors.toMap(Entity::id, e -> e));
        Entity zrf = byId.values().stream().filter(e -> "ZRF".equals(e.acronym())).findFirst()
                .orElseThrow(() -> new AssertionError(byId.keySet().toString()));
        assertEquals("Zomi Revolutionary Front", zrf.name());
        assertFalse(byId.values().stream().anyMatch(e -> e.name().equals("ZRF")));
    }

    @Test
    void districtsFromTheGazetteerLieInTheirProvince() {
        GraphFragment f = extract("Security forces repelled attacks in Noshki and Mastung on Saturday.");
        Entity nushki = named(f, "Nushki").orElseThrow();
        assertTrue(nushki.extraLabels().contains("District"));
        assertTrue(f.relations().contains(new Relation("LOCATED_IN", "Place", "place:nushki", "Place",
                "place:balochistan", Map.of())));
    }

    @Test
    void pronounsTitlesAndPeoplesAreNeverNamedEntities() {
        GraphFragment f = extract("He said the minister and officials met the Baloch. The Opposition walked out.");
        assertTrue(f.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), f.entities().toString());
        assertTrue(f.entities().stream().noneMatch(e -> e.name().equals("Opposition")), f.entities().toString());
    }

    @Test
    void pronounsCountAsMentionsOfTheLastNamedPerson() {
        GraphFragment f = extract("Defence Minister Khawaja Asif addressed the house. He said the troops were "
                + "stretched. His remarks drew applause. Later, Asif left.");
        String id = Ids.entity(EntityType.PERSON, "Khawaja Asif");
        assertEquals(4, f.mentions().stream().filter(m -> m.entityId().equals(id)).mapToInt(
                io.newsgraph.model.Mention::count).sum(), "two names and two pronouns");
    }

    @Test
    void placesTakenForPeopleAndANicknameInsideAName() {
        GraphFragment f = extract("Scientists collected data from patients in the towns of Beni, Butembo, Mangina, and "
                + "Katwa in the Democratic Republic of the Congo. The virus reached the Bernardo O'Higgins Riquelme "
                + "Base on Monday. Donald Trump, Mike Pence and Nikki Haley met in Washington. The party nominated "
                + "podcast host Jeremy "
                + "\"Spike\" Cohen and, in 2016, James (Jim) Hedges. He met Ali in 1996 at the championship in "
                + "Louisville, and Nicklaus said it is one of his favourite pictures.");
        for (String place : List.of("Beni", "Mangina", "Bernardo O'Higgins Riquelme Base")) {
            assertEquals(EntityType.PLACE, named(f, place).map(Entity::type).orElse(null), place);
        }
        assertEquals(EntityType.PERSON, named(f, "Mike Pence").map(Entity::type).orElse(null), "a list with a person");
        assertEquals(EntityType.PERSON, named(f, "Nicklaus").map(Entity::type).orElse(null), "a subject, not a list");
        person(f, "Jeremy Cohen");
        person(f, "James Hedges");
        assertTrue(named(f, "Jeremy").isEmpty() && named(f, "James").isEmpty(), "no first name alone");
    }

    @Test
    void aSurnameAlreadyNamedSharesNothingAndTitlesOrInstitutionsAreNoPersons() {
        GraphFragment f = extract("Taking part were Green Party nominee Howie Hawkins and Party for Socialism and "
                + "Liberation nominee Gloria La Riva. While La Riva and Hawkins attacked war, Trump was admitted to "
                + "Walter Reed Hospital. The statement was signed by Dinualdo Gutierrez, Bishop-Emeritus of Marbel.");
        person(f, "Howie Hawkins");
        assertTrue(f.entities().stream().noneMatch(e -> e.name().equals("Hawkins Riva")),
                "Hawkins is Howie Hawkins, not a Riva: " + f.entities());
        assertTrue(named(f, "Walter Reed Hospital").map(e -> e.type() != EntityType.PERSON).orElse(true),
                f.entities().toString());
        assertTrue(f.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON
                && e.name().contains("Bishop")), "a title is no person: " + f.entities());
    }

    @Test
    void aOneWordPersonNeedsEvidenceAndAFirstNameSharesTheSurnameItIsJoinedTo() {
        GraphFragment f = extract("A couple from Florida, Richard and Lisa Parry, made the drive. Software development "
                + "took place on Fedora, which was later adopted in RHEL. Morgan said the plan was fine. He loved his "
                + "wife, Nadine, and his son Wyatt.");
        person(f, "Richard Parry");
        person(f, "Lisa Parry");
        person(f, "Morgan");
        person(f, "Nadine");
        person(f, "Wyatt");
        assertTrue(named(f, "Fedora").map(e -> e.type() != EntityType.PERSON).orElse(true), f.entities().toString());
    }

    @Test
    void aNameTheArticleAlsoGivesASiteIsNoPerson() {
        // the tagger takes "Hagia Sophia" for a person; "the Hagia Sophia Museum" says it is a site
        GraphFragment f = extract("Erdogan said on Wednesday that the Hagia Sophia Museum would become a mosque. "
                + "Erdogan pledged converting Hagia Sophia, formerly a church, to a mosque.");
        assertTrue(f.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON && e.name().contains("Sophia")),
                f.entities().toString());
        assertTrue(f.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON && e.name().equals("Erdogan")),
                "a person with a verb of saying stays one: " + f.entities());
    }

    @Test
    void shortFormsOfLongerNamesBrandsAndSites() {
        GraphFragment f = extract("Moammar al-Eryani, the information minister, spoke on Friday. Al-Eryani said the bomb "
                + "was placed in a market. GitHub said the repository was restored. The fire at Bontddu Hall near "
                + "Dolgellau in Wales killed one man. The National Transportation Safety Board opened an inquiry. The "
                + "Transportation Safety Board said the pilot was experienced.");
        assertTrue(f.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON && e.name().equals("Al-Eryani")),
                "the surname is the minister's: " + f.entities());
        assertTrue(f.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON && e.name().equals("GitHub")),
                "a brand: " + f.entities());
        assertTrue(f.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON && e.name().contains("Bontddu")),
                "a site with nothing that says a person: " + f.entities());
        assertTrue(f.entities().stream().noneMatch(e -> e.name().equals("Transportation Safety Board")),
                "the short form of the department named before: " + f.entities());
    }

    @Test
    void aShortFormOfANameAndOfAPartOfItIsTheName() {
        GraphFragment f = extract("The Islamic Revolutionary Guard Corps said on Friday that its Islamic Revolutionary "
                + "Guard Corps-Quds Force had been hit. The Revolutionary Guard Corps said the strike killed two men.");
        assertTrue(f.entities().stream().noneMatch(e -> e.name().equals("Revolutionary Guard Corps")),
                "the short form of the corps, not of its force: " + f.entities());
    }

    @Test
    void aMonarchsOrPopesTitleIsAWordOfTheNameAndADefiniteBodyIsTheOneNamedBefore() {
        GraphFragment f = extract("Pope Gregory visited Lisbon on Monday. Gregory blessed the crowd. The Ontario "
                + "Department of Forestry and Wildlife did not name the ranger. The Department issued a statement: "
                + "\"The ranger was found with injuries and taken to a hospital in stable condition.\"");
        assertTrue(named(f, "Pope Gregory").isPresent(), "the title is a word of a pope's name: " + f.entities());
        assertTrue(named(f, "Gregory").isEmpty(), "the name alone joins it: " + f.entities());
        Statement s = f.statements().stream().filter(x -> x.text().contains("found with injuries")).findFirst()
                .orElseThrow(() -> new AssertionError(f.statements().toString()));
        assertEquals("organisation:ontario-department-of-forestry-and-wildlife",
                s.speaker() == null ? null : s.speaker().id(), "'The Department' is the one named before");
    }

    @Test
    void thingsNamedAfterPeopleTitlesOfWorksAndAnOutletBeforeAName() {
        GraphFragment f = extract("Astronomers said the Carl Sagan space telescope will launch in 2031. The band "
                + "played songs such as \"Aunt Mary's Garden\" and \"Blue River\". The analyst Ali Haddad told NPR "
                + "Maria Lopez had resigned.");
        assertTrue(f.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON && e.name().contains("Sagan")),
                "a telescope: " + f.entities());
        assertTrue(f.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON && e.name().contains("Mary")),
                "a song's title: " + f.entities());
        assertTrue(named(f, "Maria Lopez").isPresent(), "the outlet is no word of her name: " + f.entities());
    }

    @Test
    void aPlaceBeforeAOneWordOutletIsItsNameAndAKindOfPlaceInLowerCaseIsNoWordOfOne() {
        GraphFragment f = extract("The minister's mother died last week, Jakarta Post reported. Protesters gathered in "
                + "the Kowloon Bay district, and the governor spoke for the good of Puerto Rico.");
        assertTrue(named(f, "Jakarta Post").isPresent(), f.entities().toString());
        assertTrue(named(f, "Post").isEmpty(), f.entities().toString());
        assertTrue(named(f, "Kowloon Bay").isPresent(), "not 'Kowloon Bay district': " + f.entities());
        assertTrue(f.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON && e.name().contains("Puerto")),
                "a territory the gazetteer knows: " + f.entities());
    }

    @Test
    void aBodyTaggedWithANameIsThePersonOnlyAfterTheirOffice() {
        GraphFragment f = extract("The report was written by the White House Coronavirus Task Force. Hong Kong "
                + "director of Amnesty International Man-kei Tam said the authorities had chosen to suppress protests.");
        assertTrue(f.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON && e.name().contains("Task")),
                "no office before it: " + f.entities());
        assertTrue(f.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON && e.name().equals("Man-kei Tam")),
                "after 'director of': " + f.entities());
    }

    @Test
    void namesTheTaggerCutOrMissedAreWholeAndOneLabelForOneName() {
        GraphFragment f = extract("Chile's Fisheries and Aquaculture Service reported the catch on Monday. The United "
                + "States Geological Survey said the quake was of magnitude 7.0. According to the University of "
                + "Washington's Institute for Ocean Studies, the sea is warming. The Nordic Chess Federation released a "
                + "statement. Later, Nordic Chess Federation officials met in Oslo and the Nordic Chess Federation "
                + "said it would appeal.");
        assertTrue(named(f, "Fisheries and Aquaculture Service").isPresent(), f.entities().toString());
        assertTrue(named(f, "United States Geological Survey").isPresent(), "the country opens the body's name: "
                + f.entities());
        assertTrue(named(f, "Institute for Ocean Studies").isPresent(), "no \"s \" left of the possessive: "
                + f.entities());
        assertTrue(f.entities().stream().noneMatch(e -> e.name().startsWith("s ")), f.entities().toString());
        long federations = f.entities().stream().filter(e -> e.name().contains("Chess Federation")).count();
        assertEquals(1, federations, f.entities().toString());
    }

    @Test
    void aNameIsNoShortFormOfAPairTheTaggerReadAsOneName() {
        GraphFragment f = extract("Apple Corps sued Apple Computer in London. A statement from Apple Computer said that "
                + "\"Apple and Apple Corps now have differing interpretations of this agreement.\" Apple Corps claims "
                + "the computer company broke the agreement.");
        assertTrue(f.entities().stream().anyMatch(e -> e.name().equals("Apple Corps")),
                "Apple Corps keeps a node of its own: " + f.entities());
        assertTrue(f.statements().stream().filter(s -> s.text().contains("broke the agreement"))
                .allMatch(s -> s.speaker() != null && s.speaker().id().equals("organisation:apple-corps")),
                f.statements().toString());
    }
}
