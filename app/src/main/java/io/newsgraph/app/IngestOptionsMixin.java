package io.newsgraph.app;

import picocli.CommandLine;

/** Wraps {@link IngestOptions} for picocli's mixin mechanism. */
final class IngestOptionsMixin {
    @CommandLine.ArgGroup(exclusive = false, heading = "")
    IngestOptions options = new IngestOptions();
}
