package io.newsgraph.app;

import static io.newsgraph.app.Kg.INPUT_FAILED;
import static io.newsgraph.app.Kg.OK;

import io.newsgraph.ingest.IngestReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = "Read articles (.txt, .csv and .jsonl files, or directories of them) "
        + "into the graph.")
final class IngestCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Kg kg;

    @CommandLine.Mixin
    IngestOptionsMixin options;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories (read recursively).")
    List<Path> paths;

    @Override
    public Integer call() {
        options.options.words();
        try (GraphConnection conn = kg.connect(null, null)) {
            kg.err.println("Graph: " + conn.description());
            IngestReport report = kg.ingest(conn, paths, options.options);
            return report.hasFailures() ? INPUT_FAILED : OK;
        }
    }
}
