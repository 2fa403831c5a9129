package io.newsgraph.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the YAML data files (cue words, statement words, event words): the bundled resources or a user's file. */
final class YamlData {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private YamlData() {
    }

    static <T> T resource(String path, Class<T> type) {
        try (InputStream in = YamlData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** A user's file in place of the resource; a file that cannot be read or parsed names itself and the reason. */
    static <T> T file(Path path, Class<T> type) {
        try (InputStream in = Files.newInputStream(path)) {
            T value = YAML.readValue(in, type);
            if (value == null) {
                throw new IllegalArgumentException("cannot read " + path + ": the file is empty");
            }
            return value;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** The user's file when one is given, else the bundled resource. */
    static <T> T read(Path fileOrNull, String resource, Class<T> type) {
        return fileOrNull == null ? resource(resource, type) : file(fileOrNull, type);
    }
}
