package io.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file the user may not read, in a batch with a good article: {@code kg ingest} reports it by name and reason and
 * writes the good article exactly as an ingest of it alone does. Run as {@code kg} runs, in its own process; as
 * root (CI runs as root, whom file modes do not stop) the process is started without the capabilities that let
 * root read any file ({@code setpriv}, util-linux), so the file's mode 000 holds for it as for anyone else.
 */
class UnreadableInputIT {

    static final Path GOOD = Path.of("..", "ingest", "src", "test", "resources", "hostile", "good-article.txt");

    @Test
    void anUnreadableFileIsReportedAndTheGoodArticleOfTheBatchIsComplete(@TempDir Path dir) throws Exception {
        List<String> prefix = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            Path setpriv = Path.of("/usr/bin/setpriv");
            Assumptions.assumeTrue(Files.isExecutable(setpriv), "running as root without setpriv (util-linux)");
            prefix.addAll(List.of(setpriv.toString(), "--bounding-set", "-dac_override,-dac_read_search",
                    "--inh-caps", "-dac_override,-dac_read_search"));
        }
        Path batch = Files.createDirectories(dir.resolve("batch")).toAbsolutePath();
        Path good = Files.copy(GOOD, batch.resolve("good-article.txt"));
        Path locked = Files.writeString(batch.resolve("locked.txt"), "Locked away\n\nNobody may read this.\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

        Path withLocked = dir.resolve("with-locked");
        Path alone = dir.resolve("alone");
        try (KgProcess a = KgProcess.start(prefix, Map.of(), "ingest", "--threads", "1", "--data",
                withLocked.toString(), batch.toString());
             KgProcess b = KgProcess.start(Map.of(), "ingest", "--threads", "1", "--data", alone.toString(),
                     good.toString())) {
            assertEquals(Kg.INPUT_FAILED, a.waitFor(Duration.ofMinutes(10)), a.output());
            assertEquals(Kg.OK, b.waitFor(Duration.ofMinutes(10)), b.output());
            assertTrue(a.output().contains("FAILED " + locked + ": cannot read: permission denied"), a.output());
            assertTrue(a.output().matches("(?s).*articles written\\s+1\\n.*"), a.output());
        }
        GraphSnapshot expected = GraphSnapshot.of(alone);
        GraphSnapshot actual = GraphSnapshot.of(withLocked);
        assertEquals(1, expected.perArticle().size());
        assertEquals(expected.perArticle(), actual.perArticle(), "the good article, whole");
        assertEquals(expected.nodes(), actual.nodes());
        assertEquals(expected.relationships(), actual.relationships());
    }
}
