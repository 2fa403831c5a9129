package io.newsgraph.app;

import picocli.CommandLine.Option;

/** The embedded server's ports when it serves the Browser. */
final class Ports {
    @Option(names = "--bolt-port", defaultValue = "7687", description = "Bolt port (default: ${DEFAULT-VALUE}).")
    int boltPort;

    @Option(names = "--http-port", defaultValue = "7474",
            description = "HTTP port of Neo4j Browser (default: ${DEFAULT-VALUE}).")
    int httpPort;
}
