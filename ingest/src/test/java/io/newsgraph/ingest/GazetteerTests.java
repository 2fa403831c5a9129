package io.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.EntityType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTests {

    @Test
    void builtInEntriesAreFoundByNameAliasAndAcronymInAnySpellingOfCase() {
        Gazetteer g = Gazetteer.defaults();
        assertEquals("Baloch Liberation Army", g.lookup("balochistan liberation army").get(0).name());
        assertEquals("Nushki", g.lookup("Noshki").get(0).name());
        assertEquals(EntityType.PLACE, g.lookup("Nushki").get(0).type());
        List<Gazetteer.Entry> pti = g.lookup("PTI");
        assertTrue(pti.size() >= 2, "PTI is both a party and a news agency: " + pti);
        Gazetteer.Entry nushki = g.lookup("Nushki").get(0);
        assertEquals("Balochistan", g.parentOf(nushki).name());
        assertEquals("Pakistan", g.parentOf(g.parentOf(nushki)).name());
    }

    @Test
    void everyPlaceLiesInAPlaceTheGazetteerKnows() {
        Gazetteer g = Gazetteer.defaults();
        for (Gazetteer.Entry e : g.entries()) {
            if (e.type() == EntityType.PLACE && e.in() != null) {
                assertTrue(g.parentOf(e) != null, e.name() + " lies in unknown " + e.in());
            }
        }
    }

    @Test
    void aUserFileExtendsTheBuiltInOneOrReplacesIt(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("extra.yaml");
        Files.writeString(extra, """
                groups:
                  - name: Zomi Revolutionary Front
                    acronym: ZRF
                places:
                  - name: Zomiland
                    kind: district
                    in: Balochistan
                """);
        Gazetteer extended = Gazetteer.load(extra);
        assertEquals(EntityType.GROUP, extended.lookup("ZRF").get(0).type());
        assertEquals("Balochistan", extended.parentOf(extended.lookup("Zomiland").get(0)).name());
        assertEquals(1, extended.lookup("Nushki").size(), "built-in entries are still there");

        Path only = dir.resolve("only.yaml");
        Files.writeString(only, "replaceDefaults: true\nparties:\n  - name: Zomi Party\n");
        Gazetteer replaced = Gazetteer.load(only);
        assertEquals(1, replaced.entries().size());
        assertTrue(replaced.lookup("Nushki").isEmpty());
    }

    @Test
    void anUnreadableUserFileIsAClearError(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "parties: [ {name: unclosed\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.load(bad));
        assertTrue(e.getMessage().startsWith("cannot read gazetteer " + bad), e.getMessage());
    }

    @Test
    void everyScopeIsAPlaceTheGazetteerKnowsAndGenericNamesSayTheirCountry() {
        Gazetteer g = Gazetteer.defaults();
        for (Gazetteer.Entry e : g.entries()) {
            for (String c : e.scope()) {
                assertTrue(g.place(c) != null, e.name() + " is scoped to unknown place " + c);
            }
        }
        Gazetteer.Entry senate = g.lookup("Senate").get(0);
        assertEquals("Senate of Pakistan", senate.name());
        assertEquals(List.of("Pakistan"), senate.scope());
        assertTrue(g.placeWords("Pakistan").contains("Pakistani"));
        assertTrue(g.lookup("United Nations").get(0).scope().isEmpty(), "an international body applies anywhere");
    }

    @Test
    void aUserEntryTakesAScopeAsACountryOrAList(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("scoped.yaml");
        Files.writeString(extra, """
                organisations:
                  - name: High Court of Kenya
                    aliases: [High Court]
                    country: Kenya
                  - name: Lake Basin Authority
                    scope: [Kenya, Uganda]
                """);
        Gazetteer g = Gazetteer.load(extra);
        assertEquals(List.of("Kenya"), g.lookup("High Court").stream()
                .filter(e -> e.name().equals("High Court of Kenya")).findFirst().orElseThrow().scope());
        assertEquals(List.of("Kenya", "Uganda"), g.lookup("Lake Basin Authority").get(0).scope());
    }
}
