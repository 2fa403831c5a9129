package io.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Article;
import io.newsgraph.model.Claim;
import io.newsgraph.model.GraphFragment;
import io.newsgraph.model.Ids;
import io.newsgraph.model.NodeRef;
import io.newsgraph.model.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each statement and claim rule on short texts written for the test, through the real CoreNLP pipeline. */
class StatementsIT {

    static GraphFragment extract(String text) {
        return TestGraph.extract(LocalDate.of(2026, 2, 3), text);
    }

    static Statement statement(GraphFragment f, String containing) {
        Optional<Statement> s = f.statements().stream().filter(x -> x.text().contains(containing)).findFirst();
        return s.orElseThrow(() -> new AssertionError("no statement with '" + containing + "' in "
                + f.statements().stream().map(Statement::text).toList()));
    }

    static String speaker(Statement s) {
        return s.speaker() == null ? null : s.speaker().id();
    }

    static List<Claim> casualties(GraphFragment f) {
        return f.claims().stream().filter(c -> c.kind().equals("casualty")).toList();
    }

    @Test
    void quoteWithTheSpeakerAfterIt() {
        GraphFragment f = extract("\u201CThe fight against terrorism is a struggle of the entire nation,\u201D "
                + "Khawaja Asif told the house.");
        Statement s = statement(f, "fight against terrorism");
        assertTrue(s.quote());
        assertEquals("tell", s.verb());
        assertEquals("person:khawaja-asif", speaker(s));
        assertEquals("The fight against terrorism is a struggle of the entire nation,", s.text());
        assertEquals(f.article().text().indexOf("The fight"), s.span().start(), "offsets point into the text");
    }

    @Test
    void accordingToAnOutletTheSubjectOfTheCueSpeaksAndTheOutletRelays() {
        GraphFragment f = extract("Joanna Cherry welcomed the ruling. According to the BBC, a spokesman for the "
                + "Home Office expressed disappointment and that the ministry intends to appeal; \"The government "
                + "needs to bring forward its own legislation.\" According to local news, school districts across "
                + "the area announced school closings.");
        Statement appeal = statement(f, "intends to appeal");
        assertEquals("organisation:home-office", speaker(appeal), "the spokesman's, for the Home Office");
        assertEquals("organisation:bbc", appeal.intermediary() == null ? null : appeal.intermediary().id());
        assertFalse(appeal.text().contains("The government needs"), "the quotation is a statement of its own");
        assertEquals("organisation:home-office", speaker(statement(f, "bring forward its own")),
                "not Joanna Cherry, who spoke before");
        assertTrue(f.statements().stream().noneMatch(x -> x.text().equals("According to local news")),
                "an according-to phrase is no content");
        Statement closings = statement(f, "school closings");
        assertNull(closings.speaker(), "no clause, no named subject: the news's, not the districts'");
        assertEquals("local news", closings.speakerText());
    }

    @Test
    void aColonOrADashNamesTheSpeakerOfAQuotation() {
        GraphFragment f = extract("King Harald spoke on Monday. The palace issued the following statement from the "
                + "king: \"The decision is final and the matter is closed.\" Astronauts Doug Hurley and Bob Behnken "
                + "boarded the capsule. NASA chief Jim Bridenstine said, \"I'm breathing a sigh of relief.\" Hurley, "
                + "for his part, paraphrased the first American in space, Alan Shepard, commenting before launch: "
                + "\"Let us light this candle now.\" \"He has said hateful things time and again.\" \u2015 Carlos "
                + "Ramirez");
        assertEquals("person:harald", speaker(statement(f, "matter is closed")));
        assertEquals("person:doug-hurley", speaker(statement(f, "light this candle")),
                "not Bridenstine, who spoke before");
        assertEquals("person:carlos-ramirez", speaker(statement(f, "hateful things")));
    }

    @Test
    void aTranscriptLineIsAStatementOfThePersonItNames() {
        GraphFragment f = extract("Fox News host Chris Wallace asked Gov. Mike Pence about the debate.\n\n"
                + "WALLACE: Will Gennifer Flowers be there tomorrow night?\n\n"
                + "PENCE: Gennifer Flowers will not be attending the debate tomorrow night.\n\n"
                + "CLARIFICATION: An earlier version misstated the date.");
        assertEquals("person:chris-wallace", speaker(statement(f, "Will Gennifer Flowers be there")));
        Statement answer = statement(f, "will not be attending");
        assertEquals("person:mike-pence", speaker(answer));
        assertEquals("Gennifer Flowers will not be attending the debate tomorrow night.", answer.text());
        assertTrue(f.statements().stream().noneMatch(s -> s.text().contains("misstated")),
                "a capitalised label that names no one of the article is no speaker");
        GraphFragment one = extract("The mayor spoke to Mike Pence.\n\nPENCE: We will win Indiana.");
        assertTrue(one.statements().stream().noneMatch(s -> s.text().contains("win Indiana")),
                "one such line is no transcript");
    }

    @Test
    void anInterviewTurnInDoubleBracketsIsTheAnswerOfThePersonItNames() {
        GraphFragment f = extract("Wikinews spoke with the archaeologist ex-Muslim Naomi Martisius about her work.\n\n"
                + "((WN))  What prompted your interest in archaeology?\n\n"
                + "((Naomi Martisius))  Well, it goes back to my childhood. My father loved history.\n\n"
                + "((WN))  And the bone tools?\n\n"
                + "((Naomi Martisius))  We studied them for years. ((es))Spanish language: \u200dLos estudiamos.");
        Statement first = statement(f, "goes back to my childhood");
        assertEquals("person:naomi-martisius", speaker(first), "the person named in the brackets, not 'ex-Muslim ...'");
        assertEquals("Well, it goes back to my childhood. My father loved history.", first.text(), "the whole turn");
        assertTrue(first.quote());
        assertEquals("We studied them for years.", statement(f, "studied them").text(),
                "up to a bracketed marker within the turn");
        assertTrue(f.statements().stream().noneMatch(s -> s.text().contains("What prompted")),
                "the interviewer's questions are no statements");
        assertTrue(f.entities().stream().noneMatch(e -> e.name().contains("ex-Muslim")),
                "a lower-case hyphenated descriptor is no part of a name");
    }

    @Test
    void anInterviewAnswerLabelledByNameOrInitialsIsThatPersonsAnswer() {
        GraphFragment f = extract("Biologist Natasha Gownaris studies penguins. Siegel said little.\n\n"
                + "((WN))  What prompted your curiosity about penguins?\n\n"
                + "Natasha Gownaris: I have wanted to be a marine scientist since I was a child.\n\n"
                + "((WN))  How did you approach the study?\n\n"
                + "NG This study started in 1982, long before my joining the lab.\n\n"
                + "The colony has declined by over 40% since then.\n\n"
                + "((WN))  Anything else?\n\n"
                + "Gownaris said the work would go on.");
        Statement first = statement(f, "marine scientist");
        assertEquals("person:natasha-gownaris", speaker(first), "the full name with a colon");
        assertEquals("I have wanted to be a marine scientist since I was a child.", first.text());
        assertEquals("person:natasha-gownaris", speaker(statement(f, "started in 1982")), "her initials, no colon");
        assertEquals("person:natasha-gownaris", speaker(statement(f, "declined by over 40%")),
                "the answer's further paragraph, before the next turn");
        assertTrue(f.statements().stream().noneMatch(s -> s.text().contains("What prompted")),
                "the interviewer's questions are no statements");
        assertTrue(f.statements().stream().noneMatch(s -> s.text().startsWith("said the work")),
                "a name followed by a lower-case verb is the article's own sentence, no label");
        GraphFragment none = extract("Natasha Gownaris studies penguins.\n\nNG This is no interview.");
        assertTrue(none.statements().stream().noneMatch(s -> s.text().contains("no interview")),
                "no label without an interviewer's turn before it");
    }

    @Test
    void aSpeakerAfterAVerbTheParseMadeAnAdjectiveAndADescriptionThatGoesOn() {
        GraphFragment f = extract("Researchers described the ice on Wednesday. \"Warm water circulation is attacking "
                + "the undersides of these ice shelves,\" said study co-author Karen Alley. The Wooster professor "
                + "added, \"These effects matter, but exactly how much we do not yet know.\" The mayor joked that the rain would come back soon.");
        assertEquals("person:karen-alley", speaker(statement(f, "Warm water circulation")),
                "a finite verb the parse hung on the noun after it is still the cue");
        assertEquals("person:karen-alley", speaker(statement(f, "These effects matter")),
                "'the' and an office, going on speaking right after she spoke");
        assertNotEquals("person:karen-alley", speaker(statement(f, "rain would come back")),
                "another office with a verb that does not go on is someone else");
    }

    @Test
    void theSamePronounInOneSentenceIsTheSamePersonAndAReplyIsTheReplier() {
        GraphFragment f = extract("Oleksiy Honcharuk offered to resign on Friday. He said Volodymyr Zelensky is \"a "
                + "model of honesty for me\"; however, \"to remove any doubts, I wrote a resignation offer\", he "
                + "added. Brazilian President Jair Bolsonaro responded to Macron's statement: \"The French president's "
                + "suggestion evokes a colonialist mentality.\" Amnesty International condemned General Ali Khan's "
                + "statement: \"Those protesters deserve no mercy from anyone.\"");
        assertEquals("person:oleksiy-honcharuk", speaker(statement(f, "remove any doubts")),
                "the 'he' of the sentence's first cue, not the person named between");
        assertEquals("person:jair-bolsonaro", speaker(statement(f, "colonialist mentality")),
                "who responded to the statement, not its owner");
        assertNotEquals("organisation:amnesty-international", speaker(statement(f, "deserve no mercy")),
                "what is condemned may be quoted: not the condemner's words");
    }

    @Test
    void aQuotationBesideAVerbOfSayingUsedInOtherSensesToo() {
        GraphFragment f = extract("President Donald Trump spoke at a rally in Ohio on Monday. Asked about the "
                + "weather, he quipped \"it is always sunny when I am in town, believe me.\"");
        assertEquals("person:donald-trump", speaker(statement(f, "always sunny")));
    }

    @Test
    void aQuotationAfterAPhraseOfSettingIsTheOnePersonNamedBeforeButNotAcrossAnotherSubject() {
        GraphFragment f = extract("The cast had a panel in a room for 700 people. Lead actor Paul Sun-Hyung Lee "
                + "was cheered by the crowd. During the premiere, \"I felt like Cinderella at the ball, after 25 years "
                + "of small roles.\"\n\nHasbro hosted a panel about its Star Wars products. The company's new helmet "
                + "is their \"number one requested hero helmet, the most labor-intensive helmet to date.\"");
        assertEquals("person:paul-sun-hyung-lee", speaker(statement(f, "Cinderella")),
                "only 'During the premiere,' before it: the one person of the sentence before");
        assertNotEquals("person:paul-sun-hyung-lee", speaker(statement(f, "labor-intensive")),
                "Hasbro opened a sentence between: the quotation is no longer the actor's");
    }

    @Test
    void theAgentOfAParticipleAfterItsNounAndAShareOfThoseWhoSpoke() {
        GraphFragment f = extract("The team studied youth suicide. The highest rate noted by the team was in Alaska, "
                + "with fifteen suicides per 100,000 people. More than 95% of the participants in her study "
                + "indicated they would use the kits again.");
        Statement rate = statement(f, "was in Alaska");
        assertNull(rate.speaker());
        assertEquals("team", rate.speakerText(), "the agent after 'by', not the noun the participle describes");
        assertTrue(rate.text().startsWith("The highest rate"), "the whole sentence is what was noted");
        GraphFragment g = extract("The man questioned by police was released on Monday.");
        assertTrue(g.statements().isEmpty(), "questioned by police reports no figure or finding: " + g.statements());
        Statement kits = statement(f, "use the kits again");
        assertTrue(kits.speakerText() != null && kits.speakerText().contains("participants"),
                "those of whom the share is, not '%': " + kits.speakerText());
    }

    @Test
    void aNameRightAfterACommonNounIsTheSpeaker() {
        GraphFragment f = extract("The plane crashed on Thursday. \u201CHe was excited to be coming to Cairo,\u201D "
                + "his nephew Michery Soheil added. \u201CHe had so many projects and ambitions,\u201D his friend "
                + "Mahamat Oumar told the website.");
        assertEquals("person:michery-soheil", speaker(statement(f, "excited to be coming")));
        assertEquals("person:mahamat-oumar", speaker(statement(f, "so many projects")));
        GraphFragment g = extract("Tech leaders reacted on Friday. \"This is a terrible idea,\" the venture "
                + "capitalist Marc Andreessen said on Twitter.");
        assertEquals("person:marc-andreessen", speaker(statement(g, "terrible idea")), "more description before it");
    }

    @Test
    void theNameRightAfterAQuotationBeforeItsAppositionIsTheSpeaker() {
        GraphFragment f = extract("Bernie Sanders raised $20 million in January. \u201CThe numbers we\u2019ve seen "
                + "since Jan. 1 put our campaign on pace to beat Secretary Clinton\u2019s goal of $50 million in the "
                + "first quarter of 2016,\u201D Jeff Weaver, Sanders\u2019 campaign manager, said in a statement.");
        assertEquals("person:jeff-weaver", speaker(statement(f, "put our campaign on pace")),
                "not Sanders, whose manager he is");
    }

    @Test
    void aCueVerbOfTheUsersLexiconIsReadByGrammar(@TempDir Path dir) throws IOException {
        Lexicon.writeDefaults(dir);
        for (String f : List.of("gazetteer.yaml", "cues.yaml", "events.yaml", "reader-rules.yaml")) {
            Files.delete(dir.resolve(f));
        }
        Path words = dir.resolve("statements.yaml");
        Files.writeString(words, Files.readString(words).replace("speechVerbs: [say,", "speechVerbs: [gush, say,"));
        Lexicon lexicon = Lexicon.load(dir, null);
        String text = "The bridge opened on Monday. Anna Kowalski cut the ribbon beside the governor Piotr Nowak "
                + "and gushed that the new bridge would change the whole city.";
        GraphFragment f = lexicon.entityExtractor().extract(lexicon.annotator().annotate(new Article(
                Ids.article(text), null, LocalDate.of(2026, 2, 3), null, List.of(), null, "test:", text)));
        Statement s = statement(f, "would change the whole city");
        assertEquals("person:anna-kowalski", speaker(s), "its sentence was parsed: the subject of the "
                + "coordinated verbs speaks, not the last name before the cue");
        assertEquals("gush", s.verb());
        assertTrue(extract(text).statements().stream().noneMatch(x -> x.text().contains("change the whole city")),
                "no such cue in the built-in lexicon");
    }

    @Test
    void aQuotationGoingOnAfterItsCueIsOneStatement() {
        GraphFragment f = extract("Campaign manager Jeff Weaver spoke on Tuesday. \u201CWe are nowhere near the end "
                + "game,\u201D Jeff Weaver said. \u201CThe end game is going to come at the end.\u201D\n\nSanders "
                + "spoke in Ohio. \u201CWe will win this state,\u201D Sanders said.");
        Statement s = statement(f, "nowhere near the end game");
        assertEquals("person:jeff-weaver", speaker(s));
        assertTrue(s.text().endsWith("going to come at the end."), "both parts, the cue between: " + s.text());
        assertEquals(s, statement(f, "going to come at the end"), "one statement, not two");
        assertFalse(statement(f, "win this state").text().contains("end game"), "another speaker's quotation");
    }

    @Test
    void aHeadlineNameBeforeAColonIsTheSpeaker() {
        String text = "Sanders: Clinton needs to get away from personality stuff\n\nBernie Sanders spoke in Ohio on "
                + "Sunday.";
        Article a = new Article(Ids.article(text), "Sanders: Clinton needs to get away from personality stuff",
                LocalDate.of(2016, 9, 16), null, List.of(), null, "test:", text);
        GraphFragment f = TestGraph.EXTRACTOR.extract(Annotator.shared(TestGraph.GAZETTEER).annotate(a));
        Statement s = statement(f, "Clinton needs to get away");
        assertEquals("person:bernie-sanders", speaker(s));
        assertEquals("Clinton needs to get away from personality stuff", s.text());
    }

    @Test
    void aSentenceThatQuotesPartOfWhatWasSaidIsTheContent() {
        GraphFragment f = extract("However laudable the goal, using the capital gains tax \u201Cis a misguided "
                + "approach,\u201D said Leonard Burman, an economist. A cashier who \u201Csteals a handful of "
                + "$20s\u201D is held accountable, Elizabeth Warren said.");
        Statement burman = statement(f, "misguided approach");
        assertEquals("However laudable the goal, using the capital gains tax \u201Cis a misguided approach",
                burman.text());
        assertEquals("person:leonard-burman", speaker(burman));
        assertFalse(burman.quote(), "a paraphrase with a quotation in it");
        assertEquals("person:elizabeth-warren", speaker(statement(f, "A cashier who")));
    }

    @Test
    void speakersTheParseMisplaces() {
        GraphFragment f = extract("\"He would be a great senator,\" Rep. Elijah E. Cummings (D-Md.) said in a phone "
                + "interview. House Speaker Paul Ryan, R-Wis., despite admitting that he did have his concerns about "
                + "lawyers, the victims need their day in court. \u201CHillary Clinton\u2019s campaign is in panic "
                + "mode. Full panic mode,\u201D said Leslie Wimes, a Democratic activist. In a Facebook message "
                + "posted Friday, Ted Cruz said he has had areas of significant disagreement with Trump.");
        assertEquals("person:elijah-e-cummings", speaker(statement(f, "great senator")), "not 'Md.'");
        assertEquals("person:paul-ryan", speaker(statement(f, "day in court")), "not the House");
        assertEquals("person:leslie-wimes", speaker(statement(f, "panic mode")),
                "words of the quotation are no subject");
        GraphFragment flynn = extract("\u201CThere's a severe disconnect between this White House and frankly the "
                + "president and our military,\u201D Michael Flynn, a top Trump surrogate, said Thursday morning on "
                + "Fox News.");
        assertEquals("person:michael-flynn", speaker(statement(flynn, "severe disconnect")),
                "the name after the quotation, not the outlet or the name in the apposition");
        assertTrue(f.statements().stream().noneMatch(s -> s.verb().equals("post")),
                "a participle that describes a noun is no cue: " + f.statements());
        assertEquals("person:ted-cruz", speaker(statement(f, "areas of significant disagreement")));
    }

    @Test
    void aCoordinatedClauseWithItsOwnSubjectIsNotContent() {
        GraphFragment f = extract("Video of the incident shows him with his hands in the air before he was shot, "
                + "but Officer Betty Shelby said he refused to follow her commands.");
        Statement video = statement(f, "hands in the air");
        assertFalse(video.text().contains("Shelby"), video.text());
        assertEquals("person:betty-shelby", speaker(statement(f, "refused to follow")));
    }

    @Test
    void aNounOfSayingWithItsOwnerAndAClauseIsAStatement() {
        GraphFragment f = extract("Donald Trump's claim that there have been thousands of shootings in Chicago was "
                + "rated true. The ministry's fear that the talks would fail proved wrong.");
        Statement claim = statement(f, "thousands of shootings");
        assertEquals("person:donald-trump", speaker(claim));
        assertEquals("claim", claim.verb());
        assertEquals("there have been thousands of shootings in Chicago", claim.text());
        assertTrue(f.statements().stream().noneMatch(s -> s.text().contains("talks would fail")),
                "an owner that names no one makes no statement");
    }

    @Test
    void aStanceOnANameAloneButNotOnAPronoun() {
        GraphFragment f = extract("The union's leader, Sara Nelson, endorsed Hillary Clinton. Later Nelson expressed "
                + "herself.");
        Statement s = statement(f, "Hillary Clinton");
        assertEquals("stance", s.kind());
        assertEquals("person:sara-nelson", speaker(s));
        assertTrue(f.statements().stream().noneMatch(x -> x.text().equals("herself")), f.statements().toString());
    }

    @Test
    void whatANamedSpeakerSpokeAboutIsATopic() {
        GraphFragment f = extract("Hillary Clinton spoke out Tuesday about the death of Terence Crutcher in Tulsa. "
                + "Donald Trump complained about his microphone during the debate. Khawaja Asif spoke on Monday in "
                + "the assembly.");
        Statement death = statement(f, "the death of Terence Crutcher");
        assertEquals("topic", death.kind());
        assertEquals("person:hillary-clinton", speaker(death));
        assertEquals("the death of Terence Crutcher in Tulsa", death.text());
        assertEquals("topic", statement(f, "his microphone").kind());
        assertTrue(f.statements().stream().noneMatch(s -> s.text().contains("Monday")), "a date is no topic");
    }

    @Test
    void contentThatTheParseMisplaced() {
        GraphFragment f = extract("But the new plan is still tilted toward the rich, the Tax Foundation said. As "
                + "improbable as it may seem, Tom Clarke said the Patriot deal had played to his advantage. "
                + "Authorities have said officers encountered Scott because they were searching for another man. "
                + "Many experts suspect those losses were generated in part by savvy use of tax breaks. Kadzik's "
                + "refusal to answer fully did not go over well with Republicans, and the meeting deteriorated from "
                + "there, said one source in the room.");
        assertEquals("But the new plan is still tilted toward the rich", statement(f, "tilted toward").text(),
                "a passive clause before the cue");
        assertEquals("the Patriot deal had played to his advantage", statement(f, "Patriot deal").text(),
                "the clause after the cue, not 'As improbable as it may seem'");
        assertTrue(statement(f, "officers encountered Scott").text().endsWith("another man"));
        assertEquals("belief", statement(f, "those losses were generated").kind());
        Statement source = statement(f, "Kadzik's refusal");
        assertTrue(source.speakerText() != null && source.speakerText().contains("source"), source.toString());
    }

    @Test
    void aStanceWithItsPrepositionAndAttacksOnlyByAPerson() {
        GraphFragment f = extract("Donald Trump attacked Alicia Machado on Friday. Trump has railed against the "
                + "special-interest provisions that pock the tax code. The Taliban attacked the base in Quetta.");
        Statement machado = statement(f, "Alicia Machado");
        assertEquals("stance", machado.kind());
        assertEquals("Alicia Machado", machado.text(), "without the date");
        assertEquals("the special-interest provisions that pock the tax code",
                statement(f, "special-interest provisions").text());
        assertTrue(f.statements().stream().noneMatch(s -> s.text().contains("the base")), f.statements().toString());
    }

    @Test
    void theSpeakerOfAQuotationWhoseSubjectsTheParseCarriedOver() {
        GraphFragment f = extract("\"If the veto were overridden, the United States government, U.S. service members "
                + "and even U.S. companies are at risk of being hauled into court,\" White House Press Secretary Josh "
                + "Earnest said. However debates in and of themselves are not likely to alter the campaign, noted "
                + "NBC's Dante Chinni.");
        assertEquals("person:josh-earnest", speaker(statement(f, "hauled into court")));
        assertEquals("person:dante-chinni", speaker(statement(f, "alter the campaign")));
    }

    @Test
    void theyIsThePluralSubjectBeforeIt() {
        GraphFragment f = extract("Proponents, including the United States Conference of Mayors, have urged "
                + "Congress to leave the program intact, although they say they support some of the changes.");
        assertEquals("Proponents", statement(f, "support some of the changes").speakerText());
    }

    @Test
    void whatANamedSpeakerPlansOffersOrRefusesIsAnIntention() {
        GraphFragment f = extract("Donald Trump plans to visit Mexico next week. Hillary Clinton declined to comment "
                + "on the report. Senator Bernie Sanders proposed a tax on financial trades. The mayor was punished "
                + "for refusing to support the governor's bid.");
        Statement visit = statement(f, "visit Mexico");
        assertEquals("intention", visit.kind());
        assertEquals("plan", visit.verb());
        assertEquals("person:donald-trump", speaker(visit));
        assertEquals("to visit Mexico next week", visit.text());
        assertEquals("person:hillary-clinton", speaker(statement(f, "to comment on the report")));
        assertEquals("intention", statement(f, "a tax on financial trades").kind());
        assertTrue(f.statements().stream().noneMatch(s -> s.text().contains("the governor's bid")),
                "no one the parse names supports the bid: " + f.statements());
    }

    @Test
    void whatANamedSpeakerMentionedIsATopicUnlessTheyDidNot() {
        GraphFragment f = extract("Rick Santorum mentioned Pogue's conviction during the meeting. Joe Biden failed "
                + "to mention his own request. Barack Obama did not discuss the pipeline.");
        Statement s = statement(f, "Pogue's conviction");
        assertEquals("topic", s.kind());
        assertEquals("person:rick-santorum", speaker(s));
        assertTrue(f.statements().stream().noneMatch(x -> x.text().contains("his own request")
                || x.text().contains("pipeline")), f.statements().toString());
    }

    @Test
    void aQuotationFollowedByNameSaidWithAFullStopIsTheirs() {
        GraphFragment f = extract("Mitch McConnell has expressed a preference for a short trial. Nancy Pelosi also "
                + "spoke. \"The American people deserve the truth, and the Constitution demands a trial.\" Pelosi said.");
        assertEquals("person:nancy-pelosi", speaker(statement(f, "deserve the truth")),
                "not McConnell, who spoke two sentences before");
    }

    @Test
    void aShortQuotationWithItsVerbOfSayingIsAStatement() {
        GraphFragment f = extract("The crowd cheered. \u201CWe need change,\u201D said Donald Trump. The so-called "
                + "\u201Cmiracle cure\u201D was sold widely, critics said.");
        Statement s = statement(f, "We need change");
        assertTrue(s.quote());
        assertEquals("person:donald-trump", speaker(s));
        assertTrue(f.statements().stream().noneMatch(x -> x.quote() && x.text().contains("miracle cure")),
                "a scare quote is none");
    }

    @Test
    void aVowedInfinitiveIsWhatWasSaid() {
        GraphFragment f = extract("Donald Trump has vowed to bring back lost mining jobs and roll back regulations.");
        Statement s = statement(f, "bring back lost mining jobs");
        assertEquals("person:donald-trump", speaker(s));
        assertEquals("vow", s.verb());
        assertEquals("speech", s.kind());
    }

    @Test
    void twoApostrophesQuoteAsDoubleQuotesDo() {
        GraphFragment f = extract("''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist. ''It's "
                + "anti-reform,'' he added.");
        Statement s = statement(f, "tax reform");
        assertTrue(s.quote());
        assertEquals("person:douglas-holtz-eakin", speaker(s));
        assertEquals("This isn't tax reform,", s.text(), "the apostrophe inside a word stays, the marks do not");
        assertEquals(f.article().text().indexOf("This isn't"), s.span().start(), "offsets point into the text");
        GraphFragment curly = extract("\u201CThis isn't tax reform,\u201D said Douglas Holtz-Eakin, an economist. "
                + "\u201CIt's anti-reform,\u201D he added.");
        assertEquals(curly.statements().stream().map(Statement::text).toList(),
                f.statements().stream().map(Statement::text).toList(), "as with curly quotes");
    }

    @Test
    void quoteIntroducedByAColonAndInvertedSpeaker() {
        GraphFragment f = extract("Speaking in the National Assembly, Khawaja Asif said: \"Our troops are deployed "
                + "there and are in action.\" \"We will not negotiate with terrorists at all,\" said Asif.");
        assertEquals("person:khawaja-asif", speaker(statement(f, "Our troops are deployed")));
        assertEquals("person:khawaja-asif", speaker(statement(f, "We will not negotiate")));
    }

    @Test
    void pronounSpeakerIsThePersonNamedBefore() {
        GraphFragment f = extract("Khawaja Asif told the National Assembly that Pakistan faced a serious challenge. "
                + "He said security forces had killed over 177 terrorists over the past few days.");
        assertEquals("person:khawaja-asif", speaker(statement(f, "security forces had killed")));
        assertEquals("say", statement(f, "security forces had killed").verb());
        assertTrue(!statement(f, "security forces had killed").quote());
    }

    @Test
    void quoteWithoutAVerbBelongsToTheSpeakerBefore() {
        GraphFragment f = extract("Barrister Gohar Ali Khan urged the government to adopt a framework. \u201CThe "
                + "blood of martyrs will not go in vain.\u201D");
        assertEquals("person:gohar-ali-khan", speaker(statement(f, "blood of martyrs")));
    }

    @Test
    void organisationSpeakersThroughTheStatementAndIt() {
        // "in Quetta": an acronym takes a country's entry only where the article is about that country
        GraphFragment f = extract("In a statement on X, the TTAP offered condolences to the families in Quetta. It "
                + "said the violence amounted to a complete failure of the government. \u201CIt shows how limited the "
                + "writ of law has become,\u201D the statement said.");
        String ttap = "party:tehreek-e-tahafuz-e-aeen-pakistan";
        assertEquals(ttap, speaker(statement(f, "complete failure")));
        assertEquals(ttap, speaker(statement(f, "how limited the writ")));
    }

    @Test
    void aTitleNamesTheSpeakerWhenOnePersonHoldsIt() {
        GraphFragment f = extract("Defence Minister Khawaja Asif spoke on Monday. The defence minister said the "
                + "government tightened enforcement to curb smuggling.");
        assertEquals("person:khawaja-asif", speaker(statement(f, "tightened enforcement")));
    }

    @Test
    void aNewsAgencyQuotingSomeoneRelaysTheirWords() {
        GraphFragment f = extract("Addressing the National Assembly, Khawaja Asif spoke. \"Our troops are deployed "
                + "there and are in action against them,\" PTI news agency quoted Asif as saying.");
        Statement s = statement(f, "Our troops are deployed");
        assertEquals("person:khawaja-asif", speaker(s));
        assertEquals(new NodeRef("Organisation", "organisation:press-trust-of-india"), s.intermediary());
    }

    @Test
    void accordingToNamesTheSourceOfTheFigures() {
        GraphFragment f = extract("According to the Inter-Services Public Relations (ISPR), 92 terrorists were "
                + "killed as security forces repelled the attacks, while 15 security personnel were also martyred.");
        List<Claim> claims = casualties(f);
        Claim militants = claims.stream().filter(c -> c.casualty().count() == 92).findFirst().orElseThrow();
        assertEquals("militants", militants.casualty().category());
        assertEquals("killed", militants.casualty().outcome());
        assertEquals("organisation:inter-services-public-relations", militants.claimedBy().id());
        Claim soldiers = claims.stream().filter(c -> c.casualty().count() == 15).findFirst().orElseThrow();
        assertEquals("security personnel", soldiers.casualty().category());
        assertEquals("killed", soldiers.casualty().outcome(), "martyred counts as killed");
        assertNotNull(soldiers.statement(), "asserted in the ISPR's statement");
    }

    @Test
    void casualtyFiguresWithQualifiersCoordinationAndPeriods() {
        GraphFragment f = extract("Officials said security forces had killed over 177 terrorists over the past three "
                + "days, while 17 security personnel and 33 civilians were martyred. A total of 197 Baloch people, "
                + "including militants from other armed groups, were killed. The attackers held hostage over 300 "
                + "passengers, and later the rescue of 100 individuals was reported.");
        List<Claim> c = casualties(f);
        Claim militants = c.stream().filter(x -> x.casualty().count() == 177).findFirst().orElseThrow();
        assertEquals("over", militants.casualty().qualifier());
        assertEquals("over the past three days", militants.casualty().period());
        assertEquals("killed", c.stream().filter(x -> x.casualty().count() == 17).findFirst().orElseThrow()
                .casualty().outcome());
        assertEquals("civilians", c.stream().filter(x -> x.casualty().count() == 33).findFirst().orElseThrow()
                .casualty().category());
        assertEquals("militants", c.stream().filter(x -> x.casualty().count() == 197).findFirst().orElseThrow()
                .casualty().category());
        assertEquals("held hostage", c.stream().filter(x -> x.casualty().count() == 300).findFirst().orElseThrow()
                .casualty().outcome());
        assertEquals("rescued", c.stream().filter(x -> x.casualty().count() == 100).findFirst().orElseThrow()
                .casualty().outcome());
        assertTrue(c.stream().noneMatch(x -> x.casualty().count() == 3), "'three days' is no count");
    }

    @Test
    void aNumberCountsItsOwnNounAndANumberInANameCountsNothing() {
        GraphFragment f = extract("The researchers also found in 36 states most of the people who died were "
                + "affected. The total number of deaths linked to SARS-CoV-2 rose. Four civilians were killed. The "
                + "Hurricane Advisory Number 14, released at 11 p.m., warned 300 residents.");
        List<Claim> c = casualties(f);
        assertTrue(c.stream().noneMatch(x -> x.casualty().count() == 36), "36 counts states: " + c);
        assertTrue(c.stream().noneMatch(x -> x.casualty().count() == 2), "the 2 of SARS-CoV-2: " + c);
        assertTrue(c.stream().noneMatch(x -> x.casualty().count() == 14), "Number 14 names an advisory: " + c);
        assertEquals(1, c.stream().filter(x -> x.casualty().count() == 4).count(), c.toString());
    }

    @Test
    void aCountryThatSpeaksIsTheSpeaker() {
        GraphFragment f = extract("The United States called its actions defensive in nature. In Texas, officials "
                + "said the roads were closed.");
        Statement us = f.statements().stream().filter(s -> s.text().contains("defensive")).findFirst().orElseThrow();
        assertEquals("place:united-states", speaker(us), us.toString());
        Statement texas = f.statements().stream().filter(s -> s.text().contains("roads")).findFirst().orElseThrow();
        assertNotEquals("place:texas", speaker(texas), "a place the speakers are in does not speak: " + texas);
    }

    @Test
    void aGroupOfOneCategoryIsOneFigureAndArrestsAreNoCasualties() {
        GraphFragment f = extract("Two women and a man were injured, according to the reports. The injured teenagers, "
                + "three girls and a boy, were taken to hospital. 17 security personnel and 33 civilians were "
                + "martyred. At least 71 people were arrested on Friday night.");
        List<Claim> c = casualties(f);
        assertTrue(c.stream().anyMatch(x -> x.casualty().count() == 3 && x.casualty().outcome().equals("injured")),
                "two women and a man: " + c);
        assertTrue(c.stream().anyMatch(x -> x.casualty().count() == 4), "three girls and a boy: " + c);
        assertTrue(c.stream().noneMatch(x -> x.casualty().count() == 2), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.casualty().count() == 17), "two categories, two figures: " + c);
        assertTrue(c.stream().anyMatch(x -> x.casualty().count() == 33), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.casualty().count() == 71), "arrests are no casualties: " + c);
    }

    @Test
    void aQuotationInsideAnAllegationIsPartOfItAndBehindClosedDoorsAccusesNoOne() {
        GraphFragment f = extract("The RIAA's notice alleged the script's purpose was to \"circumvent the protection "
                + "measures used by YouTube\" and \"reproduce music videos owned by our member companies\". "
                + "Rich Bowen said, \"Red Hat engineers develop RHEL behind closed doors until release day.\" "
                + "The minister said the Baloch Liberation Army was behind the attack.");
        List<Claim> a = f.claims().stream().filter(x -> x.kind().equals("allegation")).toList();
        assertEquals(1, a.stream().filter(x -> x.text().contains("circumvent")).count(), a.toString());
        assertTrue(a.stream().noneMatch(x -> x.text().startsWith("reproduce")), "a part of the allegation: " + a);
        assertTrue(a.stream().noneMatch(x -> x.text().contains("closed doors")), a.toString());
        assertTrue(a.stream().anyMatch(x -> x.text().contains("Army was behind")), a.toString());
    }

    @Test
    void responsibilityActiveAndPassive() {
        GraphFragment f = extract("The Baloch Liberation Army (BLA), a separatist group, claimed responsibility for "
                + "the attack on the convoy. Bugti said the crackdown followed assaults claimed by the BLA.");
        List<Claim> r = f.claims().stream().filter(c -> c.kind().equals("responsibility")).toList();
        assertEquals(2, r.size(), r.toString());
        for (Claim c : r) {
            assertEquals(List.of(new NodeRef("Group", "group:baloch-liberation-army")), c.subjects());
        }
        assertEquals("the attack on the convoy", r.get(0).object());
        assertTrue(f.statements().stream().noneMatch(s -> s.verb().equals("claim")),
                "claiming responsibility is not a statement");
    }

    @Test
    void allegationsNameTheAccused() {
        GraphFragment f = extract("Khawaja Asif spoke in the house. He said Indian-backed groups, operating through "
                + "the banned Baloch Liberation Army (BLA), had orchestrated the attacks. Asif alleged smugglers were "
                + "earning up to Rs4 billion a day.");
        List<Claim> a = f.claims().stream().filter(c -> c.kind().equals("allegation")).toList();
        Claim orchestrated = a.stream().filter(c -> c.text().contains("orchestrated")).findFirst().orElseThrow();
        assertEquals("person:khawaja-asif", orchestrated.claimedBy().id());
        assertEquals(List.of(new NodeRef("Group", "group:baloch-liberation-army")), orchestrated.subjects());
        Claim smugglers = a.stream().filter(c -> c.text().contains("Rs4 billion")).findFirst().orElseThrow();
        assertEquals("person:khawaja-asif", smugglers.claimedBy().id());
        assertTrue(smugglers.subjects().isEmpty());
    }

    @Test
    void scareQuotesAndPassivesAreNotStatements() {
        GraphFragment f = extract("The minister admitted forces were \u2018handicapped\u2019 in the province. "
                + "Not only is his leadership questioned by many, the process was criticized.");
        assertTrue(f.statements().stream().noneMatch(s -> s.text().equals("handicapped")));
        assertTrue(f.statements().stream().noneMatch(s -> "criticize".equals(s.verb())), f.statements().toString());
        assertNull(f.statements().stream().filter(s -> s.quote()).findFirst().orElse(null));
    }

    @Test
    void aSpeakerNamedInTheNextSentence() {
        GraphFragment f = extract("The rally was loud. \u201CWe will not be silenced by anyone.\u201D Imran Khan said "
                + "this at the rally in Lahore.");
        assertEquals("person:imran-khan", speaker(statement(f, "We will not be silenced")));
    }

    @Test
    void aRoleOfAPlaceBeforeTheNameIsATitleThatNamesTheSpeaker() {
        GraphFragment f = extract("First Minister of Scotland Nicola Sturgeon said via Twitter, \"Today's judgment "
                + "is of huge constitutional significance.\"");
        assertEquals("person:nicola-sturgeon", speaker(statement(f, "huge constitutional significance")));
    }

    @Test
    void theWebsiteSpeaksForTheOrganisationNamedJustBefore() {
        GraphFragment f = extract("Local authorities, according to Geo News, have noted other unusual data. The "
                + "website yesterday suggested piracy is now the most prominent theory.");
        Statement s = statement(f, "piracy is now the most prominent theory");
        assertEquals("organisation:geo-news", speaker(s));
    }

    @Test
    void thePersonInAppositionThatEndsTheSubjectAndANameWithTheHeadNoun() {
        GraphFragment f = extract("On May 5, US Green Party presidential frontrunner and the presidential nominee of "
                + "Socialist Party USA, Howie Hawkins, announced his selection of a running mate for the presidential "
                + "race. In February, the Iranian Chess Federation banned two players. The federation said the two "
                + "players had broken its rules.");
        assertEquals("person:howie-hawkins", speaker(statement(f, "his selection of a running mate")));
        Statement rules = statement(f, "had broken its rules");
        assertTrue(speaker(rules) != null && speaker(rules).endsWith("chess-federation"), rules.toString());
    }

    @Test
    void aConcessionAfterWhatWasSaidIsNotPartOfIt() {
        GraphFragment f = extract("Khawaja Asif announced the new deployment of troops in the province although "
                + "the opposition had asked for talks.");
        Statement s = statement(f, "the new deployment of troops");
        assertFalse(s.text().contains("although"), s.text());
    }

    @Test
    void aQuotationAfterASentenceNamingOnePersonAndAnOwnersFoundation() {
        // the foundation spoke three sentences before: too far for the quotation to be its
        GraphFragment f = extract("In 1978 she founded the Doris Day Animal Foundation. Day's animal foundation said "
                + "she had been in excellent health for her age. The match was played in the rain. The crowd was "
                + "small. The home side was given two yellow cards, leaving Geoff Ingram unimpressed. \"One of them "
                + "was questionable, the other one was fair.\"");
        assertEquals("organisation:doris-day-animal-foundation", speaker(statement(f, "in excellent health")));
        assertEquals("person:geoff-ingram", speaker(statement(f, "One of them was questionable")));
    }

    @Test
    void contentThatTheParseCutShort() {
        GraphFragment f = extract("Many of his supporters believe bigotry and xenophobia are acceptable. Donald "
                + "Trump says political correctness has run amok in the military, and \u201Cwe\u2019re going to get "
                + "away from\u201D that if he\u2019s elected president. A few days ago he blasted the American media "
                + "for being \u201Cunbelievably dishonest.\u201D A majority of voters expect Clinton to win the debate.");
        Statement belief = statement(f, "bigotry and xenophobia");
        assertEquals("bigotry and xenophobia are acceptable", belief.text(), "the cue was parsed as a clausal subject");
        assertEquals("belief", belief.kind());
        assertTrue(statement(f, "run amok").text().endsWith("if he\u2019s elected president"),
                "the second clause of what was said");
        assertEquals("stance", statement(f, "the American media").kind());
        assertTrue(statement(f, "the American media").text().contains("for being"), "the stance's reason");
        assertEquals("Clinton to win the debate", statement(f, "to win the debate").text());
    }

    @Test
    void aStanceOfAGroupNamedByItsNounButNotOneAskedOrYetToHappen() {
        GraphFragment f = extract("The experts generally praised Mrs. Clinton's proposals to benefit small "
                + "businesses. Why should socialists support Howie Hawkins over Joe Biden? The election commission "
                + "is scheduled to discuss the events of this past weekend on Monday. On Monday, United States "
                + "Senator from Vermont Bernie Sanders endorsed former Vice President Joe Biden for president.");
        Statement praised = statement(f, "Mrs. Clinton's proposals");
        assertEquals("stance", praised.kind());
        assertTrue(praised.speakerText() != null && praised.speakerText().contains("experts"), praised.toString());
        assertTrue(f.statements().stream().noneMatch(s -> s.text().contains("Howie Hawkins")), "a question");
        assertTrue(f.statements().stream().noneMatch(s -> s.text().contains("the events")), "scheduled, not done");
        assertEquals("person:bernie-sanders", speaker(statement(f, "Joe Biden for president")),
                "the person a capitalised title's phrase ends in");
        GraphFragment g = extract("The second initiative seeks to limit immigration to a fraction of the population. "
                + "Surety companies agreed to release millions in cash.");
        assertTrue(g.statements().stream().noneMatch(s -> s.text().contains("limit immigration")),
                "an initiative is no one: " + g.statements());
        assertTrue(statement(g, "release millions in cash").speakerText().contains("companies"));
    }

    @Test
    void aNameAfterAHeadingAndADashOrFromIntroducesAQuotation() {
        GraphFragment f = extract("Pollsters had a bad night in Iowa.\n\nPollsters agree - Carl Bialik: \u201COne of "
                + "the biggest lessons was a simple one: keep on contacting voters.\u201D\n\nMore from Jeffrey M. "
                + "Jones: \u201CThe partisanship of the state population is a starting point.\u201D");
        assertEquals("person:carl-bialik", speaker(statement(f, "biggest lessons")));
        assertEquals("person:jeffrey-m-jones", speaker(statement(f, "partisanship of the state")));
    }

    @Test
    void aSecondThatClauseIsPartOfWhatWasSaid() {
        GraphFragment f = extract("The Ohio governor said the U.S. needs to secure the border and create a "
                + "guest-worker program, but that he would not support mass deportation.");
        assertTrue(statement(f, "secure the border").text().endsWith("would not support mass deportation"),
                f.statements().toString());
    }

    @Test
    void aCueSetOffByCommasInsideWhatWasSaid() {
        GraphFragment f = extract("Golf is changing in Florida.\n\nThe Boca West Country Club's heavy investment in its "
                + "facilities, Ms. Tanzer said, ''is a perfect example of adapting'' to the changing economics of "
                + "golf.\n\nLenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.");
        Statement club = statement(f, "heavy investment");
        assertTrue(club.text().endsWith("changing economics of golf"), club.text());
        assertEquals("person:tanzer", speaker(club));
        assertEquals("Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999",
                statement(f, "juggernaut").text());
    }

    @Test
    void theSubjectOfAnInfinitiveOfPurposeAndTheOwnerOfASpokeswoman() {
        GraphFragment f = extract("Donald Trump took to Twitter overnight to accuse Clinton's campaign of being duped "
                + "by a con. The Clinton Foundation said it had helped no one. A spokeswoman for Hillary Clinton says "
                + "neither the nominee nor her campaign helped a former Miss Universe get citizenship.");
        assertEquals("person:donald-trump", speaker(statement(f, "of being duped")), "not Twitter");
        assertEquals("person:hillary-clinton", speaker(statement(f, "helped a former Miss Universe")),
                "the owner the phrase names, not the organisation that spoke last");
    }

    @Test
    void theNameTheSentenceOpensWithBeforeAParentheticalIsTheSpeaker() {
        GraphFragment f = extract("Vice President Maria Lopez, who was to travel to Denver, Colorado, on Friday to open "
                + "the new plant, said the rules touched on a core issue for workers. Tom Greene, a former adviser to the "
                + "mayor and a friend of the family's, said that the mayor's greatest strength is patience. Ana Ruiz, "
                + "whose latest company, Brightpath, sells software to schools, said the governor was a candidate in the "
                + "spirit of the valley. Mr. Hale, who said last week that a judge was biased against him, issued a "
                + "statement Tuesday saying the board had erred in its count. On his way out of the race, Mr. Dorn - "
                + "in a line aimed at his rival - declared that a mayor must serve every district.");
        assertEquals("person:maria-lopez", speaker(statement(f, "core issue")), "not Colorado");
        assertEquals("person:tom-greene", speaker(statement(f, "greatest strength")), "not the family");
        Statement ruiz = statement(f, "a candidate in the spirit");
        assertEquals("person:ana-ruiz", speaker(ruiz));
        assertTrue(ruiz.text().startsWith("the governor was"), ruiz.text());
        assertEquals("a judge was biased against him", statement(f, "biased").text(), "the relative clause ends at its comma");
        assertEquals("person:hale", speaker(statement(f, "had erred")), "not Tuesday");
        assertEquals("person:dorn", speaker(statement(f, "every district")));
    }

    @Test
    void speakersJoinedByAndAllMadeTheStatement() {
        GraphFragment f = extract("Professors Nancy Foner and Richard Alba suggest that immigrants adapt faster than "
                + "expected. Smith or Jones said the vote would be close. The Red Cross and the United Nations said that "
                + "aid convoys were blocked at the border.");
        Statement both = statement(f, "adapt faster");
        assertEquals(java.util.Set.of("person:nancy-foner", "person:richard-alba"),
                both.speakers().stream().map(NodeRef::id).collect(java.util.stream.Collectors.toSet()));
        assertTrue(both.about().stream().noneMatch(r -> r.id().equals("person:nancy-foner")), "a speaker is not a topic");
        assertEquals(1, statement(f, "vote would be close").speakers().size(), "not for \"or\"");
        assertEquals(2, statement(f, "convoys were blocked").speakers().size());
    }

    @Test
    void heAndSheAreNotSomeoneAnHonorificGivesTheOtherGender() {
        GraphFragment f = extract("Mrs. Alvarez spoke first at the forum. Then Mr. Brandt attacked the housing plan. "
                + "She said the plan would create jobs for thousands of families. Mr. Brandt later left the hall; he "
                + "said the plan would cost the city too much money.");
        assertEquals("person:alvarez", speaker(statement(f, "create jobs")), "she is not Mr. Brandt");
        assertEquals("person:brandt", speaker(statement(f, "too much money")));
    }

    @Test
    void aRoleOrDescriptionStandsForTheOneItNames() {
        GraphFragment f = extract("The National Commission on Water Safety met on Monday in Lyon. Governor Ana Molina "
                + "and former Deputy Governor Luis Prado visited the plant. In a written statement, the commission said "
                + "that the new filters would be installed by June. The governor said the water was safe to drink. A "
                + "nurse named Karen Holt said, \"We saw fewer cases this week than last.\" According to the hospital's "
                + "director, Paul Weber, the children's ward will reopen next month.");
        String commission = speaker(statement(f, "filters would be installed"));
        assertTrue(commission != null && commission.startsWith("organisation:") && commission.contains("commission"),
                "the commission named by its head noun: " + commission);
        assertEquals("person:ana-molina", speaker(statement(f, "safe to drink")),
                "the governor now, not the former deputy governor");
        assertEquals("person:karen-holt", speaker(statement(f, "fewer cases")), "a noun named by the name it is given");
        Statement ward = statement(f, "ward will reopen");
        assertEquals("person:paul-weber", speaker(ward), "the person the description names");
        assertTrue(ward.text().startsWith("the children's ward"), ward.text());
    }

    @Test
    void aSurnameOfAPersonOfTheArticleIsThatPersonNotTheAgencyOfThatName() {
        GraphFragment f = extract("Michael Bloomberg ended his presidential campaign on Wednesday. Bloomberg endorsed "
                + "his former rival. He said, \"I entered the race to defeat the president and I am leaving it for the "
                + "same reason.\"");
        assertTrue(f.entities().stream().noneMatch(e -> e.id().startsWith("organisation:bloomberg")),
                f.entities().toString());
        assertEquals("person:michael-bloomberg", speaker(statement(f, "entered the race")));
    }

    @Test
    void aTitleBeforeANameABodyJustNamedAndAnOwnerNotNamed() {
        GraphFragment f = extract("In findings published on Wednesday, Royal Society University Research Fellow Martin "
                + "How of the University of Bristol said, \"Stripes may dazzle flies in some way.\" The Supreme Court of "
                + "the United Kingdom issued a ruling on Tuesday. The court found that the suspension was unlawful. The "
                + "family's statement on the death read: \"He loved his ranch and his horses.\" Sanders won four states, "
                + "according to CNN's projections.");
        assertEquals("person:martin-how", speaker(statement(f, "dazzle flies")), "the title is no part of the name");
        assertEquals("organisation:supreme-court-of-the-united-kingdom", speaker(statement(f, "suspension was unlawful")),
                "the court named in the sentence before, under its whole name");
        Statement family = statement(f, "loved his ranch");
        assertEquals(null, speaker(family), "no one named nearby");
        assertEquals("The family's statement", family.speakerText());
        assertTrue(speaker(statement(f, "won four states")).startsWith("organisation:cnn"), "the projections' owner");
    }

    @Test
    void aQuotationBesideTheStatementItIsReadFrom() {
        GraphFragment f = extract("U.S. District Judge Gray Miller ruled on Friday, according to the nonprofit CNA. "
                + "\"While old restrictions may have justified past discrimination,\" reads Judge Miller's statement, "
                + "\"men and women are now similarly situated.\" Part of the judge's statement reads \"the average "
                + "woman could be better suited for some of the positions.\" According to a Twitter post by Amy Cook, "
                + "the director of the event, the tusk came from the wall of the hall.");
        assertEquals("person:gray-miller", speaker(statement(f, "past discrimination")), "not CNA");
        assertEquals("person:gray-miller", speaker(statement(f, "similarly situated")));
        assertEquals("person:gray-miller", speaker(statement(f, "better suited")), "part of his statement");
        assertEquals("person:amy-cook", speaker(statement(f, "tusk came from")), "the author, not the platform");
    }

    @Test
    void aTitleWithAnOfPhraseBeforeTheName() {
        GraphFragment f = extract("The bomb was placed on a motorcycle in a market, stated Minister of Information "
                + "Moammar al-Eryani, and was left outside a restaurant. Current Director of National Intelligence John "
                + "Ratcliffe said the information was \"not part of some Russian disinformation campaign.\" The "
                + "bravery of the crews was praised by the Mayor of London Sadiq Khan. London was quiet.");
        assertEquals("person:moammar-al-eryani", speaker(statement(f, "placed on a motorcycle")), "not 'Minister'");
        assertEquals("person:john-ratcliffe", speaker(statement(f, "disinformation campaign")));
        assertTrue(f.entities().stream().noneMatch(e -> e.name().contains("London Sadiq")),
                "the place is no word of the mayor's name: " + f.entities());
        assertTrue(f.entities().stream().anyMatch(e -> e.name().equals("Sadiq Khan")), f.entities().toString());
    }

    @Test
    void anOrganisationNameTheTaggerCutIsWholeAgain() {
        // tagged "Presidential Debates"; "Commission on" before it is the start of the name
        GraphFragment f = extract("The Commission on Presidential Debates said the moderator would have a mute button.");
        assertEquals("organisation:commission-on-presidential-debates", speaker(statement(f, "mute button")));
    }

    @Test
    void theAdvisoryIsTheBodyThatIssuedIt() {
        GraphFragment f = extract("In an advisory issued yesterday evening, the National Hurricane Center (NHC) "
                + "confirmed that a hurricane warning was in effect for Bermuda. The advisory also noted dangerous surf "
                + "conditions, with waves over 30 feet high being recorded offshore by a buoy, warning of a possibility "
                + "of coastal flooding.");
        assertEquals("organisation:national-hurricane-center", speaker(statement(f, "dangerous surf")));
    }

    @Test
    void theNameAPhraseGivesItsNoun() {
        GraphFragment f = extract("A protester using the pseudonym Katya said the police had been brutal.");
        assertEquals("person:katya", speaker(statement(f, "police had been brutal")));
        GraphFragment quoted = extract("\"She is just doing this to try and split the movement. A lot of people think "
                + "that,\" said a protester using the pseudonym Katya.");
        assertEquals("person:katya", speaker(statement(quoted, "split the movement")));
    }

    @Test
    void aThresholdIsNoCount() {
        GraphFragment f = extract("The archive characterizes events where four or more people are killed or injured, "
                + "not counting the shooter, as mass shootings. Two people were killed in the shooting on Saturday.");
        assertTrue(casualties(f).stream().noneMatch(c -> c.casualty().count() == 4), casualties(f).toString());
        assertTrue(casualties(f).stream().anyMatch(c -> c.casualty().count() == 2), casualties(f).toString());
        GraphFragment counted = extract("The explosion in Quetta killed 30 or more people on Saturday.");
        assertTrue(casualties(counted).stream().anyMatch(c -> c.casualty().count() == 30), "no definition: a count");
    }

    @Test
    void aPersonAtTheEndOfAnotherPersonsPhraseIsNotTheSpeaker() {
        GraphFragment f = extract("The coach of Serena Williams said the injury was minor. The ruling was wrong and the "
                + "court should look at the whole case again, said a biographer of Winston Churchill.");
        assertTrue(!"person:serena-williams".equals(speaker(statement(f, "injury was minor"))), "the coach spoke");
        assertTrue(!"person:winston-churchill".equals(speaker(statement(f, "ruling was wrong"))), "the biographer");
    }

    @Test
    void blameForAnAttackIsAResponsibilityClaimOfWhoPostedIt() {
        GraphFragment f = extract("Drones struck two refineries on Saturday. Secretary of State Mike Pompeo posted a "
                + "message on Twitter blaming Iran for the attacks.");
        assertEquals("person:mike-pompeo", speaker(statement(f, "Iran for the attacks")));
        assertTrue(f.claims().stream().anyMatch(c -> c.kind().equals("responsibility")
                && c.subjects().contains(new NodeRef("Place", "place:iran"))), f.claims().toString());
    }

    @Test
    void noCasualtyFromAnotherClauseAndNoAccusationInPraise() {
        GraphFragment f = extract("Police on Monday arrested twelve people in Kerala after an elephant died eating a "
                + "fruit packed with explosives.");
        assertTrue(casualties(f).stream().noneMatch(c -> c.casualty().count() == 12), casualties(f).toString());
        GraphFragment praise = extract("The former director praised her on Twitter: \"She was one of the finest "
                + "officers to serve at the FBI. Her work helped to protect our country.\"");
        assertTrue(praise.claims().stream().noneMatch(c -> c.kind().equals("allegation")), praise.claims().toString());
    }

    @Test
    void anOfficeUnderAnotherWordIsItsHolder() {
        GraphFragment f = extract("Mexico's Foreign Secretary Marcelo Ebrard said the government would help the "
                + "families. The foreign minister said Mexico would ask for the extradition of the suspect.");
        assertEquals("person:marcelo-ebrard", speaker(statement(f, "ask for the extradition")));
    }

    @Test
    void accordingToAfterASemicolonOpensAStatementOfItsOwnAndANameAfterItsNounSpeaks() {
        GraphFragment f = extract("The government suggested the mayor's debt was a factor in his decisions; according "
                + "to prosecutors, he owed over $90,000 in taxes. The wrestler Jon Marsh died on Saturday. "
                + "\"Heartbroken and numb,\" writes Marsh's longtime tag team partner Anna Weber  on Instagram.");
        Statement owed = statement(f, "he owed over");
        assertEquals("according to", owed.verb());
        assertNull(owed.speaker(), "the prosecutors, not the government: " + owed);
        assertEquals("prosecutors", owed.speakerText());
        assertFalse(statement(f, "was a factor").text().contains("owed"), "the suggestion ends at the semicolon");
        assertEquals("person:anna-weber", speaker(statement(f, "Heartbroken and numb")),
                "the name after the noun, though a phrase follows it");
    }

    @Test
    void aQuotationWithNoCueIsThePersonsTheSentenceOpensWithNotTheOwnerNamedInIt() {
        GraphFragment f = extract("Joe Biden and Donald Trump campaigned this week. Trump confirmed the claim, arguing "
                + "it was not in the national interest to stir up panic about the virus.  Biden, while campaigning in "
                + "Michigan, called Trump's action \"a life-and-death betrayal of the American people.\"  He described "
                + "it as \"beyond despicable\" and \"almost criminal.\"");
        assertEquals("person:joe-biden", speaker(statement(f, "life-and-death betrayal")));
        assertEquals("person:joe-biden", speaker(statement(f, "beyond despicable")), "he is the one who spoke last");
    }

    @Test
    void aPronounFarFromTheNameIsTheirsWhileEverySentenceBetweenSpeaksOfThem() {
        GraphFragment f = extract("The drummer Peter Lund died on Sunday. Lund began playing drums in his teens. In a "
                + "story he sometimes told, he had a habit of tapping on school desks. At a party, his classmates "
                + "encouraged him to sit down at a drum set. \"I had never sat behind a kit before. One of the "
                + "musicians turned round and said I was a drummer,\" he recalled in 2009.");
        assertEquals("person:peter-lund", speaker(statement(f, "One of the musicians turned round")));
    }

    @Test
    void membersOfAPartyTheArticleNamesSpeakForIt() {
        GraphFragment f = extract("The Democratic Party and the Republican Party disagree on the court. Democrats "
                + "argued that the election should decide who picks the next justice. Republicans said this was a "
                + "different situation.");
        assertEquals("party:democratic-party", speaker(statement(f, "the election should decide")));
        assertEquals("party:republican-party", speaker(statement(f, "a different situation")));
        assertTrue(f.entities().stream().anyMatch(e -> e.name().equals("Democratic Party")
                && e.aliases().contains("Democrats")), "the members' name is the party's: " + f.entities());
    }

    @Test
    void aQuotationWhoseOpeningMarkEndsTheSentenceGoesOnAndAPersonTaggedWithTheirBodySpeaks() {
        GraphFragment f = extract("Protesters rallied again on Sunday. \"She is just doing this to break the movement. "
                + "Many people think that,\" said a protester using the pseudonym Mei. \"The situation has escalated to "
                + "a point where nobody knows how to sort this. So they are using different tricks.\" \"This "
                + "announcement cannot change the fact that the authorities have chosen to suppress protests,\" Hong "
                + "Kong director of Amnesty International Man-kei Tam said.");
        assertEquals("person:mei", speaker(statement(f, "The situation has escalated")));
        assertEquals("person:man-kei-tam", speaker(statement(f, "This announcement cannot change")));
    }

    @Test
    void aVerbThatSaysOnlyWithAClauseGivesNoSpeakerWithAnObject() {
        GraphFragment f = extract("According to a recent report by The Atlantic, the Watch Tower Society maintains a "
                + "database of the accused.");
        Statement s = statement(f, "maintains a database");
        assertNull(s.speaker(), "the report's, not the society's: " + s);
        assertTrue(s.speakerText() != null && s.speakerText().contains("Atlantic"), s.toString());
    }

    @Test
    void aCourtsDecisionOfNoOneNamedIsTheCourtsNamedBefore() {
        GraphFragment f = extract("The Supreme Court of Norway ruled on Tuesday that the fishing law was void. The "
                + "fisheries minister Lars Berg said he would respect the ruling. The summary of the decision read in "
                + "part: \"This Court has concluded that the law was unlawful and of no effect.\"");
        assertEquals("organisation:supreme-court-of-norway", speaker(statement(f, "This Court has concluded")),
                "not the minister who spoke before");
    }

    @Test
    void aQuotationBesideAVerbThatSaysOnlyBesideItAndASpeakerTheParseHungARelativeClauseOn() {
        GraphFragment f = extract("The council voted on Monday. Senator Maria Lopez spoke on local radio, \"This "
                + "vote will cost the region dearly. Nobody asked the farmers. Nobody asked the fishermen either. The "
                + "council will regret it.\"\n\n\"We have seen this before. It ends in court\", Lopez continued. "
                + "\"The mayor should step in now.\" Tom Hart, who was the council's treasurer until May, also "
                + "criticized the decision via Twitter. \"The figures were never checked by anyone on the board.\" "
                + "The festival began on Friday, \"the biggest in the town's history.\" The talks, dubbed \"a last "
                + "chance for peace in the region\", began on Monday.");
        assertEquals("person:maria-lopez", speaker(statement(f, "cost the region dearly")),
                "the person after her title, the quotation after the comma of 'spoke on local radio'");
        Statement continued = statement(f, "We have seen this before");
        assertEquals("person:maria-lopez", speaker(continued));
        assertEquals("continue", continued.verb());
        assertEquals("person:maria-lopez", speaker(statement(f, "step in now")),
                "she spoke until the last sentence of her first quotation, not only in its first");
        assertEquals("person:tom-hart", speaker(statement(f, "the decision via Twitter")));
        assertEquals("person:tom-hart", speaker(statement(f, "never checked")));
        assertTrue(f.statements().stream().noneMatch(x -> "begin".equals(x.verb())),
                "a quotation beside a verb with no one named who speaks: no statement: " + f.statements());
    }

    @Test
    void aFigureKeepsTheOutcomeOfItsOwnClause() {
        GraphFragment f = extract("Health officials said the virus has infected over 300 people in the province and "
                + "killed four people. After the march, fifteen people were arrested, and three police officers were "
                + "injured. At least 9 people were found dead.");
        List<Claim> c = casualties(f);
        assertTrue(c.stream().noneMatch(x -> x.casualty().count() == 300), "infected is no outcome: " + c);
        assertTrue(c.stream().noneMatch(x -> x.casualty().count() == 15), "arrested is no outcome: " + c);
        assertEquals("killed", c.stream().filter(x -> x.casualty().count() == 4).findFirst().orElseThrow()
                .casualty().outcome());
        assertEquals("injured", c.stream().filter(x -> x.casualty().count() == 3).findFirst().orElseThrow()
                .casualty().outcome());
        assertEquals("killed", c.stream().filter(x -> x.casualty().count() == 9).findFirst().orElseThrow()
                .casualty().outcome(), "found dead: the outcome after the verb, no subject of its own");
    }

    @Test
    void speakersNamedBesideTheirPhraseADocumentAndAnOfficeAmongSeveral() {
        GraphFragment f = extract("The Estonian Chess Union (ECU) released a statement about the ban. It read, \"The "
                + "union has always opposed cheating in any form and will support the inquiry.\" Estonian Chess "
                + "Union officials met on Friday. One of the clubs, the Tallinn Chess Club, opposed the ban and said "
                + "it was never consulted. Latvian energy minister Janis Ozols and Lithuanian energy minister Rasa "
                + "Petraitiene met in Riga. Finnish minister Mikko Laine sent a letter of support, but the minister "
                + "said they will build another cable to Tallinn.");
        assertEquals("organisation:estonian-chess-union", speaker(statement(f, "always opposed cheating")),
                "the statement the sentence before says the union released");
        assertEquals("organisation:tallinn-chess-club", speaker(statement(f, "never consulted")),
                "the name in apposition to 'One of the clubs'");
        assertEquals("person:mikko-laine", speaker(statement(f, "another cable")),
                "of three ministers, the one named last in the sentence");
    }

    @Test
    void theDefiniteNounIsTheNameAsAWholePhraseNotTheOwnerBesideIt() {
        GraphFragment f = extract("Anna Berg founded the Harmony Party of Norway in 2004 with supporters of the "
                + "Labour Party's candidate. The party, which describes itself as centrist, said it wants lower "
                + "taxes. The Harmony Party held its congress in Bergen.");
        assertEquals("party:harmony-party-of-norway", speaker(statement(f, "lower taxes")));
        assertTrue(f.entities().stream().noneMatch(e -> e.name().equals("Harmony Party")),
                "the short name is the fuller one's: " + f.entities());
    }

    @Test
    void aPronounAfterADescribedSpeakerAReportThatReadsAndASemicolonAfterTheSource() {
        GraphFragment f = extract("The officers were convicted on Friday. The head of the internal inspectorate told "
                + "the court \"Basic checks were not done.\" She also said \"I regret we were not called at once. "
                + "We could have secured the scene.\" \"It is likely that the outbreak is far larger than reported\", "
                + "reads the report. According to the embassy, the man died on February 6; local officials referred "
                + "to him as a tourist.");
        Statement regret = statement(f, "I regret we were not called");
        assertNull(regret.speaker(), "no one named: " + regret);
        assertTrue(regret.speakerText() != null && regret.speakerText().contains("head"), regret.toString());
        Statement report = statement(f, "far larger than reported");
        assertTrue(report.speakerText() != null && report.speakerText().contains("report"), report.toString());
        assertFalse(statement(f, "died on February 6").text().contains("tourist"),
                "the source's clause ends at the semicolon");
    }

    @Test
    void anAnswerGoesOnOverItsParagraphsUntilTheNextTurn() {
        GraphFragment f = extract("Wikinews spoke with Lena Berg, a maintainer of the tool.\n\n((WN))  How does the "
                + "tool read the stream?\n\n((Lena Berg))  The site uses several delivery protocols.  None of them "
                + "is encrypted.\n\nThe tool runs the page's script, just like a web browser does.\n\nWhat will "
                + "you do next?\n\n((Lena Berg))  We will wait for the court.\n\nThe project was started in 2008 "
                + "by students in Oslo.");
        assertEquals("person:lena-berg", speaker(statement(f, "runs the page's script")));
        assertTrue(f.statements().stream().noneMatch(x -> x.text().contains("What will you do next")),
                "a question is no answer: " + f.statements());
        assertTrue(f.statements().stream().noneMatch(x -> x.text().contains("started in 2008")),
                "after the last turn the article speaks again: " + f.statements());
    }

    @Test
    void aSurnameTheTaggerLeftAloneAPersonBeforeWhoAndAnIssuedStatementsParticiple() {
        GraphFragment f = extract("The singer Dana West announced a run for governor on Monday. West backed away "
                + "from his support for Governor Tom Hale, criticising reports that Hale hid from reporters. He "
                + "attacked Senator Ann Cole, saying she had never visited the farms. Households were asked to fly a "
                + "flag. This included the home of Mayor Lefa Tumua, who told the press his nephew needed a dose. "
                + "Team doctor Carl Imre issued a statement saying the captain has been given rest. Coach Jarrod "
                + "Tallis spoke after the game. Fitness was a big factor in the win according to Tallis.");
        assertEquals("person:dana-west", speaker(statement(f, "never visited the farms")),
                "'He' is the subject of the sentence before, a surname the tagger left untagged");
        assertEquals("person:lefa-tumua", speaker(statement(f, "nephew needed a dose")),
                "'who' after the person's name, not the home");
        assertEquals("person:carl-imre", speaker(statement(f, "given rest")), "the one who issued the statement");
        assertEquals("person:jarrod-tallis", speaker(statement(f, "big factor in the win")),
                "the coach's surname, not a place");
    }

    @Test
    void aNameBeforeItsAcronymAMediumThatIsNoAuthorAndMakersNamedByAPluralNoun() {
        GraphFragment f = extract("Thousands march in Lisbon\n\nEstimates by event organizers indicate roughly one "
                + "million people marched in Lisbon on Saturday. According to Notes from Portugal (NFP), some discount "
                + "stores resorted to offering postal services. According to the Portuguese Institute of Volcanology "
                + "and Seismology (Porvolcs), the epicenter was near Faial. Earlier this week, an official government "
                + "Twitter account made the following announcement: \"Latest update: 3,728 measles cases have been "
                + "reported since the outbreak.\" Meanwhile, a new allegation surfaced from a woman, a niece of the "
                + "mayor's 2008 opponent Rui Costa, who claimed the mayor had lied to the council when she was 14 years "
                + "old.");
        Statement estimate = statement(f, "one million people marched");
        assertEquals("event organizers", estimate.speakerText(), estimate.toString());
        assertEquals("organisation:notes-from-portugal", speaker(statement(f, "postal services")),
                "the capitalised words before the bracketed initials are one name");
        assertEquals("organisation:portuguese-institute-of-volcanology-and-seismology",
                speaker(statement(f, "epicenter was near")), "a tagged name extended to its bracketed acronym");
        Statement update = statement(f, "3,728 measles cases");
        assertNull(update.speaker(), "the platform is no author: " + update);
        assertTrue(update.speakerText() != null && update.speakerText().contains("government Twitter account"),
                update.toString());
        Statement lied = statement(f, "had lied to the council");
        assertNotEquals("person:rui-costa", speaker(lied), "'who' after a kin noun's phrase is the niece");
    }

    @Test
    void aPossessiveThatLooksAheadAShortNameInBracketsAHyphenatedNameAndMakersOfADocument() {
        GraphFragment f = extract("Wrestler dies\n\nWrestler Mia Sato, age 22, has died, wrestling promotion Pacific "
                + "Star Ring Nova (Nova) announced yesterday. Sato reportedly made several posts on social media "
                + "suggesting she was a victim of online abuse. Nova's official statement yesterday read \"We are "
                + "very sorry to report that our Mia Sato has passed away.\" The Osaka Tigers said on Monday that "
                + "their training would go on. According to its press release, the Japan Wrestling Association was "
                + "\"suspending all events until further notice.\" A former champion, Sato died, according to a "
                + "statement released by her family. Agence France-Presse reported that her mother had been told "
                + "first. Then both federations issued statements speaking of a review of the rules.");
        assertEquals("person:mia-sato", speaker(statement(f, "victim of online abuse")), "the one who made the posts");
        assertEquals("organisation:pacific-star-ring-nova", speaker(statement(f, "very sorry to report")),
                "the short name in brackets is the promotion's");
        assertEquals("organisation:japan-wrestling-association", speaker(statement(f, "suspending all events")),
                "'its' in the opening 'According to' phrase is the subject after the comma");
        Statement died = statement(f, "Sato died");
        assertNull(died.speaker(), died.toString());
        assertEquals("her family", died.speakerText());
        assertEquals("organisation:agence-france-presse", speaker(statement(f, "had been told first")),
                "a hyphenated name of the gazetteer");
        Statement review = statement(f, "review of the rules");
        assertTrue(review.speakerText() != null && review.speakerText().contains("federations"), review.toString());
    }

    @Test
    void aTitleWithItsAbbreviationInBracketsIsNoOrganisation() {
        GraphFragment f = extract("Test\n\nMember of Parliament (MP) Ann Cole of the Labour Party added, \"The prime "
                + "minister is trying to use the Queen to concentrate power in his own hands.\"\n\nConservative MP Tom "
                + "Hale commented, \"It would be a constitutional outrage if Parliament were prevented from holding "
                + "the government to account.\"");
        assertEquals("person:tom-hale", speaker(statement(f, "constitutional outrage")));
        assertTrue(f.entities().stream().noneMatch(e -> e.name().equals("Member of Parliament")), f.entities().toString());
    }

    @Test
    void aQuestionDiscussedARoleNamedAndATopicOnAGerund() {
        GraphFragment f = extract("Campaign notes\n\nAmar Patel discussed how he became the vice presidential nominee "
                + "of the party. He also discussed why he joined the Solidarity Party. Spike Cohen discussed his "
                + "journey from neoconservatism to libertarianism. Joe Biden named Senator Kamala Harris of California "
                + "as his running mate. The Lakers named a new coach on Monday. The party is advocating for social "
                + "justice and environmentalism. Trump tweeted about possibly delaying the 2020 election due to his "
                + "concerns about fraud.");
        assertEquals("person:amar-patel", speaker(statement(f, "how he became the vice presidential nominee")));
        assertEquals("person:amar-patel", speaker(statement(f, "why he joined the Solidarity Party")));
        assertTrue(statement(f, "his journey").text().endsWith("to libertarianism"), "the phrases the parse hung on the verb");
        Statement named = statement(f, "Kamala Harris of California as his running mate");
        assertEquals("person:joe-biden", speaker(named));
        assertEquals("stance", named.kind());
        assertTrue(f.statements().stream().noneMatch(x -> x.text().contains("a new coach")),
                "naming without 'as' is no stance: " + f.statements());
        assertEquals("stance", statement(f, "social justice and environmentalism").kind());
        assertEquals("topic", statement(f, "possibly delaying the 2020 election").kind());
    }

    @Test
    void aGivenNameTellsWhomAPronounCanStandFor() {
        GraphFragment f = extract("Notes\n\nThe rapper Dana West filed papers to run for president. He named Wyoming "
                + "preacher Michelle Tidball as his running mate. He identified fellow rapper Jay-Z as his ideal "
                + "running mate.");
        assertEquals("person:dana-west", speaker(statement(f, "Jay-Z as his ideal running mate")));
        GraphFragment g = extract("Notes\n\nThe campaign filed papers in Ohio. He named Wyoming preacher Michelle "
                + "Tidball as his running mate. He identified fellow rapper Jay-Z as his ideal running mate.");
        assertTrue(g.statements().stream().noneMatch(x -> x.text().contains("Jay-Z")
                && "person:michelle-tidball".equals(speaker(x))), "'He' is not Michelle Tidball: " + g.statements());
    }

    @Test
    void aFirstNameAfterAnAgeIsAPerson() {
        GraphFragment f = extract("Bus hits bridge\n\nThe bus was carrying pupils to school. Fourteen-year-old Zoe, on the "
                + "top deck of the bus when the incident occurred, said the roof fell in and everyone started screaming.");
        assertEquals("person:zoe", speaker(statement(f, "the roof fell in")));
    }

    @Test
    void aPrintedQuestionAndAnswerInterviewGivesTheAnswersToTheInterviewee() {
        GraphFragment f = extract("Actress Diane Guerrero talks about her new book. Guerrero spoke with reporters "
                + "this week.\n\nQ: You open your book on May 17, 2001. What did you find?\n\nA: I came home from "
                + "school and my parents were gone.\n\nIt was as if I had never existed.\n\nQ: How did things go "
                + "for you?\n\nA: I felt helpless and hopeless for a long time.\n\nQ: What comes next?");
        Statement first = statement(f, "I came home from school");
        assertEquals("person:diane-guerrero", speaker(first));
        assertEquals("answer", first.verb());
        assertFalse(first.text().startsWith("A:"), "the label is not what was said");
        assertEquals("person:diane-guerrero", speaker(statement(f, "as if I had never existed")),
                "a further paragraph of the answer");
        assertTrue(f.statements().stream().noneMatch(x -> x.text().contains("What did you find")),
                "questions are not statements: " + f.statements());
        GraphFragment one = extract("Guerrero spoke with reporters.\n\nQ: What did you find?\n\nA: Nothing at all.");
        assertTrue(one.statements().stream().noneMatch(x -> x.text().contains("Nothing at all")),
                "one answer so labelled is no interview: " + one.statements());
    }

    @Test
    void aQuotationWithTheSpeakerAfterItWhateverTheVerb() {
        GraphFragment f = extract("Boeing rolled out the plane on Monday.\n\n\"We are rolling out the first "
                + "delivery airplane,\" enthused Scott Fancher, the project manager.\n\nThe old model was "
                + "discontinued in 2006. \"How can it go away?\" Alan Mulally remembered asking.");
        assertEquals("person:scott-fancher", speaker(statement(f, "rolling out the first delivery")));
        assertEquals("person:alan-mulally", speaker(statement(f, "How can it go away")));
        assertFalse(statement(f, "rolling out the first delivery").text().contains("How can it"),
                "a quotation in another paragraph is a statement of its own");
    }

    @Test
    void aSpeakerPhraseTheSplitterCutAtACompanysAbbreviation() {
        GraphFragment f = extract("Apple settled the dispute on Monday. \"We love the Beatles, and it has been "
                + "painful being at odds with them,\" said Apple Inc. CEO Steve Jobs.");
        assertEquals("person:steve-jobs", speaker(statement(f, "We love the Beatles")));
    }

    @Test
    void aQuotationAfterThePersonWhoseClauseItEnds() {
        GraphFragment f = extract("The judge ruled for the company. After the case closed Apple Computer CEO Steve Jobs "
                + "extended an invitation to the record label, \"we have always loved the Beatles, and hopefully we "
                + "can now work together\". Analysts said the ruling was expected. Following some speculation that the companies "
                + "would split, chairman Dieter Zetsche denied the reports. \"We do not exclude any option in order "
                + "to find the best solution.\"");
        assertEquals("person:steve-jobs", speaker(statement(f, "we have always loved the Beatles")));
        assertEquals("person:dieter-zetsche", speaker(statement(f, "We do not exclude any option")),
                "not the last speaker: another person is the subject of the sentence between");
    }

    @Test
    void aPersonOfNoNameAfterTheVerbSpeaks() {
        GraphFragment f = extract("GM said the offer had failed. \"They said no. That's why they are going to "
                + "have to file for bankruptcy,\" said a university professor who specializes in bankruptcy.");
        Statement s = statement(f, "They said no");
        assertNull(s.speaker());
        assertNotNull(s.speakerText());
        assertTrue(s.speakerText().contains("professor"), s.speakerText());
    }

    @Test
    void aPronounReachesBackOverSentencesThatNameNoOne() {
        GraphFragment f = extract("Barack Obama presented the plan on Monday. He stated that his intent was not to "
                + "prop up the company. The government would hold a 60% stake. The government will give the company "
                + "a capital infusion. Of the government ownership he stated that he had no interest in running it.");
        assertEquals("person:barack-obama", speaker(statement(f, "no interest in running it")));
    }

    @Test
    void aQuotationFollowedByAccordingToIsTheSourcesNotThePersonBefore() {
        GraphFragment f = extract("Gloria was finally taken to the emergency department shortly before her death. By "
                + "this time, \"her skin was weeping, her body malnourished and her corneas melting\", according to "
                + "the Sydney Morning Herald.");
        assertTrue(f.statements().stream().filter(x -> x.text().contains("her skin was weeping"))
                .allMatch(x -> "organisation:sydney-morning-herald".equals(speaker(x))), f.statements().toString());
    }

    @Test
    void aShareOfPeopleSpeaksInWordsOfItsOwn() {
        GraphFragment f = extract("A new poll of Latino voters was released on Friday. Two in three said they are less "
                + "likely to vote Republican in November. Several said they would rather have block grants.");
        assertEquals("Two in three", statement(f, "less likely to vote Republican").speakerText());
        assertEquals("Several", statement(f, "rather have block grants").speakerText());
    }

    @Test
    void blameWithNoOneBlamedIsNoAllegation() {
        GraphFragment f = extract("Stocks fell sharply on Tuesday. Analysts blamed the slide on a number of factors. "
                + "His critics blame him for encouraging farmers to set fires. The senator blames federal regulators "
                + "for the crisis. Mike Pompeo posted a message on Twitter blaming Iran for the attacks.");
        assertTrue(f.claims().stream().anyMatch(c -> c.kind().equals("responsibility") && c.text().startsWith("Iran")),
                "a name blamed for an attack: " + f.claims());
        List<Claim> allegations = f.claims().stream().filter(c -> c.kind().equals("allegation")).toList();
        assertTrue(allegations.stream().noneMatch(c -> c.text().contains("the slide")), allegations.toString());
        assertTrue(allegations.stream().anyMatch(c -> c.text().contains("him for encouraging")), allegations.toString());
        assertTrue(allegations.stream().anyMatch(c -> c.text().contains("federal regulators")), allegations.toString());
    }

    @Test
    void theInvertedAndNextSentenceRulesKeepToTheirShapes() {
        GraphFragment f = extract("The court ruled on Monday. \"We will appeal this decision,\" said Microsoft. Brad "
                + "Smith, the company's president, testified in March.\n\nWhen the band played \"Hail to the Chief,\" "
                + "Biden walked onto the stage.\n\nPell was convicted on five charges, \"a verdict that stunned the "
                + "Church.\"\n\nThe mayor blamed the flooding on city officials.");
        assertEquals("organisation:microsoft", speaker(statement(f, "We will appeal")), "a full stop is no 'Inc.'");
        assertTrue(f.statements().stream().filter(x -> x.text().contains("Hail to the Chief"))
                .noneMatch(x -> x.speaker() != null), "a title played is no one's words: " + f.statements());
        assertTrue(f.statements().stream().filter(x -> x.text().contains("a verdict that stunned"))
                .noneMatch(x -> x.speaker() != null), "a passive subject does not speak: " + f.statements());
        assertTrue(f.claims().stream().anyMatch(c -> c.kind().equals("allegation") && c.text().contains("city officials")),
                "blame on someone: " + f.claims());
        GraphFragment explainer = extract("Health Secretary Xavier Becerra announced new rules Monday. Here is what "
                + "they mean.\n\nQ: Who is eligible?\n\nA: Anyone over 65 can apply.\n\nQ: When does it start?"
                + "\n\nA: The rules take effect in March.");
        assertTrue(explainer.statements().stream().noneMatch(x -> x.text().contains("Anyone over 65")),
                "an explainer's answers are the paper's: " + explainer.statements());
    }

    @Test
    void whatIsTakenIsNotSaid() {
        GraphFragment f = extract("The recent wave of attacks has claimed the lives of dozens of security personnel and "
                + "civilians. The Lakers claimed the title in June. The opposition claimed the vote had been rigged.");
        assertTrue(f.statements().stream().noneMatch(x -> x.text().contains("the lives of dozens")
                || x.text().contains("the title")), f.statements().toString());
        assertTrue(f.statements().stream().anyMatch(x -> x.text().contains("the vote had been rigged")),
                "a claim with a clause is still a statement: " + f.statements());
    }

    @Test
    void aCueInARelativeOrLeadingClauseSaysNothingBeyondIt() {
        GraphFragment f = extract("While not everything Donald Trump says is true, Kathleen Jamieson said Trump is a "
                + "skilled communicator.\n\nMarco Rubio suggested that someone who does not answer questions cannot "
                + "be president, while Ted Cruz said that the stakes were high.\n\nFBI officials were angered by the "
                + "deal and predicted it would weaken the agency's case.");
        assertTrue(f.statements().stream().noneMatch(x -> x.text().contains("is true")), f.statements().toString());
        assertEquals("person:kathleen-jamieson", speaker(statement(f, "skilled communicator")));
        Statement rubio = statement(f, "cannot be president");
        assertFalse(rubio.text().contains("stakes"), rubio.text());
        assertEquals("person:ted-cruz", speaker(statement(f, "the stakes were high")));
        assertNotNull(statement(f, "weaken the agency").speaker(), "the passive's subject predicted it");
    }

    @Test
    void aSpeakerAfterATitleOrAnOfficeAndAfterASplitQuestion() {
        GraphFragment f = extract("Clinton testified on Thursday.\n\nRep. Trey Gowdy (R-S.C.):\"I have not heard "
                + "anyone other than you ever cite that figure.\"\n\nFormer secretary of state Hillary Rodham Clinton:"
                + "\"We learned that from the State Department and their analysis.\"\n\nMarco Rubio attacked Trump on "
                + "Sunday. \"He is a con artist who will say anything,\" tweeted Rubio spokesman Alex Conant.\n\n"
                + "Stocks fell on Monday. \"Is global growth really that strong? Has the earnings kick played itself "
                + "out?\" said Bell Curve Trading chief strategy expert, Bill Strazzullo.\n\nBoeing rolled out the "
                + "plane. \"No one has ever built a wide body aircraft at this rate,\" claims writer John Ostrower.");
        assertEquals("person:trey-gowdy", speaker(statement(f, "ever cite that figure")));
        assertEquals("person:hillary-rodham-clinton", speaker(statement(f, "We learned that")));
        assertEquals("person:alex-conant", speaker(statement(f, "con artist")), "the spokesman, not the one he speaks for");
        assertEquals("person:bill-strazzullo", speaker(statement(f, "global growth")));
        assertEquals("person:john-ostrower", speaker(statement(f, "wide body aircraft")));
    }

    @Test
    void heGoesOnThroughARunOfPronounsAndNothingIsSaidWhenNotSaid() {
        GraphFragment f = extract("Fritz Henderson, the chief executive of General Motors, outlined a plan on Monday. "
                + "Henderson stated that the process would take 60 days. He stated that GM would offer a package to "
                + "dealers. The company has 47 plants. Its shares fell. He stated that GM would keep its plants in "
                + "China. He stated that the filings did not cover the company's businesses in Europe. He declined to "
                + "predict when the company would return to profitability. As Henderson told The New York Times, the "
                + "bankruptcy process will be quick and thorough.\n\nBoth the Irving Independent School District and the Irving "
                + "Police Department have asserted that the boy's religion was not a factor.");
        assertEquals("person:fritz-henderson", speaker(statement(f, "filings did not cover")));
        assertTrue(f.statements().stream().noneMatch(x -> x.verb().equals("predict")), f.statements().toString());
        assertEquals("person:fritz-henderson", speaker(statement(f, "bankruptcy process will be quick")));
        Statement both = statement(f, "religion was not a factor");
        assertEquals(1, both.coSpeakers().size(), "both bodies asserted it: " + both);
    }

    @Test
    void anAirlineNamedForItsCountryAndACorporationAfterItsPlaceAreOrganisations() {
        GraphFragment f = extract("Boeing secured the deals on Monday. Air India says the new airliner will save US$300 "
                + "million in fuel a year.\n\nThe Bank of America Corporation, the second-largest bank in the United "
                + "States, has announced that it lost US$2.24 billion in the third quarter.\n\nGeneral Motors asked "
                + "for $4 billion in loans from the US Treasury Department on Tuesday. The company has warned that it "
                + "might run out of money by March.");
        assertEquals("organisation:air-india", speaker(statement(f, "save US$300 million")));
        assertEquals("organisation:bank-of-america-corporation", speaker(statement(f, "lost US$2.24 billion")));
        assertEquals("organisation:general-motors", speaker(statement(f, "run out of money")),
                "the company that was the subject, not the body named in passing");
    }

    @Test
    void aQuotationThatNamesAWorkIsNoOnesWords() {
        GraphFragment f = extract("Jeb Bush crisscrossed New Hampshire last week on a three-day \"Jeb Can Fix It\" bus "
                + "tour. Mexican newspapers have been inspecting Donald Trump's new book, \"Crippled America: How to Make "
                + "America Great Again,\" which was released this month. Comedians are performing a play called \"Los "
                + "Hijos de Trump,\" in which the candidate is mocked. Trump called the deal \"a disaster for our "
                + "country and for our workers.\"");
        assertTrue(f.statements().stream().noneMatch(x -> x.text().contains("Jeb Can Fix It")
                || x.text().contains("Crippled America") || x.text().contains("Los Hijos")), f.statements().toString());
        assertEquals("person:donald-trump", speaker(statement(f, "a disaster for our country")),
                "calling something a name is a statement");
    }

    @Test
    void aQuotationThatIsPartOfTheClauseSaidGivesTheWholeClauseToo() {
        GraphFragment f = extract("Donald Trump said that \"the system is rigged\" against him and his supporters in "
                + "every state.");
        Statement st = statement(f, "his supporters in every state");
        assertTrue(st.text().startsWith("the system is rigged"), st.text());
        assertEquals("person:donald-trump", speaker(st));
        assertTrue(f.statements().stream().anyMatch(x -> x.quote() && x.text().equals("the system is rigged")),
                "the quotation stays a statement of its own: " + f.statements());
    }

    @Test
    void aQuotationInASentenceAboutSomeoneElseIsTheirsNotTheLastSpeakers() {
        GraphFragment f = extract("\"We have big substantive differences,\" Tad Devine said.\n\nThat is where author "
                + "Cornel West took the conversation. Filling in for Sanders at the same event, West landed a sharp dig "
                + "at \"my dear sister Hillary Clinton, who takes the money.\"");
        assertEquals("person:cornel-west", speaker(statement(f, "my dear sister")));
    }

    @Test
    void aQuotationSignedOnTheNextLineIsTheSignersAsFactChecksPrintThem() {
        GraphFragment f = extract("Here are some claims from the debate.\n\n\"Boeing and GE and other multinationals "
                + ". . . pay zero taxes.\"\n\n- Bernie Sanders.\n\nThis is a complex issue.\n\n\"I will look into it. I "
                + "do not know the status.\"\n\n- Hillary Clinton.\n\nClinton has certainly been looking.");
        assertEquals("person:bernie-sanders", speaker(statement(f, "pay zero taxes")));
        assertEquals("person:hillary-clinton", speaker(statement(f, "look into it")));
    }

    @Test
    void wordsAfterANounOfAWorkOrANamingVerbThatAreSaidStayStatements() {
        GraphFragment f = extract("Bernie Sanders told the show, \"We are going to win this state and the nomination.\" "
                + "The investigation, which Donald Trump has called \"the greatest witch hunt in history,\" continued "
                + "on Monday. Police announced a $10,000 reward for information about the attack.");
        assertEquals("person:bernie-sanders", speaker(statement(f, "going to win this state")));
        assertEquals("person:donald-trump", speaker(statement(f, "greatest witch hunt")));
        assertTrue(f.statements().stream().anyMatch(x -> x.text().contains("$10,000 reward")),
                "only a claim's object can be taken: " + f.statements());
    }

    @Test
    void aNewsAgencyOrNewspaperNamedInItsPhraseAndATitleBeforeANameAreNotOthersNamedNearby() {
        GraphFragment f = extract("Shares fell sharply on the Nasdaq exchange on Thursday. The Reuters news agency reports "
                + "that the losses briefly reached one trillion dollars. Airbus sold twenty jets to China Eastern "
                + "Airlines. The China Daily newspaper reported that the deal is waiting for approval by the "
                + "regulator. Procter & Gamble spokeswoman Jennifer Chelune spoke about the incident: \"We do not know "
                + "what caused it, and we are looking into it.\"");
        assertEquals("organisation:reuters", speaker(statement(f, "briefly reached")));
        assertEquals("organisation:china-daily", speaker(statement(f, "waiting for approval")));
        assertEquals("person:jennifer-chelune", speaker(statement(f, "what caused it")));
    }

    @Test
    void theCompanyIsTheOneTheStoryIsAboutAndARelayIsNoSpeaker() {
        GraphFragment f = extract("The US car manufacturer General Motors said that it would cut 10,000 jobs at its "
                + "European division, Opel. According to the company's vice president John Smith, the firm wanted to "
                + "reduce costs at Opel by 30%.\n\n\"With this factory, Romania will become an important car maker "
                + "in Europe\", concluded Constantin Stroe, cited by HotNews.");
        assertEquals("organisation:general-motors", speaker(statement(f, "to reduce costs")));
        assertEquals("person:constantin-stroe", speaker(statement(f, "important car maker")));
    }

    @Test
    void aParticipleAfterTheMainVerbAndACommentAreTheSubjects() {
        GraphFragment f = extract("Boeing said it was disappointed. Representative Norm Dicks said he too was "
                + "\"shocked\", releasing a statement saying \"This decision is even more disappointing because the "
                + "Air Force had favored our tanker.\" Ralph Crosby, the company's chief executive, commented \"This "
                + "selection is a win for our customers and for our workers.\"");
        assertEquals("person:norm-dicks", speaker(statement(f, "even more disappointing")));
        assertEquals("person:ralph-crosby", speaker(statement(f, "a win for our customers")));
    }

    @Test
    void aPronounIsNotOneWhoseWordsComeLaterInItsSentence() {
        GraphFragment f = extract("President Barack Obama spoke on Monday. He said that \"the hard times are not "
                + "over.\" He described the hardship that workers would undergo as a \"sacrifice for the next "
                + "generation\", so that their children could live in \"an America that still makes things,\" hoping "
                + "that the maxim (a misquotation of what Charles Wilson once testified before the Senate) would be "
                + "true again that \"what is good for the company is good for the country.\"");
        assertEquals("person:barack-obama", speaker(statement(f, "the hardship that workers")));
        assertEquals("person:barack-obama", speaker(statement(f, "still makes things")));
    }

    @Test
    void aDescriptionThatEndsInTheNameIsThatOnesAndAnOfficeOfAPlaceIsATitle() {
        GraphFragment f = extract("His father Mohamed El-Hassan Mohamed said the family would travel to New York. "
                + "Executive director of the Dallas chapter of the Council on American-Islamic Relations Alia Salem said "
                + "the boy wants to speak about civil rights. The watchdog group the Project on Government Oversight "
                + "has called the deal a textbook case of favoritism. The Air Force's chief of staff General Duncan "
                + "McNab stated that the tanker is the first priority.\n\nThe jet was greeted by guests, including the "
                + "Prime Minister of Singapore, Mr. Lee Hsien Loong. In his speech, the Prime Minister said that the "
                + "landing was a milestone.\n\nConsumer Reports declined to recommend the phone. The group said that the "
                + "free cases are a good first step.");
        assertEquals("person:mohamed-el-hassan-mohamed", speaker(statement(f, "would travel to New York")));
        assertEquals("person:alia-salem", speaker(statement(f, "speak about civil rights")));
        assertEquals("organisation:project-on-government-oversight", speaker(statement(f, "textbook case")));
        assertEquals("person:duncan-mcnab", speaker(statement(f, "the first priority")));
        assertEquals("person:lee-hsien-loong", speaker(statement(f, "was a milestone")));
        assertEquals("organisation:consumer-reports", speaker(statement(f, "good first step")));
    }

    @Test
    void commentingOnSomethingIsATopicAndCommentingAQuotationIsSpeech() {
        GraphFragment f = extract("Peter Cardillo, chief market economist at Avalon Partners, commented on the current "
                + "financial situation in the country. Louis Gallois, the chief executive, commented \"This selection "
                + "is a win for our customers and for our workers.\"");
        assertEquals(StatementWords.TOPIC, statement(f, "current financial situation").kind());
        assertEquals("person:louis-gallois", speaker(statement(f, "a win for our customers")));
    }

    @Test
    void aQuotationThatOpensAClauseSaidGoesOnToTheCue() {
        GraphFragment f = extract("\"We are shocked and saddened\" by the fire at the old mill on the river, Mayor "
                + "Linda Perez said. The council checked the wiring in 2019 and found \"no faults of any kind,\" apart "
                + "from a worn cable in the basement, said the town's engineer, Paul Moreno, on Monday.");
        Statement mayor = statement(f, "by the fire at the old mill");
        assertEquals("person:linda-perez", speaker(mayor));
        assertFalse(mayor.quote());
        assertEquals("person:paul-moreno", speaker(statement(f, "apart from a worn cable")));
    }

    @Test
    void aShortClauseWithAPronounSubjectAndASpeakerAfterAFrontedClauseAreStatements() {
        GraphFragment f = extract("The State Department asked the FBI for the emails. Later in the day, the FBI said "
                + "it would cooperate. The new bridge marks a turning point for the valley towns, one longtime "
                + "resident said.\n\nAsked whether he would resign over the report, Tom Baker said, \"Probably.\" "
                + "\"We need change,\" the Ohio dairy farmer said.");
        Statement fbi = statement(f, "it would cooperate");
        assertEquals("it would cooperate", fbi.text());
        assertTrue(speaker(fbi) != null && speaker(fbi).startsWith("organisation:"), speaker(fbi));
        Statement resident = statement(f, "turning point");
        assertEquals("The new bridge marks a turning point for the valley towns", resident.text());
        assertTrue(resident.speakerText().contains("resident"), resident.speakerText());
        assertTrue(f.statements().stream().noneMatch(x -> x.text().contains("Asked whether")),
                () -> "the participle's clause sets the scene: " + f.statements().stream().map(Statement::text).toList());
        assertTrue(statement(f, "We need change").quote());
    }

    @Test
    void seeingSomeoneAsSomethingIsAStanceAndSeeingSomethingIsNot() {
        GraphFragment f = extract("Many Democrats see Bernie Sanders as an agent in Hillary Clinton's decline. Voters "
                + "saw the debate on Tuesday night in large numbers.");
        Statement view = statement(f, "as an agent in Hillary Clinton's decline");
        assertEquals(StatementWords.STANCE, view.kind());
        assertEquals("see", view.verb());
        assertTrue(f.statements().stream().noneMatch(x -> x.text().contains("the debate")),
                () -> f.statements().stream().map(Statement::text).toList().toString());
    }

    @Test
    void aParticipleOfSayingThatOpensTheSentenceIsTheMainClausesSubjects() {
        GraphFragment f = extract("Saying \"there are many abortions despite the criminal threat\", President Alberto "
                + "Fernandez elaborated on the plan.");
        Statement said = statement(f, "there are many abortions");
        assertEquals("person:alberto-fernandez", speaker(said));
        assertTrue(f.statements().stream().noneMatch(x -> x.text().contains("elaborated")),
                () -> f.statements().stream().map(Statement::text).toList().toString());
    }
}
