package io.newsgraph.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Loads Cypher kept in {@code .cypher} resource files, so queries are read and reviewed as Cypher, not Java strings. */
public final class CypherResource {

    private CypherResource() {
    }

    /** The whole text of a resource, e.g. {@code /newsgraph/cypher/schema.cypher}. */
    public static String load(Class<?> anchor, String path) {
        try (InputStream in = anchor.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing Cypher resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Cypher resource " + path, e);
        }
    }

    /** The statements of a resource: split on ';' at line ends, with '//' comment lines dropped. */
    public static List<String> statements(Class<?> anchor, String path) {
        String text = load(anchor, path).lines().filter(l -> !l.strip().startsWith("//"))
                .reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(text.split(";\\s*(\\n|$)")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
