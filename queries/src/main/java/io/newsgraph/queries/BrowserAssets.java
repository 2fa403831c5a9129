package io.newsgraph.queries;

import io.newsgraph.model.CypherResource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * What Neo4j Browser needs to be ready for an analyst: a guide for {@code :play} that walks through the graph with
 * every saved view runnable, a GraSS style sheet (colour and caption per label), and the saved views as a zip of
 * {@code .cypher} files that Browser imports as favourites when the file is dropped on it.
 *
 * <p>All three are made from the view catalogue ({@link Views}) and two resources under
 * {@code /newsgraph/browser/}, so a new view shows up in the guide and the favourites without further work.
 */
public final class BrowserAssets {

    /** Where the guide, style sheet and favourites are served under the embedded server's HTTP address. */
    public static final String GUIDE_FILE = "guide.html";
    public static final String STYLE_FILE = "style.grass";
    public static final String FAVORITES_FILE = "newsgraph-views.zip";

    private BrowserAssets() {
    }

    /** The GraSS style sheet. */
    public static String style() {
        return CypherResource.load(BrowserAssets.class, "/newsgraph/browser/newsgraph.grass");
    }

    /**
     * The guide as the HTML that {@code :play URL} shows: the introduction slides, one slide per saved view, and a
     * closing slide pointing at the favourites and the style sheet.
     *
     * @param baseUrl the absolute URL the assets are served under, ending in '/', used for links inside the guide
     */
    public static String guide(String baseUrl) {
        StringBuilder slides = new StringBuilder();
        for (Views.View view : Views.list()) {
            slides.append("""
                        <slide class="row-fluid">
                          <div class="col-sm-3">
                            <h3>%s</h3>
                            <p class="lead">%s</p>
                          </div>
                          <div class="col-sm-9">
                    %s%s            <figure>
                              <pre class="pre-scrollable code runnable">%s</pre>
                              <figcaption>Saved view <code>%s</code>; from the command line:
                                <code>kg views run %s</code>.</figcaption>
                            </figure>
                          </div>
                        </slide>
                    """.formatted(html(view.title()), html(view.description()), paramList(view),
                    paramsBlock(view), html(query(view)), html(view.name()), html(view.name())));
        }
        return CypherResource.load(BrowserAssets.class, "/newsgraph/browser/guide.html")
                .replace("    <!-- VIEWS -->\n", slides.toString())
                .replace("{{zip}}", html(baseUrl + FAVORITES_FILE))
                .replace("{{style}}", html(baseUrl + STYLE_FILE));
    }

    private static String paramsBlock(Views.View view) {
        String command = paramsCommand(view);
        return command == null ? "" : "            <figure>\n              <pre class=\"pre-scrollable code runnable\">"
                + html(command) + "</pre>\n              <figcaption>First set the parameters (change the values "
                + "as you like), then run the view.</figcaption>\n            </figure>\n";
    }

    private static String paramList(Views.View view) {
        if (view.params().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("            <p>Parameters (set with <code>:param</code>):</p>\n"
                + "            <ul>\n");
        for (Views.Param p : view.params()) {
            sb.append("              <li><code>").append(html(p.name())).append("</code>: ")
                    .append(html(p.description())).append("</li>\n");
        }
        return sb.append("            </ul>\n").toString();
    }

    /**
     * The Browser command that sets every parameter of a view to its header's example (null where there is none),
     * e.g. {@code :params {name: "Khawaja Asif"}}; null for a view without parameters. Browser shows the result of
     * a query only when it runs alone, so the parameters are set by a command of their own.
     */
    public static String paramsCommand(Views.View view) {
        if (view.params().isEmpty()) {
            return null;
        }
        return ":params {" + String.join(", ", view.params().stream().map(p -> p.name() + ": "
                + (p.example() == null || p.example().isBlank() ? "null" : p.example())).toList()) + "}";
    }

    /**
     * A view as a Browser favourite: a first comment line with its title (Browser names a favourite after it), the
     * description and parameters as comments, the command that sets the parameters, then the query.
     */
    public static String favorite(Views.View view) {
        StringBuilder sb = new StringBuilder();
        sb.append("// ").append(view.title()).append('\n');
        sb.append("// ").append(view.description()).append('\n');
        for (Views.Param p : view.params()) {
            sb.append("// $").append(p.name()).append(": ").append(p.description()).append('\n');
        }
        if (!view.params().isEmpty()) {
            sb.append("// Set the parameters first, e.g.  ").append(paramsCommand(view)).append('\n');
        }
        sb.append(query(view));
        return sb.toString();
    }

    /** The view's Cypher without its comment header. */
    public static String query(Views.View view) {
        StringBuilder sb = new StringBuilder();
        boolean header = true;
        for (String line : view.cypher().lines().toList()) {
            if (header && line.strip().startsWith("//")) {
                continue;
            }
            header = false;
            sb.append(line).append('\n');
        }
        return sb.toString().strip() + "\n";
    }

    /**
     * Every saved view as {@code newsgraph/NAME.cypher} in a zip that Browser imports as favourites, in a
     * {@code newsgraph} folder, when the file is dropped on its window.
     */
    public static byte[] favoritesZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Views.View view : Views.list()) {
                zip.putNextEntry(new ZipEntry("newsgraph/" + view.name() + ".cypher"));
                zip.write(favorite(view).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Text made safe to put in HTML. */
    public static String html(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
