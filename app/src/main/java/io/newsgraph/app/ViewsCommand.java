package io.newsgraph.app;

import static io.newsgraph.app.Kg.OK;

import io.newsgraph.queries.BrowserAssets;
import io.newsgraph.queries.RowFormat;
import io.newsgraph.queries.Views;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "views", description = "The saved Cypher views: list them, or run one.",
        subcommands = {ViewsCommand.ListViews.class, ViewsCommand.RunView.class, ViewsCommand.Favorites.class})
final class ViewsCommand extends CommandGroup {
    ViewsCommand() {
        super("say 'list', 'run NAME' or 'favorites'");
    }

    @Command(name = "favorites", description = "Write the saved views as a zip that Neo4j Browser imports as "
            + "favourites when the file is dropped on it (one folder, one favourite per view).")
    static final class Favorites implements Callable<Integer> {
        @CommandLine.ParentCommand
        ViewsCommand views;

        @Option(names = "--out", defaultValue = BrowserAssets.FAVORITES_FILE,
                description = "The zip to write (default: ${DEFAULT-VALUE}).")
        Path out;

        @Override
        public Integer call() throws IOException {
            Files.write(out, BrowserAssets.favoritesZip());
            views.kg.out.printf("Wrote %d views to %s: drag the file onto the Neo4j Browser window to import "
                    + "them as favourites.%n", Views.list().size(), out);
            return OK;
        }
    }

    @Command(name = "list", description = "Every saved view with its parameters.")
    static final class ListViews implements Callable<Integer> {
        @CommandLine.ParentCommand
        ViewsCommand views;

        @Override
        public Integer call() {
            for (Views.View v : Views.list()) {
                views.kg.out.printf("%-22s %s%n", v.name(), v.title());
                views.kg.out.printf("%-22s %s%n", "", v.description());
                for (Views.Param p : v.params()) {
                    views.kg.out.printf("%-22s   --param %s=%s  (%s)%n", "", p.name(),
                            p.example() == null ? "..." : p.example(), p.description());
                }
            }
            return OK;
        }
    }

    @Command(name = "run", description = "Run a saved view: kg views run NAME --param name=value ... "
            + "--format table|md|csv|json")
    static final class RunView implements Callable<Integer> {
        @CommandLine.ParentCommand
        ViewsCommand views;

        @Parameters(paramLabel = "NAME", description = "The view (see kg views list).")
        String name;

        @Option(names = "--param", description = "A parameter as name=value (repeat for more).")
        Map<String, String> params = new java.util.LinkedHashMap<>();

        @Option(names = "--format", defaultValue = "table", description = "table, md, csv or json "
                + "(default: ${DEFAULT-VALUE}).")
        String format;

        @Override
        public Integer call() {
            RowFormat rowFormat = RowFormat.of(format);
            Views.get(name);
            Map<String, Object> values = new java.util.LinkedHashMap<>();
            params.forEach((k, v) -> values.put(k, v.matches("-?\\d{1,9}") ? (Object) Long.valueOf(v) : v));
            try (GraphConnection conn = views.kg.connect(null, null)) {
                views.kg.out.print(rowFormat.render(Views.run(conn.driver(), conn.sessionConfig(), name,
                        values)));
                return OK;
            }
        }
    }
}
