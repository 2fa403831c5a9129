package io.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * People resolved from real Wikinews articles, against a sample read by hand
 * ({@code src/test/resources/wikinews/person-sample.tsv}).
 */
class WikinewsPersonSampleIT {

    static final Path DIR = Path.of("src", "test", "resources", "wikinews");

    static TestGraph graph;
    static Driver driver;
    static List<Record> persons;

    @BeforeAll
    static void ingest() {
        graph = new TestGraph();
        driver = graph.driver;
        IngestReport report = graph.pipeline().ingest(List.of(DIR.resolve("sample-articles.csv")), IngestPipeline.Listener.NONE);
        assertTrue(report.failed().isEmpty(), report.failed().toString());
        try (var session = driver.session()) {
            persons = session.run("MATCH (p:Person) RETURN p.name AS name, p.aliases AS aliases").list();
        }
    }

    @AfterAll
    static void stop() {
        graph.close();
    }

    record Verdict(String name, String verdict, String note) {
    }

    static List<Verdict> sample() throws IOException {
        List<Verdict> out = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("person-sample.tsv"))) {
            if (line.startsWith("#") || line.startsWith("name\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            out.add(new Verdict(f[0], f[1], f[2]));
        }
        return out;
    }

    @Test
    void everyPersonJudgedRealIsStillFound() throws IOException {
        List<Verdict> sample = sample();
        assertEquals(50, sample.size());
        Set<String> names = new HashSet<>();
        persons.forEach(r -> names.add(r.get("name").asString()));
        List<String> lost = sample.stream().filter(v -> v.verdict().equals("ok")).map(Verdict::name)
                .filter(n -> !names.contains(n)).toList();
        assertTrue(lost.isEmpty(), "people no longer found: " + lost);
        long judgedBad = sample.stream().filter(v -> List.of("pronoun", "title-only", "merged")
                .contains(v.verdict())).count();
        assertEquals(0, judgedBad, "the hand-read sample has no pronoun, title-only or merged node");
    }

    @Test
    void noPersonIsAPronounOrATitleAlone() {
        Cues cues = Cues.defaults();
        for (Record r : persons) {
            String name = r.get("name").asString();
            String key = Names.key(name);
            assertTrue(!cues.notNames().contains(key), "pronoun or generic word as a person: " + name);
            boolean allTitleWords = Arrays.stream(name.toLowerCase(Locale.ROOT).split("\\s+"))
                    .allMatch(w -> cues.honorifics().contains(w) || cues.roleWords().contains(w)
                            || cues.roleModifiers().contains(w));
            assertTrue(!allTitleWords, "a title alone as a person: " + name);
        }
    }

    @Test
    void noPersonNodeHoldsTwoPeople() {
        EntityResolver resolver = new EntityResolver(TestGraph.GAZETTEER);
        for (Record r : persons) {
            List<String> full = r.get("aliases").asList(Value::asString).stream().filter(a -> a.contains(" "))
                    .toList();
            for (String a : full) {
                for (String b : full) {
                    Set<String> wa = new HashSet<>(List.of(Names.key(a).split(" ")));
                    Set<String> wb = new HashSet<>(List.of(Names.key(b).split(" ")));
                    boolean onePerson = resolver.spellingVariants(a, b, io.newsgraph.model.EntityType.PERSON)
                            || wa.containsAll(wb) || wb.containsAll(wa);
                    assertTrue(onePerson, r.get("name").asString() + " holds " + a + " and " + b);
                }
            }
        }
    }
}
