package io.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every word list of the ingest, loaded once: the gazetteer, the name cues, the statement and claim words, the event
 * words and the reader's rules. Each is the built-in file unless a lexicon directory holds a file of the same name
 * ({@link #FILES}): a {@code gazetteer.yaml} there extends the built-in gazetteer (or replaces it, with {@code
 * replaceDefaults: true}), as {@code --gazetteer} does; any other file replaces the built-in one of its name, in the
 * same format ({@code kg lexicon --out DIR} writes the built-in files to start from, its gazetteer marked to replace
 * the built-in one). The stages that read words are assembled from it in one place: {@link #articleReader}, {@link
 * #annotator()} (which sentences are parsed), {@link #entityExtractor()} and {@link #entityResolver()}.
 */
public record Lexicon(Gazetteer gazetteer, Cues cues, StatementWords statements, EventWords events,
                      ReaderRules readerRules) {

    /** The built-in word lists, as resources. */
    private static final List<String> RESOURCES = List.of(Gazetteer.RESOURCE, Cues.RESOURCE, StatementWords.RESOURCE,
            EventWords.RESOURCE, ReaderRules.RESOURCE);

    /** The files a lexicon directory may hold, by the names of the built-in resources. */
    public static final List<String> FILES = RESOURCES.stream().map(Lexicon::fileName).toList();

    /** The built-in word lists. */
    public static Lexicon defaults() {
        return load(null, null);
    }

    /**
     * The word lists with a directory's files in place of the built-in ones, and a gazetteer file that extends the
     * built-in one (the directory's {@code gazetteer.yaml} is then not read). Either may be null. A directory that
     * holds another YAML file, or a file that cannot be read, is an error that names it.
     */
    public static Lexicon load(Path directory, Path gazetteerFile) {
        if (directory != null) {
            if (!Files.isDirectory(directory)) {
                throw new IllegalArgumentException("lexicon " + directory + ": not a directory");
            }
            try (Stream<Path> files = Files.list(directory)) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    if ((name.endsWith(".yaml") || name.endsWith(".yml")) && !FILES.contains(name)) {
                        throw new IllegalArgumentException("lexicon " + directory + ": unknown file " + name
                                + " (the files it may hold: " + String.join(", ", FILES) + ")");
                    }
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("lexicon " + directory + ": " + e.getMessage(), e);
            }
        }
        Path gazetteer = gazetteerFile != null ? gazetteerFile : file(directory, Gazetteer.RESOURCE);
        Path rules = file(directory, ReaderRules.RESOURCE);
        return new Lexicon(Gazetteer.load(gazetteer), Cues.load(file(directory, Cues.RESOURCE)),
                StatementWords.load(file(directory, StatementWords.RESOURCE)),
                EventWords.load(file(directory, EventWords.RESOURCE)),
                rules == null ? ReaderRules.defaults() : ReaderRules.load(rules));
    }

    /** The entity extractor, with the statement, claim and event extractors it runs, built from these lists. */
    public EntityExtractor entityExtractor() {
        return new EntityExtractor(gazetteer, cues, statements, events);
    }

    /** The resolver, with this gazetteer, these event families and the spelling folds of the name cues. */
    public EntityResolver entityResolver() {
        return new EntityResolver(gazetteer, events, cues.spelling());
    }

    /**
     * The shared annotator for this gazetteer (CoreNLP loads once per gazetteer and JVM), parsing the sentences that
     * hold a cue of these statement words or a trigger of these event types.
     */
    public Annotator annotator() {
        return Annotator.shared(gazetteer).forWords(statements, events, cues);
    }

    /** The reader with these rules. */
    public ArticleReader articleReader(long maxBytes) {
        return new ArticleReader(readerRules, maxBytes);
    }

    /** Writes the built-in files into a directory, to edit and pass back as a lexicon; returns the files written. */
    public static List<Path> writeDefaults(Path directory) {
        try {
            Files.createDirectories(directory);
            List<Path> out = new java.util.ArrayList<>();
            for (String resource : RESOURCES) {
                Path target = directory.resolve(fileName(resource));
                try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("missing resource " + resource);
                    }
                    String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    if (resource.equals(Gazetteer.RESOURCE)) {
                        // the whole built-in gazetteer: it takes the built-in one's place instead of adding to it
                        text = "# The built-in gazetteer, written by 'kg lexicon': with replaceDefaults it takes the "
                                + "built-in one's place.\n# Delete that line (and the entries you keep as they are) "
                                + "to add your entries to the built-in ones instead.\nreplaceDefaults: true\n" + text;
                    }
                    Files.writeString(target, text);
                }
                out.add(target);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the lexicon to " + directory, e);
        }
    }

    private static Path file(Path directory, String resource) {
        if (directory == null) {
            return null;
        }
        Path f = directory.resolve(fileName(resource));
        return Files.isRegularFile(f) ? f : null;
    }

    /** "statements.yaml" of "/newsgraph/statements.yaml". */
    private static String fileName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }
}
