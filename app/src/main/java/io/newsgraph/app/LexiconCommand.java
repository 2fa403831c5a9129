package io.newsgraph.app;

import static io.newsgraph.app.Kg.OK;

import io.newsgraph.ingest.Lexicon;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "lexicon", description = "Write the built-in word lists (gazetteer, name cues, statement, "
        + "claim and event words, reader rules) into a directory, to edit and pass to 'kg ingest --lexicon DIR'.")
final class LexiconCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Kg kg;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The directory to write.")
    Path out;

    @Override
    public Integer call() {
        for (Path f : Lexicon.writeDefaults(out)) {
            kg.out.println("wrote " + f);
        }
        kg.out.println("Edit them, delete those you keep as built in, and pass the directory with --lexicon.");
        return OK;
    }
}
