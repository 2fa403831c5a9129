package io.newsgraph.app;

import io.newsgraph.model.Schema;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The driver every command uses: to the server named by {@code NEO4J_URI} (with {@code NEO4J_USERNAME},
 * {@code NEO4J_PASSWORD}, {@code NEO4J_DATABASE}) when it is set, otherwise to an embedded server over Bolt.
 * The schema is applied on connect.
 */
public final class GraphConnection implements AutoCloseable {

    /** Neo4j cannot be reached or started, or does not take the schema; the CLI exits with code 3. */
    public static final class Unreachable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Where the embedded server keeps its store, which ports it opens and whether connections need its password
     * (see {@link EmbeddedNeo4j}).
     */
    public record EmbeddedOptions(Path dataDir, String host, int boltPort, Integer httpPort, boolean auth) {

        /** With authentication on. */
        public EmbeddedOptions(Path dataDir, String host, int boltPort, Integer httpPort) {
            this(dataDir, host, boltPort, httpPort, true);
        }
    }

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final EmbeddedNeo4j embedded;
    private final String description;

    private GraphConnection(Driver driver, SessionConfig sessionConfig, EmbeddedNeo4j embedded, String description) {
        this.driver = driver;
        this.sessionConfig = sessionConfig;
        this.embedded = embedded;
        this.description = description;
    }

    public static boolean remoteConfigured(Map<String, String> env) {
        String uri = env.get("NEO4J_URI");
        return uri != null && !uri.isBlank();
    }

    public static GraphConnection open(Map<String, String> env, EmbeddedOptions embeddedOptions) {
        if (remoteConfigured(env)) {
            return remote(env);
        }
        return embedded(embeddedOptions);
    }

    private static GraphConnection remote(Map<String, String> env) {
        String uri = env.get("NEO4J_URI").strip();
        String user = env.getOrDefault("NEO4J_USERNAME", "neo4j");
        String password = env.get("NEO4J_PASSWORD");
        String database = env.get("NEO4J_DATABASE");
        Config config = Config.builder().withConnectionTimeout(5, TimeUnit.SECONDS)
                .withConnectionAcquisitionTimeout(10, TimeUnit.SECONDS).withoutEncryption().build();
        if (uri.startsWith("neo4j+") || uri.startsWith("bolt+")) {
            config = Config.builder().withConnectionTimeout(5, TimeUnit.SECONDS)
                    .withConnectionAcquisitionTimeout(10, TimeUnit.SECONDS).build();
        }
        Driver driver;
        try {
            driver = GraphDatabase.driver(uri, password == null ? AuthTokens.none() : AuthTokens.basic(user, password),
                    config);
        } catch (IllegalArgumentException e) {
            throw new Unreachable("NEO4J_URI is not a Neo4j address: " + uri + " (" + e.getMessage() + ")", e);
        }
        SessionConfig sc = database == null || database.isBlank() ? SessionConfig.defaultConfig()
                : SessionConfig.forDatabase(database.strip());
        return connect(driver, sc, null, uri + (database == null ? "" : " database " + database));
    }

    private static GraphConnection embedded(EmbeddedOptions o) {
        EmbeddedNeo4j server;
        try {
            server = EmbeddedNeo4j.start(o.dataDir(), o.host(), o.boltPort(), o.httpPort(), o.auth());
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new Unreachable(embeddedFailure(o, e), e);
        }
        Driver driver = GraphDatabase.driver(server.boltUri(), server.authToken(),
                Config.builder().withoutEncryption().withConnectionTimeout(10, TimeUnit.SECONDS).build());
        try {
            return connect(driver, SessionConfig.defaultConfig(), server,
                    "embedded Neo4j at " + o.dataDir() + " (" + server.boltUri() + ")");
        } catch (Unreachable e) {
            server.close();
            throw e;
        }
    }

    private static String embeddedFailure(EmbeddedOptions o, Throwable e) {
        String all = chain(e);
        if (all.contains("lock") || all.contains("Lock")) {
            return "the graph in " + o.dataDir() + " is in use by another process (is 'kg serve' or 'kg demo' "
                    + "running? then use it: NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=\"$(cat "
                    + PasswordFile.of(o.dataDir()) + ")\")";
        }
        if (all.contains("Address already in use") || all.contains("BindException")) {
            return "cannot start the embedded Neo4j: a port it needs is taken (" + all + "); is another Neo4j "
                    + "running? Choose other ports with --bolt-port/--http-port";
        }
        return "cannot start the embedded Neo4j in " + o.dataDir() + ": " + all;
    }

    private static String chain(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (sb.length() > 0) {
                sb.append(": ");
            }
            sb.append(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
        }
        return sb.toString();
    }

    private static GraphConnection connect(Driver driver, SessionConfig sc, EmbeddedNeo4j server, String what) {
        try {
            driver.verifyConnectivity();
        } catch (AuthenticationException e) {
            driver.close();
            throw new Unreachable("Neo4j at " + what + " refused the credentials (check NEO4J_USERNAME and "
                    + "NEO4J_PASSWORD): " + e.getMessage(), e);
        } catch (Neo4jException | IllegalStateException e) {
            driver.close();
            throw new Unreachable("cannot reach Neo4j at " + what + ": " + e.getMessage(), e);
        }
        try {
            Schema.apply(driver, sc);
            return new GraphConnection(driver, sc, server, what);
        } catch (Neo4jException | IllegalStateException e) {
            driver.close();
            throw new Unreachable("Neo4j at " + what + " did not take the graph's constraints and indexes "
                    + "(schema.cypher): " + e.getMessage(), e);
        }
    }

    public Driver driver() {
        return driver;
    }

    public SessionConfig sessionConfig() {
        return sessionConfig;
    }

    public String description() {
        return description;
    }

    /** The embedded server, or null when connected to a remote one. */
    public EmbeddedNeo4j embedded() {
        return embedded;
    }

    @Override
    public void close() {
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
