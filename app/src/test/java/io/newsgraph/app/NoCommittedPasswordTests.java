package io.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * No password is committed: every tracked text file is scanned for a password given a literal value; only references
 * to the environment ({@code ${NEO4J_PASSWORD}}, {@code $NEO4J_PASSWORD}, {@code env.get(...)}) and the README's
 * placeholders pass. docker-compose.yml reads the password from the environment, and the README says how to set it.
 */
class NoCommittedPasswordTests {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** A password-like key given a value: {@code password = x}, {@code NEO4J_AUTH: neo4j/x}, {@code -p x}. */
    static final List<Pattern> ASSIGNMENTS = List.of(
            // password = x, PASSWORD=x, "password" = x (anywhere on a line)
            Pattern.compile("(?i)\\b[\\w.-]*(?:password|passwd|pwd|secret)[\\w.-]*[\"']?\\s*=(?!=)\\s*"
                    + "(?<value>\"[^\"]*\"|'[^']*'|[^\\s,;)}]+)"),
            // a YAML or JSON key at the start of a line: password: x, "password": "x"
            Pattern.compile("(?i)^\\s*-?\\s*[\"']?[\\w.-]*(?:password|passwd|pwd|secret)[\\w.-]*[\"']?\\s*:\\s*"
                    + "(?<value>\\S.*?)\\s*$"),
            Pattern.compile("(?i)NEO4J_AUTH[\"']?\\s*[:=]\\s*[\"']?neo4j/(?<value>[^\\s\"']+)"),
            Pattern.compile("(?i)(?:withAdminPassword|AuthTokens\\.basic\\([^,]+,)\\s*\\(?\\s*(?<value>\"[^\"]*\")"),
            Pattern.compile("\\bcypher-shell\\b.*\\s-p\\s+(?<value>\\S+)"));

    /**
     * Values that are not passwords: references to the environment, placeholders shown to the reader, nothing at
     * all, and Neo4j's public default {@code neo4j} (which tests guess, as an attacker would).
     */
    static final Pattern ALLOWED = Pattern.compile("^(?:\\$\\$?\\{?[A-Za-z_]\\w*.*|\\.*|"
            + "choose-a-long-one|null|none|neo4j|[\\w.]*(?:getenv|env\\.get|getAdminPassword)\\b.*)$");

    /** Source files, where only a quoted literal is a committed value (a variable or a call is not). */
    static final Pattern CODE = Pattern.compile(".*\\.(?:java|js|ts|html)$");

    /** This file: it holds made-up leaks to show the scan finds them. */
    static final String SELF = "app/src/test/java/io/newsgraph/app/NoCommittedPasswordTests.java";

    static boolean leak(Pattern p, String line) {
        return leak(p, line, false);
    }

    static boolean leak(Pattern p, String line, boolean code) {
        Matcher m = p.matcher(line);
        while (m.find()) {
            String raw = m.group("value").strip();
            if (code && !raw.matches("[\"'].*")) {
                continue;
            }
            String value = raw.replaceAll("^[\\\\\"'(`]+|[\\\\\"',;)`]+$", "");
            if (!ALLOWED.matcher(value).matches()) {
                return true;
            }
        }
        return false;
    }

    static List<String> trackedFiles() throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "-C", ROOT.toString(), "ls-files", "-z").redirectErrorStream(true)
                .start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assumptions.assumeTrue(git.waitFor() == 0, "not a git checkout: " + out);
        return List.of(out.split("\0")).stream().filter(s -> !s.isBlank()).toList();
    }

    @Test
    void noTrackedFileAssignsAPassword() throws Exception {
        List<String> found = new ArrayList<>();
        int scanned = 0;
        for (String name : trackedFiles()) {
            Path file = ROOT.resolve(name);
            if (name.equals(SELF) || !Files.isRegularFile(file) || Files.size(file) > 2_000_000) {
                continue;
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                        .toString();
            } catch (CharacterCodingException binary) {
                continue;
            }
            if (text.indexOf('\0') >= 0) {
                continue;
            }
            scanned++;
            int lineNo = 0;
            boolean code = CODE.matcher(name).matches();
            for (String line : text.split("\\R", -1)) {
                lineNo++;
                if (ASSIGNMENTS.stream().anyMatch(p -> leak(p, line, code))) {
                    found.add(name + ":" + lineNo + ": " + line.strip());
                }
            }
        }
        assertTrue(scanned > 50, "scanned " + scanned + " files");
        assertEquals(List.of(), found, "passwords committed");
    }

    @Test
    void theScanFindsAPasswordWhenThereIsOne() {
        for (String leak : List.of("NEO4J_PASSWORD=hunter22", "password: \"s3cret\"", "NEO4J_AUTH: neo4j/letmein",
                ".withAdminPassword(\"test-only-password\")", "AuthTokens.basic(\"neo4j\", \"pw12345\")",
                "spring.neo4j.authentication.password=abc")) {
            assertTrue(ASSIGNMENTS.stream().anyMatch(p -> leak(p, leak)), "not caught: " + leak);
            assertTrue(leak.startsWith("NEO4J") || leak.startsWith("spring") || ASSIGNMENTS.stream().anyMatch(
                    p -> leak(p, leak, true)), "not caught in code: " + leak);
        }
        assertTrue(ASSIGNMENTS.stream().anyMatch(p -> leak(p, "String password = \"hunter22\";", true)));
        for (String code : List.of("String password = generate();", "this.password = password;",
                "var password = fragment.get('password');")) {
            assertTrue(ASSIGNMENTS.stream().noneMatch(p -> leak(p, code, true)), "flagged in code: " + code);
        }
        for (String fine : Set.of("NEO4J_PASSWORD: ${NEO4J_PASSWORD:?set NEO4J_PASSWORD in the environment}",
                "NEO4J_AUTH: neo4j/${NEO4J_PASSWORD:?set it}", "String password = env.get(\"NEO4J_PASSWORD\");",
                "export NEO4J_PASSWORD='choose-a-long-one'", "# Nothing here holds a password: set one first",
                "test: [\"CMD-SHELL\", \"cypher-shell -u neo4j -p \\\"$${NEO4J_AUTH#neo4j/}\\\" 'RETURN 1'\"]",
                "if (password == null) {")) {
            assertTrue(ASSIGNMENTS.stream().noneMatch(p -> leak(p, fine)), "flagged: " + fine);
        }
    }

    @Test
    void dockerComposeReadsThePasswordFromTheEnvironmentAndTheReadmeSaysHow() throws IOException {
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
        assertTrue(compose.contains("NEO4J_AUTH: neo4j/${NEO4J_PASSWORD:?"), compose);
        assertTrue(compose.contains("NEO4J_PASSWORD: ${NEO4J_PASSWORD:?"), compose);
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertTrue(readme.contains("export NEO4J_PASSWORD="), "the README says how to set the password");
    }
}
