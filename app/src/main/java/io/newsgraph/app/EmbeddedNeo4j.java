package io.newsgraph.app;

import io.newsgraph.app.browser.BrowserResource;
import io.newsgraph.queries.BrowserAssets;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.server.configuration.ServerSettings;
import org.neo4j.server.configuration.ThirdPartyJaxRsPackage;

/**
 * Neo4j 5.26 running inside this JVM with a persistent store under a data directory. The program still talks to it
 * only through the driver, over Bolt, exactly as it would to a remote server.
 *
 * <p>Both connectors listen on 127.0.0.1 unless told otherwise; authentication is off because nothing outside this
 * machine can reach them.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private final DatabaseManagementService service;
    private final int boltPort;
    private final Integer httpPort;
    private final String host;

    private EmbeddedNeo4j(DatabaseManagementService service, String host, int boltPort, Integer httpPort) {
        this.service = service;
        this.host = host;
        this.boltPort = boltPort;
        this.httpPort = httpPort;
    }

    /**
     * Starts the server.
     *
     * @param dataDir  the home of the store; created if missing, kept across runs
     * @param host     the address both connectors listen on (127.0.0.1 by default)
     * @param boltPort the Bolt port, or 0 for any free one
     * @param httpPort the HTTP port serving Neo4j Browser, or null for no HTTP at all
     */
    public static EmbeddedNeo4j start(Path dataDir, String host, int boltPort, Integer httpPort) throws IOException {
        Files.createDirectories(dataDir);
        int bolt = boltPort == 0 ? freePort(host) : boltPort;
        var builder = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, bolt))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, bolt))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                .setConfig(HttpConnector.enabled, httpPort != null);
        if (httpPort != null) {
            String assets = "http://" + uriHost(host) + ":" + httpPort + BrowserResource.MOUNT + "/";
            builder.setConfig(HttpConnector.listen_address, new SocketAddress(host, httpPort))
                    .setConfig(HttpConnector.advertised_address, new SocketAddress(host, httpPort))
                    // the guide, style sheet and favourites, served by this server (BrowserResource)
                    .setConfig(ServerSettings.third_party_packages, List.of(new ThirdPartyJaxRsPackage(
                            BrowserResource.class.getPackageName(), BrowserResource.MOUNT)))
                    .setConfig(ServerSettings.browser_remote_content_hostname_whitelist,
                            "guides.neo4j.com,localhost,127.0.0.1," + host)
                    // on connect, Browser applies the style sheet and opens the guide
                    .setConfig(ServerSettings.browser_post_connect_cmd, "style " + assets + BrowserAssets.STYLE_FILE
                            + "; play " + assets + BrowserAssets.GUIDE_FILE);
        }
        DatabaseManagementService service = builder.build();
        EmbeddedNeo4j server = new EmbeddedNeo4j(service, host, bolt, httpPort);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "neo4j-shutdown"));
        return server;
    }

    public String boltUri() {
        return "bolt://" + hostForUri() + ":" + boltPort;
    }

    /**
     * The Browser's address, or null when HTTP is off. Its query names this server's Bolt address and preselects
     * "no authentication", so Browser connects at once.
     */
    public String browserUrl() {
        return httpPort == null ? null : "http://" + hostForUri() + ":" + httpPort + "/browser/?dbms="
                + boltUri() + "&preselectAuthMethod=NO_AUTH";
    }

    /** Where Browser's guide is served, or null when HTTP is off. */
    public String guideUrl() {
        return httpPort == null ? null
                : "http://" + hostForUri() + ":" + httpPort + BrowserResource.MOUNT + "/" + BrowserAssets.GUIDE_FILE;
    }

    private String hostForUri() {
        return uriHost(host);
    }

    private static String uriHost(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static int freePort(String host) throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(host, 0));
            return s.getLocalPort();
        }
    }

    private volatile boolean closed;

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            service.shutdown();
        }
    }
}
