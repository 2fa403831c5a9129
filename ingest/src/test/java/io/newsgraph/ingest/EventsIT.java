package io.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Article;
import io.newsgraph.model.Event;
import io.newsgraph.model.GraphFragment;
import io.newsgraph.model.Ids;
import io.newsgraph.model.NodeRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Event detection, dating and merging on texts written for the test, through the real CoreNLP pipeline. */
class EventsIT {

    static GraphFragment extract(LocalDate published, String text) {
        return TestGraph.extract(published, text);
    }

    static List<Event> ofType(GraphFragment f, String type) {
        return f.events().stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void onSaturdayInAMondayPaperIsTheSaturdayBefore() {
        GraphFragment f = extract(LocalDate.of(2026, 2, 2), "Security forces repelled the attacks across Quetta and "
                + "Mastung on Saturday.");
        Event attack = ofType(f, "attack").get(0);
        assertEquals("2026-01-31", attack.date());
        assertEquals("day", attack.datePrecision());
        assertEquals("Saturday", attack.dateText());
        assertTrue(attack.places().containsAll(List.of(new NodeRef("Place", "place:quetta"),
                new NodeRef("Place", "place:mastung"))), attack.places().toString());
    }

    @Test
    void aDateOnTheObjectAndPlacesThatOpenAnotherNameOrFollowAnotherHappening() {
        GraphFragment quake = extract(LocalDate.of(2019, 7, 17), "A magnitude 7.1 earthquake hit the city of Ridgecrest "
                + "on Tuesday.");
        assertEquals("2019-07-16", ofType(quake, "earthquake").get(0).date(), "a date on the object still dates it");
        GraphFragment g = extract(LocalDate.of(2020, 1, 8), "A fire broke out in a parking structure at Stavanger "
                + "Airport on Tuesday. Through Tuesday evening the fire was reduced and the order for a robot from Oslo "
                + "Fire and Rescue was canceled.");
        assertTrue(g.events().stream().noneMatch(e -> e.places().contains(new NodeRef("Place", "place:oslo"))),
                "Oslo opens the name of a fire service: " + g.events());
        GraphFragment h = extract(LocalDate.of(2019, 1, 24), "A car bomb was on Monday rammed into a military base in "
                + "Maidan Shahr. Reuters reported Monday's attack the deadliest since an assault in Ghazni in August "
                + "2018.");
        assertTrue(h.events().stream().noneMatch(e -> "2019-01-21".equals(e.date())
                && e.places().contains(new NodeRef("Place", "place:ghazni"))), "Ghazni is the assault's: " + h.events());
        GraphFragment rally = extract(LocalDate.of(2019, 1, 24), "Twelve people were killed on Monday in a bombing at a "
                + "rally in Peshawar.");
        assertTrue(rally.events().stream().anyMatch(e -> e.places().contains(new NodeRef("Place", "place:peshawar"))),
                "the rally is where the bombing happened: " + rally.events());
        GraphFragment y = extract(LocalDate.of(2019, 1, 30), "A bombing was yesterday reported to have killed a "
                + "photojournalist in the Red Sea port town of Mokha, Yemen.");
        assertTrue(y.events().stream().anyMatch(e -> e.places().contains(new NodeRef("Place", "place:mokha"))),
                "the place after 'port town of' is where it happened: " + y.events());
    }

    @Test
    void aMonthTakesTheYearOfItsSentenceAndTwoAttacksStayTwo() {
        GraphFragment f = extract(LocalDate.of(2026, 2, 4), "Militants carried out a series of attacks in Quetta on "
                + "Saturday. In 2025, the banned Baloch Liberation Army (BLA) claimed responsibility for the March "
                + "hijacking of the Jaffar Express train.");
        Event hijacking = ofType(f, "hijacking").get(0);
        assertEquals("2025-03", hijacking.date());
        assertEquals("month", hijacking.datePrecision());
        assertTrue(hijacking.participants().contains(new Event.Participant(
                new NodeRef("Group", "group:baloch-liberation-army"), "perpetrator")), hijacking.toString());
        assertEquals(1, ofType(f, "attack").size());
        assertEquals("2026-01-31", ofType(f, "attack").get(0).date());
        assertTrue(f.claims().stream().filter(c -> c.kind().equals("responsibility"))
                .allMatch(c -> hijacking.id().equals(c.event())), "the responsibility claim is about the hijacking");
    }

    @Test
    void aLexiconsOwnEventTypesAreFoundAndAWordBeforeATriggerCanRuleItOut(@TempDir Path dir) throws IOException {
        // a user's events.yaml (kg ingest --lexicon DIR) in place of the built-in one
        Files.writeString(dir.resolve("events.yaml"), """
                types:
                  fire:
                    triggers: [fire, fires, blaze]
                    notAfter: [opened, under]
                    casualties: true
                  earthquake:
                    triggers: [earthquake, quake]
                """);
        EntityExtractor extractor = Lexicon.load(dir, null).entityExtractor();
        String text = "A fire broke out at a textile warehouse in Lodz on Sunday, killing two workers. Police later "
                + "opened fire on looters near the site. A strong earthquake shook Crete on Monday.";
        GraphFragment f = extractor.extract(Annotator.shared(TestGraph.GAZETTEER).annotate(new Article(
                Ids.article(text), null, LocalDate.of(2026, 3, 10), null, List.of(), null, "test:", text)));
        List<Event> fires = ofType(f, "fire");
        assertEquals(1, fires.size(), "not 'opened fire': " + f.events());
        assertEquals("2026-03-08", fires.get(0).date());
        assertTrue(fires.get(0).places().contains(new NodeRef("Place", "place:lodz")), fires.toString());
        assertEquals("2026-03-09", ofType(f, "earthquake").get(0).date(), f.events().toString());
        assertTrue(f.claims().stream().filter(c -> c.kind().equals("casualty") && c.casualty().count() == 2)
                .allMatch(c -> fires.get(0).id().equals(c.event())), "the two killed count the fire's victims");
        String unplaced = "A fire destroyed a barn on Monday.";
        assertEquals(1, ofType(extractor.extract(Annotator.shared(TestGraph.GAZETTEER).annotate(new Article(
                Ids.article(unplaced), null, LocalDate.of(2026, 3, 10), null, List.of(), null, "test:", unplaced))),
                "fire").size(), "the user's fire type asks for no place");
        assertTrue(ofType(TestGraph.extract(LocalDate.of(2026, 3, 10), unplaced), "fire").isEmpty(),
                "the built-in fire type needs a place of its own (placedAndDated)");
    }

    @Test
    void aNamedPersonsDeathIsAnEventAndDeathsInAnAttackAreItsOutcome() {
        GraphFragment f = extract(LocalDate.of(2019, 10, 18), "Early yesterday morning, United States Representative "
                + "Elijah Cummings died in Baltimore. Millions had died from the disease, he once said. Two journalists "
                + "died in the attack on a hotel in Kabul on Monday.");
        List<Event> deaths = ofType(f, "death");
        assertEquals(1, deaths.size(), "one named person's death; 'millions had died' and deaths in an attack are "
                + "none: " + f.events());
        Event death = deaths.get(0);
        assertEquals("2019-10-17", death.date(), "a time of day that names its day: " + death);
        assertTrue(death.participants().stream().anyMatch(p -> p.role().equals("subject")
                && p.actor().id().contains("cummings")), death.toString());
        assertTrue(death.places().stream().anyMatch(p -> p.id().equals("place:baltimore")), death.toString());
        assertEquals(1, ofType(f, "attack").size(), f.events().toString());

        GraphFragment later = extract(LocalDate.of(2020, 3, 3), "Seyed Mohammad Mir-Mohammadi, a council member of "
                + "the Expediency Discernment Council, died of COVID-19, the government announced yesterday. According "
                + "to the report, he died at a hospital in Tehran.");
        Event his = ofType(later, "death").get(0);
        assertEquals("2020-03-02", his.date(), "the lead's day: " + his);
        assertTrue(his.places().stream().anyMatch(p -> p.id().equals("place:tehran")),
                "'he died' tells more of the death reported before: " + his);

        GraphFragment obituary = extract(LocalDate.of(2019, 5, 21), "Tuesday, May 21, 2019\n\nNickey Iyambo, former "
                + "vice-president of Namibia, died on Sunday, early in the morning. He studied medicine in Finland. He "
                + "was 82 and died of an illness in Windhoek.");
        List<Event> one = ofType(obituary, "death");
        assertEquals(1, one.size(), "a death needs a day, not a place; one person's death is one: " + one);
        assertEquals("2019-05-19", one.get(0).date());
        assertTrue(one.get(0).places().stream().anyMatch(p -> p.id().equals("place:windhoek")),
                "'He was 82 and died ... in Windhoek' places it: " + one);
    }

    @Test
    void aCrashThatCaughtFireIsACrashAndDatesThatBoundAStateDateNothing() {
        GraphFragment f = extract(LocalDate.of(2019, 1, 7), "On Friday, on Route 2 in Randolph, New Hampshire, a pickup "
                + "truck and ten motorcycles collided, the truck catching fire in the process. The crash killed seven. "
                + "An apartment block caught fire on Saturday morning in Badalona. As of yesterday, no cause had yet "
                + "been released for the fire. Gatherings were allowed in May again before the election started.");
        List<Event> accidents = ofType(f, "accident");
        assertEquals(1, accidents.size(), f.events().toString());
        assertEquals("2019-01-04", accidents.get(0).date(), "the fire of the crash is the crash: " + f.events());
        List<Event> fires = ofType(f, "fire");
        assertEquals(1, fires.size(), "'as of yesterday' dates the report, not another fire: " + f.events());
        assertEquals("2019-01-05", fires.get(0).date());
        assertTrue(ofType(f, "election").stream().noneMatch(e -> "2019-05".equals(e.date())),
                "May is the main clause's, not the election's: " + f.events());
    }

    @Test
    void aDisasterNeedsADayAndAPlaceOfItsOwnAndCanStrikeAPlace() {
        GraphFragment f = extract(LocalDate.of(2019, 1, 5), "A road accident followed by a fire on a highway near "
                + "Gainesville on Thursday killed seven people. On Wednesday morning, a strong earthquake hit "
                + "Christchurch. The researchers dedicated the paper to a colleague who died in a car accident in "
                + "Santiago in 2014. No evidence of accidents was found.");
        List<Event> accidents = ofType(f, "accident");
        assertEquals(1, accidents.size(), "the fire of the accident is the accident; an accident dated by a year "
                + "alone is a mention: " + f.events());
        assertEquals("2019-01-03", accidents.get(0).date());
        assertTrue(accidents.get(0).places().stream().anyMatch(p -> p.id().equals("place:gainesville")),
                accidents.toString());
        assertEquals(0, ofType(f, "fire").size(), f.events().toString());
        Event quake = ofType(f, "earthquake").get(0);
        assertEquals("2019-01-02", quake.date());
        assertTrue(quake.places().stream().anyMatch(p -> p.id().equals("place:christchurch")),
                "the place the earthquake hit: " + quake);
    }

    @Test
    void reportsOfOneEventInOneArticleAreOneEvent() {
        GraphFragment f = extract(LocalDate.of(2026, 2, 2), "A series of coordinated attacks took place in "
                + "Balochistan a day earlier. 92 terrorists were killed as security forces repelled the attacks on "
                + "Saturday. The attacks hit Quetta and Nushki.");
        List<Event> attacks = ofType(f, "attack");
        assertEquals(1, attacks.size(), attacks.toString());
        assertEquals("2026-01-31", attacks.get(0).date(), "the earliest day named");
        assertEquals(3, attacks.get(0).mentions());
        assertTrue(f.claims().stream().filter(c -> c.kind().equals("casualty"))
                .allMatch(c -> attacks.get(0).id().equals(c.event())), "the casualty figure counts the attack");
    }

    @Test
    void aMonthLaterCountsFromTheDateBeforeAndANameIsNoEvent() {
        GraphFragment f = extract(LocalDate.of(2019, 11, 4), "After a mass shooting near the border in August, the "
                + "campaign changed its message. A month later, during the third primary debate, he defended his "
                + "proposal. On Wednesday, the Court of Session in Scotland issued an opinion.");
        List<Event> debates = ofType(f, "debate");
        assertEquals(1, debates.size(), "the Court of Session is no session: " + debates);
        assertEquals("2019-09", debates.get(0).date(), "a month after August, not after the day of the report");
    }

    @Test
    void anEventNoSentencePlacesHappenedInTheCountryTheArticleIsAbout() {
        GraphFragment f = extract(LocalDate.of(2019, 2, 11), "Thailand's election commission met in Bangkok on "
                + "Monday. The princess had been nominated by a party in Thailand. The election is scheduled for "
                + "March 24.");
        Event election = ofType(f, "election").get(0);
        assertEquals("2019-03-24", election.date(), "a present passive reports no past: the March 24 to come");
        assertEquals(List.of(new NodeRef("Place", "place:thailand")), election.places());
    }

    @Test
    void moversOrganisersAndLeadDates() {
        GraphFragment f = extract(LocalDate.of(2026, 2, 3), "Lawmakers met in Islamabad on Monday. Later, the Senate "
                + "passed a resolution condemning the attacks. Moved by Law Minister Azam Nazeer Tarar, the "
                + "resolution demanded justice. Opposition Leader Raja Nasir Abbas called for peaceful protests on "
                + "February 8.");
        Event resolution = ofType(f, "resolution").get(0);
        assertEquals("2026-02-02", resolution.date(), "a resolution reported without a date took the lead's day");
        assertTrue(resolution.participants().contains(new Event.Participant(
                new NodeRef("Person", "person:azam-nazeer-tarar"), "mover")), resolution.toString());
        Event protest = ofType(f, "protest").get(0);
        assertEquals("2026-02-08", protest.date());
        assertTrue(protest.participants().contains(new Event.Participant(
                new NodeRef("Person", "person:raja-nasir-abbas"), "organiser")), protest.toString());
    }

    @Test
    void namedOperations() {
        GraphFragment f = extract(LocalDate.of(2024, 6, 23), "The government approved Operation Azm-e-Istehkam to "
                + "counter militancy.");
        Event op = ofType(f, "military operation").get(0);
        assertEquals("Operation Azm-e-Istehkam", op.name());
    }

    @Test
    void organisationsThatRespondToAnAttack() {
        GraphFragment f = extract(LocalDate.of(2026, 2, 2), "The Frontier Corps repelled the attack on a checkpoint "
                + "in Quetta on Saturday.");
        Event attack = ofType(f, "attack").get(0);
        assertTrue(attack.participants().stream().anyMatch(p -> p.role().equals("responder")
                && p.actor().label().equals("Organisation")), attack.toString());
    }

    @Test
    void aCancelledEventATimeOfDayAndAWordOfAName() {
        GraphFragment f = extract(LocalDate.of(2020, 10, 12), "The organisers announced on Friday that the second "
                + "debate, which was slated for October 15 in Miami, has been cancelled. The shooting began at 10:39 "
                + "a.m. local time (1639 UTC) on Saturday in Dayton, according to police. On Friday, the Joint Task "
                + "Force Operation Northern Shield released a statement.");
        assertEquals(0, ofType(f, "debate").size(), "a cancelled debate never happened: " + f.events());
        Event shooting = ofType(f, "attack").get(0);
        assertEquals("2020-10-10", shooting.date(), "not the year 1639");
        assertEquals(0, ofType(f, "military operation").size(), "a word of a body's name: " + f.events());
    }

    @Test
    void thatDayIsTheDayGivenBeforeAndEventsTheTextDenies() {
        GraphFragment f = extract(LocalDate.of(2019, 11, 10), "On Friday, the Joint Task Force released a statement "
                + "saying an attack that day on an air base near Mosul produced no casualties. Protests are not "
                + "reported in Mosul. There were no protests in Basra.");
        Event attack = ofType(f, "attack").get(0);
        assertEquals("2019-11-08", attack.date(), "that day: Friday");
        assertEquals(0, ofType(f, "protest").size(), "protests the text says did not happen: " + f.events());
    }

    @Test
    void aPlaceInAppositionToAPlaceNounIsWhereTheEventWas() {
        GraphFragment f = extract(LocalDate.of(2020, 12, 15), "Several groups gathered on Saturday in the U.S. capital, "
                + "Washington D.C., for a rally organized by a women's group.");
        Event rally = ofType(f, "protest").get(0);
        assertTrue(rally.places().stream().anyMatch(p -> p.id().startsWith("place:washington")), rally.places().toString());
    }

    @Test
    void aDateDatesTheEventItsClauseReportsNotOneNamedInsideAnotherNoun() {
        // the toll rose on Monday; the bombing was on Saturday
        GraphFragment f = extract(LocalDate.of(2026, 2, 3), "A bombing in Quetta killed five people on Saturday. The "
                + "death toll from the bombing rose to 20 on Monday.");
        List<Event> attacks = ofType(f, "attack");
        assertTrue(attacks.stream().noneMatch(a -> "2026-02-02".equals(a.date())), "not dated by the rise: " + attacks);
        assertTrue(attacks.stream().anyMatch(a -> "2026-01-31".equals(a.date())), attacks.toString());
        // a copula is no verb of its own: the parse of "was in custody" is read, not the word order
        GraphFragment custody = extract(LocalDate.of(2020, 11, 22), "A shooting in Kenosha killed two people on "
                + "Tuesday. The suspect in the shooting was in custody on Friday.");
        assertTrue(ofType(custody, "attack").stream().noneMatch(a -> "2020-11-20".equals(a.date())),
                custody.events().toString());
        // a gerund that modifies the noun of a happening ("a stabbing spree") reports it, and takes its clause's date
        GraphFragment paris = extract(LocalDate.of(2019, 10, 5), "On Thursday at the police headquarters in Paris, "
                + "France, an IT worker went on a stabbing spree, killing four.");
        assertEquals("2019-10-03", ofType(paris, "attack").get(0).date(), paris.events().toString());
        // "reports of a shooting" are the shooting's
        GraphFragment party = extract(LocalDate.of(2019, 7, 23), "Early Saturday morning, police in Clairton, "
                + "Pennsylvania, responded to multiple reports of a shooting at a graduation party.");
        assertEquals("2019-07-20", ofType(party, "attack").get(0).date(), party.events().toString());
    }

    @Test
    void whatADatedHappeningCausedCameLaterAndACollisionIsAnAccident() {
        GraphFragment f = extract(LocalDate.of(2019, 10, 23), "In early September, Julie Payette, the Governor General "
                + "of Canada, dissolved the 42nd Canadian Parliament, triggering the elections.");
        assertTrue(ofType(f, "election").stream().noneMatch(e -> e.date() != null && e.date().startsWith("2019-09")),
                "the elections came after the dissolution: " + f.events());
        GraphFragment crash = extract(LocalDate.of(2019, 6, 24), "On Friday, on Route 2 in Randolph, New Hampshire, "
                + "a pickup truck and a group of ten motorcycles collided, the truck catching fire in the process.");
        List<Event> accidents = ofType(crash, "accident");
        assertEquals(1, accidents.size(), crash.events().toString());
        assertEquals("2019-06-21", accidents.get(0).date());
        assertTrue(accidents.get(0).places().contains(new NodeRef("Place", "place:randolph")),
                accidents.get(0).places().toString());
    }

    @Test
    void anExplosionSaysNoCausePlannedAttacksAndRescueOperationsAreNone() {
        GraphFragment f = extract(LocalDate.of(2019, 1, 4), "On Monday a suspected gas leak led to an explosion at an "
                + "apartment block on Karl Marx Avenue in Magnitogorsk, killing 39 people. The rescue operation resumed "
                + "on Wednesday. A source said the tenant moved in the day before the blast and that the flat was a "
                + "depot ahead of a planned shopping centre bombing.");
        List<Event> explosions = ofType(f, "explosion");
        assertEquals(1, explosions.size(), f.events().toString());
        assertEquals("2018-12-31", explosions.get(0).date(), "not the day before the blast");
        assertEquals(0, ofType(f, "attack").size(), "a planned bombing did not happen: " + f.events());
        assertEquals(0, ofType(f, "military operation").size(), "a rescue operation: " + f.events());
        // a range of days dates a happening by its first
        GraphFragment night = extract(LocalDate.of(2019, 1, 4), "On the night of Monday to Tuesday an explosion hit a "
                + "gas-powered minibus in Magnitogorsk, killing three people.");
        assertEquals("2018-12-31", ofType(night, "explosion").get(0).date(), night.events().toString());
        // an explosion reported with an attack is the attack
        GraphFragment attack = extract(LocalDate.of(2026, 2, 3), "A suicide attack on a police station in Quetta "
                + "killed five people on Saturday. The explosion destroyed the gate.");
        assertEquals(1, ofType(attack, "attack").size(), attack.events().toString());
        assertEquals(0, ofType(attack, "explosion").size(), attack.events().toString());
        GraphFragment bomb = extract(LocalDate.of(2026, 2, 3), "A bomb blast in Quetta killed five people on Saturday.");
        assertEquals(1, ofType(bomb, "attack").size(), "a bomb's blast is an attack: " + bomb.events());
    }

    @Test
    void aPlaceThatHoldsAnEventIsWhereItHappens() {
        GraphFragment f = extract(LocalDate.of(2019, 2, 7), "On Monday, Nevada began a state legislative session.");
        Event session = ofType(f, "debate").get(0);
        assertTrue(session.places().contains(new NodeRef("Place", "place:nevada")), session.places().toString());
    }

    @Test
    void aTriggerPhraseIsReadAtItsHeadAndAnOlderAttackStaysApart() {
        // "drone" may be tagged a verb; the phrase "drone strikes" is dated by its clause as "strikes" is
        GraphFragment f = extract(LocalDate.of(2021, 5, 10), "Yesterday, two fuel depots near Basra were hit by drone "
                + "strikes in a night raid. In 2008, Basra was the target of a car bombing.");
        List<Event> attacks = ofType(f, "attack");
        assertTrue(attacks.stream().anyMatch(e -> "2021-05-09".equals(e.date())), attacks.toString());
        assertTrue(attacks.stream().noneMatch(e -> "2008".equals(e.date()) && e.mentions() > 1), attacks.toString());
    }

    @Test
    void aPlaceThatDescribesAPersonOrIsQuotedIsNotTheEventsPlace() {
        GraphFragment f = extract(LocalDate.of(2024, 3, 7), "Warren, a Senator from Massachusetts, won the Democratic "
                + "primary on Tuesday.");
        Event primary = ofType(f, "election").get(0);
        assertTrue(!primary.places().contains(new NodeRef("Place", "place:massachusetts")), primary.toString());
        GraphFragment quoted = extract(LocalDate.of(2024, 3, 7), "The mayor spoke at a hotel outside Denver, saying, "
                + "\"The election is far from over.\"");
        assertTrue(ofType(quoted, "election").stream().noneMatch(e -> e.places().contains(new NodeRef("Place",
                "place:denver"))), quoted.events().toString());
    }

    @Test
    void whoDiedInARelativeClauseAndTheAccidentThatNamesAFire() {
        GraphFragment f = extract(LocalDate.of(2022, 4, 2), "Yesterday the agency announced the death of the poet "
                + "Maria Lindqvist. A newspaper reported Lindqvist, who died in Stockholm, will be buried on Monday.");
        Event death = ofType(f, "death").get(0);
        assertTrue(death.places().contains(new NodeRef("Place", "place:stockholm")), death.toString());
        GraphFragment fire = extract(LocalDate.of(2022, 4, 2), "A fire yesterday destroyed 80 homes in a market in "
                + "Dhaka. Investigators think a short circuit caused the accident.");
        assertEquals(1, ofType(fire, "fire").size(), fire.events().toString());
        assertEquals(0, ofType(fire, "accident").size(), "the accident is the fire: " + fire.events());
    }

    @Test
    void aDateInTheEventsNameAndAMonthWithAMidDateIt() {
        GraphFragment f = extract(LocalDate.of(2019, 7, 1), "He drove into people who were protesting against "
                + "extremists attending the August 2017 Unite the Right rally in Charlottesville.");
        assertTrue(ofType(f, "protest").stream().anyMatch(e -> "2017-08".equals(e.date())), f.events().toString());
        GraphFragment mid = extract(LocalDate.of(2020, 10, 29), "In mid-September, the senator held a rally in Reno.");
        assertTrue(ofType(mid, "protest").stream().anyMatch(e -> "2020-09".equals(e.date())), mid.events().toString());
    }

    @Test
    void aDayOfAReportInThePerfectDatesTheReportAndAWorkshopSessionIsNoDebate() {
        GraphFragment f = extract(LocalDate.of(2026, 4, 14), "On Sunday, in a short statement, interior minister Lars "
                + "Berg said the rebel commander Ivan Petrov has been killed in a military operation in Nordland. The "
                + "artists held a session on costume making in Lyon on Saturday.");
        List<Event> operations = ofType(f, "military operation");
        assertEquals(1, operations.size(), f.events().toString());
        assertNull(operations.get(0).date(), "Sunday is the statement's day: " + f.events());
        assertTrue(ofType(f, "debate").isEmpty(), "a workshop's session is no debate: " + f.events());
        GraphFragment died = extract(LocalDate.of(2026, 4, 14), "Anna Holm died of pneumonia, the ministry "
                + "announced yesterday.");
        assertEquals(List.of("2026-04-13"), ofType(died, "death").stream().map(Event::date).toList(),
                "a death the report tells in the past tense is dated by the report: " + died.events());
    }

    @Test
    void aSessionOfALegislatureIsADebate() {
        GraphFragment f = extract(LocalDate.of(2026, 4, 14), "The Senate held a special session on the budget in "
                + "Rome on Tuesday, and senators argued for hours.");
        assertEquals(1, ofType(f, "debate").size(), f.events().toString());
    }

    @Test
    void aHappeningToldAsKnownIsTheLeadsOnTheLeadsDay() {
        GraphFragment f = extract(LocalDate.of(2019, 10, 2), "Police fired a live round at a student protester "
                + "yesterday in the city. The student was taken to hospital. The shooting took place in the Sha Tin "
                + "district.");
        List<Event> attacks = ofType(f, "attack");
        assertEquals(1, attacks.size(), f.events().toString());
        assertEquals("2019-10-01", attacks.get(0).date());
        assertEquals(List.of(new NodeRef("Place", "place:sha-tin")), attacks.get(0).places(),
                "a kind of place in lower case is no word of its name");
    }

    @Test
    void anOperationIsMilitaryOnlyBesideAWordOfArmedForce() {
        GraphFragment f = extract(LocalDate.of(2026, 4, 14), "The website was said to have begun operations in June "
                + "2015. The army launched an operation against militants in the valley on Monday.");
        List<Event> operations = ofType(f, "military operation");
        assertEquals(1, operations.size(), f.events().toString());
        assertEquals("2026-04-13", operations.get(0).date());
    }

    @Test
    void aStrikeIsAProtestOnlyBesideAWordOfWorkAndAPlaceAfterAPossessive() {
        GraphFragment f = extract(LocalDate.of(2020, 1, 6), "Mathematician Anna Berg dies aged 82\n\nA drone killed "
                + "the general last week. The strike took place in Iraq, at Baghdad International Airport. Textile "
                + "workers in Boston began a strike on Monday.\n\nSwedish mathematician Anna Berg died on Saturday at "
                + "her New Jersey home, reportedly of heart failure.");
        List<Event> protests = ofType(f, "protest");
        assertEquals(1, protests.size(), f.events().toString());
        assertEquals(List.of(new NodeRef("Place", "place:boston")), protests.get(0).places());
        List<Event> deaths = ofType(f, "death");
        assertEquals(1, deaths.size(), f.events().toString());
        assertEquals(List.of(new NodeRef("Place", "place:new-jersey")), deaths.get(0).places());
    }

    @Test
    void aDemonstrationOrResolutionInAnotherSenseIsNoEvent() {
        GraphFragment f = extract(LocalDate.of(2016, 9, 7), "In the 20-minute demonstration of the new game in Toronto, "
                + "players are dropped into a cave. Asked whether the deal was a step towards a resolution of the rift "
                + "between Russia and the US, the executive declined to answer. The Senate passed a resolution on "
                + "Monday condemning the attack.");
        assertEquals(List.of(), ofType(f, "protest"), f.events().toString());
        assertEquals(1, ofType(f, "resolution").size(), f.events().toString());
    }

    @Test
    void aHappeningNamedForComparisonIsDatedByItsOwnPhrase() {
        GraphFragment f = extract(LocalDate.of(2009, 6, 4), "In a New York press conference at 16:15 UTC, June 1st, "
                + "the chief executive outlined a plan.\n\nIn Hong Kong, the index fell 5.5 percent, a bigger fall "
                + "than the September 11, 2001, terrorist attacks caused.\n\nThe previous election in the city was "
                + "before the 2014 protests.");
        List<Event> meetings = ofType(f, "meeting");
        assertEquals(1, meetings.size(), f.events().toString());
        assertEquals("2009-06-01", meetings.get(0).date(), "a time with its zone still gives the day");
        List<Event> attacks = ofType(f, "attack");
        assertEquals(1, attacks.size(), f.events().toString());
        assertEquals("2001-09-11", attacks.get(0).date());
        assertTrue(ofType(f, "election").stream().noneMatch(e -> "2014".equals(e.date())), f.events().toString());
    }
}
