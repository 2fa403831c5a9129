package io.newsgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class BrowserAssetsTests {

    @Test
    void theGuideHasASlidePerViewWithRunnableEscapedCypher() {
        String html = BrowserAssets.guide("http://127.0.0.1:7474/newsgraph/");
        long slides = html.lines().filter(l -> l.strip().startsWith("<slide")).count();
        assertEquals(Views.list().size() + 4, slides, "three introduction slides, one per view, one closing");
        Views.View contested = Views.get("contested-figures");
        assertTrue(html.contains(BrowserAssets.html(BrowserAssets.query(contested))),
                "the view's query, HTML-escaped, is runnable in the guide");
        assertTrue(BrowserAssets.query(contested).contains("<"), "the test needs a query with '<' in it");
        assertFalse(html.contains("x < m"), "no raw '<' from Cypher inside the HTML");
        assertTrue(html.contains(":params {category: &quot;security personnel&quot;}"), "parameters block");
        assertTrue(html.contains("href=\"http://127.0.0.1:7474/newsgraph/newsgraph-views.zip\""));
        assertFalse(html.contains("{{"), "every placeholder is filled");
    }

    @Test
    void aQueryLosesItsHeaderButKeepsItsText() {
        Views.View v = Views.get("statements-by");
        String q = BrowserAssets.query(v);
        assertFalse(q.startsWith("//"));
        assertTrue(v.cypher().strip().endsWith(q.strip()));
    }

    @Test
    void paramsCommandUsesTheExamplesAndNullWhereThereIsNone() {
        Views.View timeline = Views.get("events-timeline");
        assertEquals(":params {from: \"2026-01-01\", to: \"2026-12-31\", type: \"attack\"}",
                BrowserAssets.paramsCommand(timeline));
        Views.View v = Views.parse("x", """
                // title: T
                // description: D
                // param a: no example
                RETURN $a
                """);
        assertEquals(":params {a: null}", BrowserAssets.paramsCommand(v));
        assertNull(BrowserAssets.paramsCommand(Views.parse("y", "// title: T\n// description: D\nRETURN 1\n")));
    }

    @Test
    void theFavouritesZipHasEveryViewNamedByItsTitle() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(BrowserAssets.favoritesZip()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(Views.list().stream().map(v -> "newsgraph/" + v.name() + ".cypher").toList(),
                List.copyOf(entries.keySet()));
        String said = entries.get("newsgraph/statements-by.cypher");
        assertTrue(said.startsWith("// " + Views.get("statements-by").title() + "\n"), said);
        assertTrue(said.contains("// Set the parameters first, e.g.  :params {name: \"Khawaja Asif\", kind: \"speech\", "
                + "skip: 0, limit: 100}"), said);
        assertTrue(said.endsWith(BrowserAssets.query(Views.get("statements-by"))));
    }

    @Test
    void theStyleSheetGivesEveryLabelOfTheContractAColourAndCaption() {
        String grass = BrowserAssets.style();
        for (String label : List.of("Person", "Party", "Group", "Organisation", "Place", "District", "Event",
                "Article", "Statement", "Claim")) {
            int at = grass.indexOf("node." + label + " {");
            assertTrue(at >= 0, label);
            String block = grass.substring(at, grass.indexOf('}', at));
            assertTrue(block.contains("color: #") && block.contains("caption: "), label + ": " + block);
        }
    }
}
