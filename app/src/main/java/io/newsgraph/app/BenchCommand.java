package io.newsgraph.app;

import static io.newsgraph.app.Kg.OK;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", description = "Measure the ingest beside CoreNLP's own pipelines, threads, re-ingest, "
        + "writes against a bare UNWIND CREATE, the saved views on a synthetic graph, and memory; print the "
        + "table and write it to --out. Uses temporary stores (and --views-store if given), never --data.")
final class BenchCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Kg kg;

    /** The 30 CC BY Wikinews articles of the hand-read gold: in the repository, so a fresh clone can bench. */
    static final String DEFAULT_CORPUS = "eval/wikinews-gold/articles.csv";

    @Option(names = "--corpus", defaultValue = "${env:KG_HOME:-.}/" + DEFAULT_CORPUS,
            description = "Real articles for the NLP, thread, re-ingest and memory sections: a folder or a "
                    + "file of any input format (default: ${DEFAULT-VALUE}, 30 Wikinews articles, CC BY 2.5; "
                    + "the figures in the README use ../shared/corpus/wikinews).")
    Path corpus;

    @Option(names = "--sample", defaultValue = "100",
            description = "Articles of the corpus in the NLP, thread and re-ingest sections (default: "
                    + "${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--articles", defaultValue = "100000",
            description = "Synthetic articles in the graph the views run on (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--write-articles", defaultValue = "5000",
            description = "Synthetic articles in the write benchmark (default: ${DEFAULT-VALUE}).")
    int writeArticles;

    @Option(names = "--view-runs", defaultValue = "50",
            description = "Runs of each saved view (default: ${DEFAULT-VALUE}).")
    int viewRuns;

    @Option(names = "--batch", defaultValue = "100",
            description = "Articles per transaction when synthetic articles are loaded in bulk (default: "
                    + "${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--memory-heap", defaultValue = "3g",
            description = "-Xmx of the JVM that ingests the whole corpus (default: ${DEFAULT-VALUE}).")
    String memoryHeap;

    @Option(names = "--skip", split = ",", description = "Sections not to run: nlp, coref (only CoreNLP with "
            + "coref), threads, reingest, writes, views, memory.")
    List<String> skip = new java.util.ArrayList<>();

    @Option(names = "--views-store", paramLabel = "DIR", description = "Keep the synthetic graph of the views "
            + "section in DIR and reuse it when it already holds --articles articles (default: a temporary "
            + "store, deleted afterwards). For trying a view again quickly: a reused store is timed by a JVM "
            + "that has not just built it, so its first views run colder than in a full run.")
    Path viewsStore;

    @Option(names = "--out", defaultValue = "${env:KG_HOME:-.}/bench/RESULTS.md",
            description = "Where the results go (default: ${DEFAULT-VALUE}).")
    Path outFile;

    @Override
    public Integer call() throws IOException {
        for (String s : skip) {
            if (!io.newsgraph.app.bench.Benchmark.SECTIONS.contains(s)) {
                throw new IllegalArgumentException("no section '" + s + "' to skip; the sections are: "
                        + String.join(", ", io.newsgraph.app.bench.Benchmark.SECTIONS));
            }
        }
        if (sample < 1 || articles < 1 || writeArticles < 1 || viewRuns < 1 || batch < 1) {
            throw new IllegalArgumentException("--sample, --articles, --write-articles, --view-runs and --batch "
                    + "must be positive");
        }
        var machine = io.newsgraph.app.bench.Machine.current();
        kg.err.println("kg bench on " + machine.describe());
        var options = new io.newsgraph.app.bench.Benchmark.Options(corpus.normalize(), sample, articles,
                writeArticles, viewRuns, batch, java.util.Set.copyOf(skip), memoryHeap,
                viewsStore == null ? null : viewsStore.toAbsolutePath().normalize());
        var bench = new io.newsgraph.app.bench.Benchmark(options, kg.err);
        var figures = bench.run();
        String command = "kg bench --sample " + sample + " --articles " + articles + " --write-articles "
                + writeArticles + " --view-runs " + viewRuns + " --batch " + batch
                + (skip.isEmpty() ? "" : " --skip " + String.join(",", skip))
                + (viewsStore == null ? "" : " --views-store " + viewsStore);
        String table = io.newsgraph.app.bench.ResultsTable.table(figures);
        kg.out.println();
        kg.out.print(table);
        kg.out.println();
        kg.out.print(io.newsgraph.app.bench.ResultsTable.notes(figures));
        String doc = io.newsgraph.app.bench.ResultsTable.document(machine, command,
                java.time.LocalDate.now().toString(), figures, io.newsgraph.app.bench.Benchmark.method(
                        bench.findings()));
        Path target = outFile.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Files.writeString(target, doc);
        kg.err.println("\nWrote " + target);
        return OK;
    }
}
