package io.newsgraph.app;

import io.newsgraph.ingest.IngestPipeline;
import java.io.PrintStream;
import picocli.CommandLine;

/**
 * The one place where an exception of a command becomes an exit code and a message: Neo4j unreachable ({@link
 * Kg#UNREACHABLE}), a bad argument or a query the server refuses ({@link Kg#USAGE}); anything else is a bug and goes
 * to picocli with its stack trace. Inputs that failed are counted by the commands themselves ({@link
 * Kg#INPUT_FAILED}).
 */
final class ExitCodes implements CommandLine.IExecutionExceptionHandler {

    private final PrintStream err;

    ExitCodes(PrintStream err) {
        this.err = err;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, CommandLine.ParseResult parsed)
            throws Exception {
        if (e instanceof GraphConnection.Unreachable || e instanceof IngestPipeline.DatabaseUnavailable) {
            err.println("kg: " + e.getMessage());
            return Kg.UNREACHABLE;
        }
        if (e instanceof IllegalArgumentException || e instanceof org.neo4j.driver.exceptions.ClientException) {
            err.println("kg: " + e.getMessage());
            return Kg.USAGE;
        }
        throw e;
    }
}
