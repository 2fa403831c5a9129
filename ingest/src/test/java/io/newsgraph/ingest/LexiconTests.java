package io.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.EntityType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lexicon directory's files take the place of the built-in word lists; a wrong file is named. */
class LexiconTests {

    @TempDir
    Path dir;

    @Test
    void theBuiltInFilesWrittenOutLoadBackAsTheDefaults() {
        List<Path> written = Lexicon.writeDefaults(dir);
        assertEquals(Lexicon.FILES, written.stream().map(p -> p.getFileName().toString()).toList());
        Lexicon fromFiles = Lexicon.load(dir, null);
        Lexicon builtIn = Lexicon.defaults();
        assertEquals(builtIn.events().types().keySet(), fromFiles.events().types().keySet());
        assertEquals(builtIn.statements().speechVerbs(), fromFiles.statements().speechVerbs());
        assertEquals(builtIn.cues().honorifics(), fromFiles.cues().honorifics());
        assertEquals(builtIn.gazetteer().entries(), fromFiles.gazetteer().entries(),
                "the gazetteer written out replaces the built-in one: each entry once");
    }

    @Test
    void aFileOfTheDirectoryReplacesTheBuiltInOneOfItsName() throws IOException {
        Files.writeString(dir.resolve("events.yaml"), """
                types:
                  eruption:
                    triggers: [eruption, eruptions]
                    casualties: true
                """);
        Lexicon lexicon = Lexicon.load(dir, null);
        assertEquals(List.of("eruption"), List.copyOf(lexicon.events().types().keySet()));
        assertTrue(lexicon.events().countsCasualties("eruption"));
        assertEquals(Lexicon.defaults().statements().speechVerbs(), lexicon.statements().speechVerbs(),
                "the lists it does not hold stay built in");
    }

    @Test
    void theSpellingFoldsOfTheNameCuesAreTheResolversToo() throws IOException {
        Lexicon.writeDefaults(dir);
        for (String f : List.of("gazetteer.yaml", "statements.yaml", "events.yaml", "reader-rules.yaml")) {
            Files.delete(dir.resolve(f));
        }
        Path cues = dir.resolve("cues.yaml");
        String text = Files.readString(cues);
        assertTrue(text.contains("spellingFolds: {ee: i,"), "the built-in folds are in the file");
        Files.writeString(cues, text.replaceAll("spellingFolds: \\{[^}]*}", "spellingFolds: {}"));
        assertTrue(Lexicon.defaults().entityResolver().spellingVariants("Sheeraz Khan", "Shiraz Khan",
                EntityType.PERSON), "ee and i are one spelling");
        assertFalse(Lexicon.load(dir, null).entityResolver().spellingVariants("Sheeraz Khan", "Shiraz Khan",
                EntityType.PERSON), "not without that fold");
    }

    @Test
    void aGazetteerInTheDirectoryExtendsTheBuiltInOne() throws IOException {
        Files.writeString(dir.resolve("gazetteer.yaml"), """
                places:
                  - name: Zomia Township
                    kind: town
                """);
        Gazetteer g = Lexicon.load(dir, null).gazetteer();
        assertFalse(g.lookup("Zomia Township").isEmpty(), "the user's entry");
        assertFalse(g.lookup("Quetta").isEmpty(), "and the built-in ones");
    }

    @Test
    void anUnknownFileOrAnUnreadableOneIsAnErrorThatNamesIt() throws IOException {
        Files.writeString(dir.resolve("statement.yaml"), "speechVerbs: [say]\n");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Lexicon.load(dir, null));
        assertTrue(unknown.getMessage().contains("statement.yaml"), unknown.getMessage());
        Files.delete(dir.resolve("statement.yaml"));
        Files.writeString(dir.resolve("cues.yaml"), "honorifics: [Mr., : broken\n");
        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class,
                () -> Lexicon.load(dir, null));
        assertTrue(broken.getMessage().contains("cues.yaml"), broken.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Lexicon.load(dir.resolve("absent"), null));
    }

    @Test
    void aGivenNameInTwoGendersListsIsNamed() throws IOException {
        Path file = dir.resolve("statements.yaml");
        Files.writeString(file, """
                givenNameGenders:
                  male: [robin, john]
                  female: [mary, robin]
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StatementWords.load(file));
        assertTrue(e.getMessage().contains("robin"), e.getMessage());
        assertTrue(StatementWords.defaults().givenNameGenders().containsKey("michelle"));
    }
}
