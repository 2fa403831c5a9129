package io.newsgraph.app;

import static io.newsgraph.app.Kg.OK;

import io.newsgraph.queries.Reports;
import io.newsgraph.queries.RowFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "report", description = "Relationship summaries: 'report entity NAME' or 'report contested'.",
        subcommands = {ReportCommand.EntityReport.class, ReportCommand.ContestedReport.class})
final class ReportCommand extends CommandGroup {
    ReportCommand() {
        super("say 'entity NAME' or 'contested'");
    }

    @Command(name = "entity", description = "Who an entity is, its affiliations, statements, claims, events and "
            + "most co-mentioned entities, with a Mermaid diagram.")
    static final class EntityReport implements Callable<Integer> {
        @CommandLine.ParentCommand
        ReportCommand report;

        @Parameters(paramLabel = "NAME", description = "Any name, alias or acronym.")
        String name;

        @Option(names = "--format", defaultValue = "md", description = "md or json (default: ${DEFAULT-VALUE}).")
        String format;

        @Override
        public Integer call() {
            if (!format.equals("md") && !format.equals("json")) {
                throw new IllegalArgumentException("unknown format '" + format + "' (md, json)");
            }
            try (GraphConnection conn = report.kg.connect(null, null)) {
                Reports r = new Reports(conn.driver(), conn.sessionConfig());
                report.kg.out.print(format.equals("md") ? r.entityMarkdown(name) : r.entityJson(name));
                return OK;
            }
        }
    }

    @Command(name = "contested", description = "Every disputed casualty figure with its source and article.")
    static final class ContestedReport implements Callable<Integer> {
        @CommandLine.ParentCommand
        ReportCommand report;

        @Option(names = "--format", defaultValue = "md", description = "md or csv (default: ${DEFAULT-VALUE}).")
        String format;

        @Override
        public Integer call() {
            if (!format.equals("md") && !format.equals("csv")) {
                throw new IllegalArgumentException("unknown format '" + format + "' (md, csv)");
            }
            try (GraphConnection conn = report.kg.connect(null, null)) {
                Reports r = new Reports(conn.driver(), conn.sessionConfig());
                report.kg.out.print(format.equals("md") ? r.contestedMarkdown()
                        : RowFormat.CSV.render(r.contested()));
                return OK;
            }
        }
    }
}
