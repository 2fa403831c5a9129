package io.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.queries.BrowserAssets;
import io.newsgraph.queries.Views;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Neo4j Browser as an analyst meets it: the embedded server (seeds ingested) serves the guide, style sheet and
 * favourites; headless Chromium opens the address kg prints, and Browser signs in by itself (the password from the
 * address's fragment), applies the style and plays the guide; then a saved view runs and draws its graph in the style's colours, and a table view shows the disputed
 * figures. Screenshots go to {@code target/screenshots/} (and to the folder named by the system property
 * {@code newsgraph.screenshots}, which {@code scripts/browser-screenshots} sets to {@code docs/}).
 *
 * <p>Needs Debian's {@code chromium} package ({@code .ci/run} installs it where it can); without it the Chromium
 * test is skipped with that reason, and the HTTP checks still run.
 */
class BrowserIT {

    static EmbeddedNeo4j server;
    static int httpPort;

    @BeforeAll
    static void start() {
        SeedGraph seeds = SeedGraph.get();
        server = seeds.server;
        httpPort = seeds.httpPort;
    }

    static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return get(path, null);
    }

    static HttpResponse<byte[]> get(String path, String origin) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theServerServesTheGuideStyleAndFavourites() throws Exception {
        HttpResponse<byte[]> guide = get("/newsgraph/" + BrowserAssets.GUIDE_FILE);
        assertEquals(200, guide.statusCode());
        String html = new String(guide.body(), java.nio.charset.StandardCharsets.UTF_8);
        for (Views.View v : Views.list()) {
            assertTrue(html.contains("<h3>" + v.title().replace("&", "&amp;") + "</h3>"), v.name() + " has a slide");
        }
        assertTrue(html.contains("http://127.0.0.1:" + httpPort + "/newsgraph/" + BrowserAssets.FAVORITES_FILE),
                "the guide links the favourites on this server");

        HttpResponse<byte[]> style = get("/newsgraph/" + BrowserAssets.STYLE_FILE, "http://localhost:" + httpPort);
        assertEquals(200, style.statusCode());
        assertEquals(List.of("http://localhost:" + httpPort), style.headers().allValues("Access-Control-Allow-Origin"),
                "Browser opened as localhost may fetch from 127.0.0.1");
        HttpResponse<byte[]> foreign = get("/newsgraph/" + BrowserAssets.STYLE_FILE, "http://evil.example");
        assertEquals(List.of("http://127.0.0.1:" + httpPort), foreign.headers().allValues(
                "Access-Control-Allow-Origin"), "another origin is not allowed to read it (nor is any origin, '*')");
        String grass = new String(style.body(), java.nio.charset.StandardCharsets.UTF_8);
        for (String label : List.of("Person", "Party", "Group", "Organisation", "Place", "Event", "Article",
                "Statement", "Claim")) {
            assertTrue(grass.contains("node." + label + " {"), label + " has a colour and caption");
        }

        HttpResponse<byte[]> zip = get("/newsgraph/" + BrowserAssets.FAVORITES_FILE);
        assertEquals(200, zip.statusCode());
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.add(e.getName());
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(text.startsWith("// "), e.getName() + " starts with its title, Browser's favourite name");
            }
        }
        assertEquals(Views.list().stream().map(v -> "newsgraph/" + v.name() + ".cypher").toList(), entries);

        HttpResponse<byte[]> discovery = get("/");
        assertEquals(200, discovery.statusCode(), "the extension leaves Neo4j's own endpoints alone");
    }

    @Test
    void anAnalystOpensBrowserFollowsTheGuideAndRunsViews() throws Exception {
        Path chromium = Chromium.executable();
        Assumptions.assumeTrue(chromium != null, "no chromium on the PATH (apt-get install chromium)");
        List<Path> shots = new ArrayList<>();
        try (Chromium c = Chromium.start(chromium, 1400, 1000)) {
            c.navigate(server.browserUrl());
            c.waitFor("Browser to connect and play the guide",
                    "document.body.innerText.includes(':play " + server.guideUrl() + "')"
                            + " && document.querySelector('[data-testid=carousel]')", Duration.ofSeconds(60));
            String guide = c.eval("document.querySelector('[data-testid=carousel]').innerText").asText();
            assertTrue(guide.contains("1 / " + (Views.list().size() + 4)), "intro, views and closing slides: "
                    + guide);
            c.waitFor("the style sheet to be applied",
                    "document.body.innerText.includes(':style " + server.guideUrl().replace(
                            BrowserAssets.GUIDE_FILE, BrowserAssets.STYLE_FILE) + "')", Duration.ofSeconds(30));
            // signed in as neo4j with the password from the address kg printed, and the database chosen
            c.waitFor("Browser to use the database", "document.body.innerText.startsWith('neo4j$')",
                    Duration.ofSeconds(60));
            assertEquals("", c.eval("location.hash").asText(), "the password is gone from the address bar");
            shots.add(shot(c, "browser-guide.png"));

            Views.View neighbourhood = Views.get("neighbourhood");
            runInEditor(c, ":params {name: \"Khawaja Asif\"}");
            c.waitFor("the parameter to be set", "document.body.innerText.includes('\"name\": \"Khawaja Asif\"')",
                    Duration.ofSeconds(30));
            runInEditor(c, BrowserAssets.query(neighbourhood));
            c.waitFor("the neighbourhood graph", "document.querySelectorAll('svg g.node').length > 5",
                    Duration.ofSeconds(60));
            Thread.sleep(3000); // let the force layout settle before the picture
            dismissBanner(c);
            String person = c.eval("Array.from(document.querySelectorAll('svg g.node')).filter("
                    + "n => n.textContent.trim() === 'Khawaja Asif').map("
                    + "n => n.querySelector('circle.b-outline').getAttribute('fill')).join(',')").asText();
            assertEquals("#4C8EDA", person, "the Person node is drawn in the style sheet's colour");
            String overview = c.eval("document.body.innerText").asText();
            assertTrue(overview.contains("Statement (") && overview.contains("MADE ("), overview);
            shots.add(shot(c, "browser-neighbourhood.png"));

            runInEditor(c, ":params {category: null}");
            Thread.sleep(1000);
            runInEditor(c, BrowserAssets.query(Views.get("contested-figures")));
            c.waitFor("the contested figures table", "document.querySelector('[data-testid=frame] table')"
                    + " && document.querySelector('[data-testid=frame] table').innerText.includes('security "
                    + "personnel')", Duration.ofSeconds(60));
            String table = c.eval("document.querySelector('[data-testid=frame] table').innerText").asText();
            assertTrue(table.contains("low") && table.contains("high"), table);
            shots.add(shot(c, "browser-contested.png"));

            // the favourites zip, dropped on Browser as a person drags the downloaded file onto it
            String dropped = c.eval("(async () => { const blob = await (await fetch('" + server.guideUrl().replace(
                    BrowserAssets.GUIDE_FILE, BrowserAssets.FAVORITES_FILE) + "')).blob();"
                    + " const dt = new DataTransfer(); dt.items.add(new File([blob], 'newsgraph-views.zip',"
                    + " {type: 'application/zip'})); const target = document.querySelector('.filedrop');"
                    + " if (!target) return 'no drop zone'; target.dispatchEvent(new DragEvent('drop',"
                    + " {dataTransfer: dt, bubbles: true, cancelable: true})); return 'dropped'; })()").asText();
            assertEquals("dropped", dropped);
            c.eval("document.querySelector('[data-testid=navigationFavorites]').click()");
            c.waitFor("the newsgraph folder among the favourites",
                    "document.querySelector('[data-testid=expandFolder-newsgraph]')", Duration.ofSeconds(30));
            c.eval("document.querySelector('[data-testid=expandFolder-newsgraph]').click()");
            String title = Views.get("contested-figures").title();
            c.waitFor("the views as favourites", "document.body.innerText.includes('" + title + "')",
                    Duration.ofSeconds(30));
            String drawer = c.eval("document.body.innerText").asText();
            for (Views.View v : Views.list()) {
                assertTrue(drawer.contains(v.title()), v.title() + " is a favourite");
            }
            shots.add(shot(c, "browser-favorites.png"));
        }
        for (Path p : shots) {
            assertTrue(Files.size(p) > 20_000, p + " is a real picture");
        }
    }

    /**
     * Pastes a command into Browser's editor and runs it (Ctrl+Enter), as a person would. Pasted, not typed: the
     * editor closes quotes and brackets as they are typed.
     */
    static void runInEditor(Chromium c, String command) throws IOException, InterruptedException {
        String text = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(command);
        // the editor draws the lines in view, which for a long command are its last ones, where the cursor is
        String bare = command.replaceAll("\\s+", "");
        String end = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                bare.substring(Math.max(0, bare.length() - 12)));
        // the editor may drop the first paste after Browser has signed in and chosen the database; a key pressed in
        // it (Ctrl+Enter on the empty editor runs nothing) wakes it, then the paste is tried again
        for (int attempt = 0; attempt < 10; attempt++) {
            c.eval("(() => { const area = document.querySelector('[data-testid=activeEditor] textarea');"
                    + " area.focus(); const data = new DataTransfer(); data.setData('text/plain', " + text + ");"
                    + " area.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true,"
                    + " cancelable: true})); return true; })()");
            for (int wait = 0; wait < 10; wait++) {
                if (c.eval("document.querySelector('[data-testid=activeEditor]').textContent.replace(/\\s+/g, '')"
                        + ".includes(" + end + ")").asBoolean()) {
                    c.press("Enter", "Enter", 13, 2);
                    return;
                }
                Thread.sleep(100);
            }
            c.press("Enter", "Enter", 13, 2);
            Thread.sleep(500);
        }
        throw new AssertionError("the editor never showed " + command + "; it shows "
                + c.eval("document.querySelector('[data-testid=activeEditor]').textContent").asText());
    }

    /** Hides Browser's usage-statistics consent banner, so the pictures show the graph rather than the notice. */
    static void dismissBanner(Chromium c) {
        c.eval("(() => { const d = Array.from(document.querySelectorAll('div')).filter(e => e.innerText"
                + " && e.innerText.startsWith('To help make Neo4j Browser better')); if (!d.length) return false;"
                + " d[d.length - 1].style.display = 'none'; return true; })()");
    }

    static Path shot(Chromium c, String name) throws IOException {
        Path file = Path.of("target", "screenshots", name);
        c.screenshot(file);
        String also = System.getProperty("newsgraph.screenshots");
        if (also != null && !also.isBlank()) {
            Path copy = Path.of(also).resolve(name);
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
