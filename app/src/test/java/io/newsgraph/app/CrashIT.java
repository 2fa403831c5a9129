package io.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.newsgraph.ingest.IngestPipeline;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/**
 * A real {@code kg ingest} process (a child JVM, the command a user runs) is killed with SIGKILL at four points of
 * a run over ten articles, run again on the same data directory after each kill, and finally left to finish.
 * After every kill the store opens and holds whole articles only (each exactly as a clean ingest writes it, with
 * its mentions and the provenance of its statements, claims and events); the next run analyses exactly the
 * articles the store lacks; and the graph the last run leaves is the graph of one clean ingest of the corpus:
 * the same nodes (ids, labels, properties) and the same relationships, none twice.
 *
 * <p>The clean ingest is a child process too, the same command into a fresh data directory, run alongside the
 * first killed runs: the graph to compare with comes from exactly the code path under test, the test JVM never loads
 * CoreNLP (it only opens the stores to read them), and the test takes one child's time less.
 *
 * <p>Run it within the reactor ({@code mvn -pl app -am verify -Dit.test=CrashIT ...}) where other checkouts install
 * into the same local repository: the child's class path is the test's, and a module jar another checkout installs
 * while the child runs is not this checkout's code (and may vanish under it).
 */
class CrashIT {

    static final Path SAMPLES = Path.of("..", "samples", "articles");
    /** Wikinews articles with statements (CC BY 2.5; each row's url is its attribution). */
    static final Path WIKINEWS = Path.of("..", "ingest", "src", "test", "resources", "wikinews",
            "statement-articles.csv");
    static final int WIKINEWS_ROWS = 5;
    static final Pattern ANALYSING = Pattern.compile("Analysing (\\d+) new articles?");
    static final Pattern ARTICLE = Pattern.compile("\\[(\\d+)/(\\d+)] (.+): (written.*|unchanged.*|failed)");
    /** Exit status of a process ended by SIGKILL, as {@link Process#exitValue()} gives it: 128 + 9. */
    static final int KILLED = 137;
    static final String SPEAKERLESS = "statement with no speaker";

    /**
     * When to kill the child, given each line of its stderr as it comes: a delay in milliseconds from this line
     * (0: at once), or -1 for not yet.
     */
    interface KillPoint {
        long delay(String line);
    }

    /** A kill point that fires on the article line {@code [k/n]} for which {@code at(n)} is k. */
    static KillPoint afterArticle(java.util.function.IntUnaryOperator at, long delay) {
        return line -> {
            Matcher m = ARTICLE.matcher(line);
            return m.matches() && Integer.parseInt(m.group(1)) == at.applyAsInt(Integer.parseInt(m.group(2)))
                    ? delay : -1;
        };
    }

    record Step(String name, KillPoint kill) {
    }

    /** One run of the child: its exit status, its stderr lines, its stdout, and the line the kill was set off by. */
    record Run(int exit, List<String> err, String out, String killedAt) {
        int written() {
            return (int) err.stream().map(ARTICLE::matcher).filter(m -> m.matches() && m.group(4).startsWith("written"))
                    .count();
        }

        Integer analysing() {
            return err.stream().map(ANALYSING::matcher).filter(Matcher::matches).findFirst()
                    .map(m -> Integer.parseInt(m.group(1))).orElse(null);
        }

        String log() {
            return "exit " + exit + (killedAt == null ? "" : ", killed at: " + killedAt) + "\nstderr:\n"
                    + String.join("\n", err) + "\nstdout:\n" + out;
        }
    }

    /** What a store holds after a run. */
    record Store(GraphSnapshot graph, Set<String> ids, List<String> breaches) {
    }

    /** The children still running, ended when a test fails while one runs (the clean ingest runs alongside). */
    static final Set<Process> CHILDREN = ConcurrentHashMap.newKeySet();

    @AfterEach
    void endChildren() throws InterruptedException {
        for (Process p : CHILDREN) {
            p.destroyForcibly().waitFor();
        }
        CHILDREN.clear();
    }

    @Test
    void killingTheIngestAnywhereLeavesWholeArticlesAndRerunsEndWithTheGraphOfOneCleanIngest(@TempDir Path dir)
            throws Exception {
        Path corpus = corpus(dir.resolve("corpus"));
        int total = 5 + WIKINEWS_ROWS;

        // The clean ingest runs alongside the killed ones (its own store); what is checked against its graph is
        // checked once it is read.
        CompletableFuture<Run> cleanRun = CompletableFuture.supplyAsync(() -> {
            try {
                return kg(corpus, dir.resolve("clean"), dir.resolve("clean.out"), null);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        long seed = Long.getLong("crash.seed", System.nanoTime());
        long randomDelay = new Random(seed).nextInt(1500);
        List<Step> steps = List.of(
                new Step("on a new store while the NLP pipeline loads (the schema just applied, nothing written)",
                        line -> line.startsWith("Loading the NLP pipeline") ? 0 : -1),
                new Step("right after the run's first article is written", afterArticle(n -> 1, 0)),
                new Step(randomDelay + " ms after the middle article of the run is written (seed " + seed
                        + ", -Dcrash.seed to repeat)", afterArticle(n -> (n + 1) / 2, randomDelay)),
                new Step("after the run's last article, while the summary is read and the server shuts down",
                        afterArticle(n -> n, 0)));

        Path data = dir.resolve("graph");
        int inStore = 0;
        Map<String, Store> afterKills = new LinkedHashMap<>();
        for (Step step : steps) {
            Run run = kg(corpus, data, dir.resolve("run.out"), step.kill());
            String what = "killed " + step.name() + ": ";
            assertNotNull(run.killedAt(), what + "the kill point was never reached\n" + run.log());
            assertEquals(KILLED, run.exit(), what + "the process was killed, not ended\n" + run.log());
            if (run.analysing() != null) {
                assertEquals(total - inStore, run.analysing(), what + "the run analyses exactly the articles the "
                        + "store lacks\n" + run.log());
            }
            int reported = inStore + run.written();
            Store after = read(data); // the store opens after the kill (Neo4j recovers from its transaction log)
            String context = what + "store after the kill\n" + run.log();
            int articles = after.graph().perArticle().size();
            assertTrue(articles >= reported, "every article reported written is in the store (" + articles + " of "
                    + reported + "); " + context);
            assertTrue(articles <= reported + IngestPipeline.largestGroup(1), "at most one write's articles ("
                    + IngestPipeline.largestGroup(1) + ") committed without being reported; " + context);
            afterKills.put(context, after);
            inStore = articles;
        }
        assertTrue(inStore > 0, "the kills let some articles be written");

        Run cleaned = cleanRun.get();
        assertEquals(Kg.OK, cleaned.exit(), cleaned.log());
        assertEquals(total, cleaned.written(), cleaned.log());
        Store clean = read(dir.resolve("clean"));
        assertEquals(total, clean.graph().perArticle().size());
        // A statement whose speaker the extraction does not find has neither MADE nor speakerText (speaker recall
        // is not 100%); that is no fault of a kill, so a store after a kill may have those a clean ingest has.
        assertEquals(List.of(), clean.breaches().stream().filter(b -> !b.startsWith(SPEAKERLESS)).toList(),
                "a clean ingest keeps the graph contract's provenance");
        afterKills.forEach((context, after) -> {
            assertEquals(List.of(), GraphSnapshot.difference(after.breaches(), clean.breaches()), context);
            after.graph().perArticle().forEach((id, parts) -> assertEquals(clean.graph().perArticle().get(id), parts,
                    "article " + id + " is whole, as a clean ingest writes it; " + context));
            assertEquals(Set.of(), difference(after.ids(), clean.ids()), "no node a clean ingest lacks; " + context);
            assertEquals(List.of(), GraphSnapshot.difference(after.graph().relationships(),
                    clean.graph().relationships()), "no relationship a clean ingest lacks; " + context);
        });

        Run last = kg(corpus, data, dir.resolve("last.out"), null);
        assertEquals(Kg.OK, last.exit(), last.log());
        assertEquals(total - inStore, last.analysing(), last.log());
        assertTrue(last.out().matches("(?s).*articles written\\s+" + (total - inStore) + "\\n.*"), last.log());
        assertTrue(last.out().matches("(?s).*unchanged \\(skipped\\)\\s+" + inStore + "\\n.*"), last.log());
        assertTrue(last.out().matches("(?s).*failed\\s+0\\n.*"), last.log());

        Store end = read(data);
        assertEquals(clean.breaches(), end.breaches());
        assertEquals(clean.graph().perArticle(), end.graph().perArticle());
        assertEquals(GraphSnapshot.difference(clean.graph().nodes(), end.graph().nodes()),
                GraphSnapshot.difference(end.graph().nodes(), clean.graph().nodes()),
                "nodes only the clean ingest has / only the killed and rerun ingests have");
        assertEquals(clean.graph().nodes(), end.graph().nodes(), "the same nodes as one clean ingest, none twice");
        assertEquals(GraphSnapshot.difference(clean.graph().relationships(), end.graph().relationships()),
                GraphSnapshot.difference(end.graph().relationships(), clean.graph().relationships()),
                "relationships only the clean ingest has / only the killed and rerun ingests have");
        assertEquals(clean.graph().relationships(), end.graph().relationships(), "the same relationships, none twice");
    }

    /** The five samples and the first Wikinews articles with statements, as one CSV. */
    static Path corpus(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (var files = Files.list(SAMPLES)) {
            for (Path f : files.sorted().toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        List<String> records = csvRecords(Files.readString(WIKINEWS));
        assertTrue(records.size() > WIKINEWS_ROWS, "the Wikinews fixture has a header and enough rows");
        Files.writeString(dir.resolve("wikinews.csv"), String.join("", records.subList(0, WIKINEWS_ROWS + 1)));
        return dir;
    }

    /** A CSV text cut into records (each with its line break), a quoted field's line breaks kept inside it. */
    static List<String> csvRecords(String csv) {
        List<String> out = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                out.add(csv.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < csv.length()) {
            out.add(csv.substring(start) + "\n");
        }
        return out;
    }

    /**
     * Runs {@code kg ingest CORPUS --data DATA --threads 1} in a child JVM with the test's class path (no NEO4J_URI:
     * the embedded store), reading its stderr line by line; with a kill point, SIGKILLs the child when it fires.
     */
    static Run kg(Path corpus, Path data, Path stdout, KillPoint kill) throws IOException, InterruptedException {
        ProcessBuilder builder = KgProcess.builder(List.of(), "ingest", corpus.toAbsolutePath().toString(),
                "--data", data.toAbsolutePath().toString(), "--threads", "1").redirectOutput(stdout.toFile());
        long t0 = System.nanoTime();
        Process child = builder.start();
        CHILDREN.add(child);
        List<String> err = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<String> killedAt = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = child.errorReader(StandardCharsets.UTF_8)) {
                for (String line; (line = lines.readLine()) != null; ) {
                    err.add(line);
                    long delay = kill == null || killedAt.get() != null ? -1 : kill.delay(line);
                    if (delay == 0) {
                        killedAt.set(line);
                        child.destroyForcibly(); // SIGKILL
                    } else if (delay > 0) {
                        killedAt.set(line + " (+" + delay + " ms)");
                        Thread killer = new Thread(() -> {
                            try {
                                Thread.sleep(delay);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            child.destroyForcibly();
                        }, "kg-killer");
                        killer.setDaemon(true);
                        killer.start();
                    }
                }
            } catch (IOException e) {
                err.add("(reading stderr: " + e + ")");
            }
        }, "kg-stderr");
        reader.start();
        if (!child.waitFor(10, TimeUnit.MINUTES)) {
            child.destroyForcibly().waitFor();
            reader.join();
            fail("kg ingest did not end within 10 minutes:\n" + String.join("\n", err));
        }
        reader.join();
        CHILDREN.remove(child);
        System.err.printf("CrashIT: kg ingest --data %s: exit %d after %.1f s%s%n", data.getFileName(),
                child.exitValue(), (System.nanoTime() - t0) / 1e9, killedAt.get() == null ? ""
                        : ", killed at: " + killedAt.get());
        return new Run(child.exitValue(), List.copyOf(err), Files.readString(stdout), killedAt.get());
    }

    /** Opens the store as kg does (it must open after any kill), reads it, and closes it again. */
    static Store read(Path data) {
        long t0 = System.nanoTime();
        try (GraphConnection conn = GraphSnapshot.open(data)) {
            Driver driver = conn.driver();
            Set<String> ids;
            try (var session = driver.session()) {
                ids = new HashSet<>(session.run("MATCH (n) WHERE NOT n:IngestLock AND n.id IS NOT NULL RETURN n.id AS id")
                        .list(r -> r.get("id").asString()));
            }
            Store store = new Store(GraphSnapshot.of(driver), ids, GraphSnapshot.breaches(driver));
            System.err.printf("CrashIT: read %s (%d articles) in %.1f s%n", data.getFileName(),
                    store.graph().perArticle().size(), (System.nanoTime() - t0) / 1e9);
            return store;
        }
    }

    static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.removeAll(b);
        return out;
    }
}
