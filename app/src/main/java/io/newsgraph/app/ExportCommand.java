package io.newsgraph.app;

import static io.newsgraph.app.Kg.OK;

import io.newsgraph.queries.GraphExporter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = "Write the whole graph as JSON lines in APOC's apoc.export.json format.")
final class ExportCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Kg kg;

    @Parameters(paramLabel = "FILE", description = "The file to write ('-' for standard output).")
    String file;

    @Override
    public Integer call() throws IOException {
        try (GraphConnection conn = kg.connect(null, null)) {
            GraphExporter exporter = new GraphExporter(conn.driver(), conn.sessionConfig());
            if (file.equals("-")) {
                OutputStream o = new BufferedOutputStream(kg.out);
                exporter.export(o);
                o.flush();
                return OK;
            }
            Path target = Path.of(file).toAbsolutePath();
            Path tmp = Files.createTempFile(target.getParent(), ".export-", ".tmp");
            GraphExporter.Counts counts;
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                counts = exporter.export(o);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            kg.err.printf("Exported %d nodes and %d relationships to %s%n", counts.nodes(),
                    counts.relationships(), file);
            return OK;
        }
    }
}
