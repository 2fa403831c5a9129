package io.newsgraph.app;

import io.newsgraph.app.browser.BrowserResource;
import io.newsgraph.queries.BrowserAssets;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.server.configuration.ConfigurableServerModules;
import org.neo4j.server.configuration.ServerSettings;
import org.neo4j.server.configuration.ThirdPartyJaxRsPackage;

/**
 * Neo4j 5.26 running inside this JVM with a persistent store under a data directory. The program still talks to it
 * only through the driver, over Bolt, exactly as it would to a remote server.
 *
 * <p>Both connectors listen on 127.0.0.1 unless told otherwise. Authentication is on: user {@value #USER}, with the
 * password of the data directory's {@link PasswordFile} (made on first start), because any web page open in a
 * browser on this machine can reach a loopback port. Over HTTP only Neo4j Browser, its discovery document and the
 * newsgraph assets are served (no transactional or query endpoints), and cross-origin reads are allowed only for
 * the Browser's own origins (see {@link BrowserResource}). Without authentication ({@code auth = false}, for tests and
 * {@code kg --no-auth}) the server refuses to listen on anything but a loopback address.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    /** The one user of the embedded server. */
    public static final String USER = "neo4j";

    private final DatabaseManagementService service;
    private final int boltPort;
    private final Integer httpPort;
    private final String host;
    private final String password;

    private EmbeddedNeo4j(DatabaseManagementService service, String host, int boltPort, Integer httpPort,
            String password) {
        this.service = service;
        this.host = host;
        this.boltPort = boltPort;
        this.httpPort = httpPort;
        this.password = password;
    }

    /** Starts the server with authentication on (see {@link #start(Path, String, int, Integer, boolean)}). */
    public static EmbeddedNeo4j start(Path dataDir, String host, int boltPort, Integer httpPort) throws IOException {
        return start(dataDir, host, boltPort, httpPort, true);
    }

    /**
     * Starts the server.
     *
     * @param dataDir  the home of the store; created if missing, kept across runs
     * @param host     the address both connectors listen on (127.0.0.1 by default)
     * @param boltPort the Bolt port, or 0 for any free one
     * @param httpPort the HTTP port serving Neo4j Browser, or null for no HTTP at all
     * @param auth     whether connections need the password of {@link PasswordFile}; false only on loopback
     * @throws IllegalArgumentException when {@code auth} is false and {@code host} is not a loopback address
     */
    public static EmbeddedNeo4j start(Path dataDir, String host, int boltPort, Integer httpPort, boolean auth)
            throws IOException {
        if (!auth) {
            requireLoopback(host);
        }
        Files.createDirectories(dataDir);
        String password = auth ? PasswordFile.readOrCreate(dataDir) : null;
        int bolt = boltPort == 0 ? freePort(host) : boltPort;
        var builder = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, bolt))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, bolt))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                .setConfig(HttpConnector.enabled, httpPort != null);
        if (httpPort != null) {
            String origin = "http://" + uriHost(host) + ":" + httpPort;
            String assets = origin + BrowserResource.MOUNT + "/";
            builder.setConfig(HttpConnector.listen_address, new SocketAddress(host, httpPort))
                    .setConfig(HttpConnector.advertised_address, new SocketAddress(host, httpPort))
                    // Browser and the assets only: nothing answers a query over HTTP (kg and Browser use Bolt)
                    .setConfig(ServerSettings.http_enabled_modules, EnumSet.of(ConfigurableServerModules.BROWSER,
                            ConfigurableServerModules.UNMANAGED_EXTENSIONS))
                    // the CORS header names the Browser's own origin, never '*'
                    .setConfig(ServerSettings.http_access_control_allow_origin, origin)
                    // the assets are public (Browser fetches the guide and style without credentials)
                    .setConfig(ServerSettings.http_auth_allowlist, List.of("/", "/browser.*",
                            BrowserResource.MOUNT + "/.*"))
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
        EmbeddedNeo4j server = new EmbeddedNeo4j(service, host, bolt, httpPort, password);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "neo4j-shutdown"));
        if (auth) {
            try {
                setPassword(service, password);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
        }
        return server;
    }

    /**
     * Gives user neo4j the password of the file, with no change required. The store's own copy is the one the
     * server checks; setting it on every start makes the file the password (a store made before authentication,
     * or a password changed in Browser, is brought back to the file's).
     */
    private static void setPassword(DatabaseManagementService service, String password) {
        try {
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
            // already the file's password
        }
    }

    /** @throws IllegalArgumentException when {@code host} is not (or does not resolve to) a loopback address */
    static void requireLoopback(String host) {
        if (!isLoopback(host)) {
            throw new IllegalArgumentException("--listen " + host + " is not a loopback address: the database "
                    + "would take connections from other machines, so it needs authentication (drop --no-auth)");
        }
    }

    static boolean isLoopback(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The password, or null without authentication (for the tests, which play a remote server with it). */
    String password() {
        return password;
    }

    /** Whether connections need the password. */
    public boolean authEnabled() {
        return password != null;
    }

    /** The credentials to connect with: user {@value #USER} and the password, or none without authentication. */
    public AuthToken authToken() {
        return password == null ? AuthTokens.none() : AuthTokens.basic(USER, password);
    }

    public String boltUri() {
        return "bolt://" + hostForUri() + ":" + boltPort;
    }

    /**
     * The address to open Neo4j Browser at, or null when HTTP is off. Browser connects at once: without
     * authentication its query preselects "no authentication"; with it, the address is the newsgraph connect page
     * ({@link BrowserResource#CONNECT_FILE}) with the password in the fragment (which browsers never send to a
     * server), and the page hands it to Browser on this origin and opens Browser.
     */
    public String browserUrl() {
        if (httpPort == null) {
            return null;
        }
        String origin = "http://" + hostForUri() + ":" + httpPort;
        if (password == null) {
            return origin + "/browser/?dbms=" + boltUri() + "&preselectAuthMethod=NO_AUTH";
        }
        return origin + BrowserResource.MOUNT + "/" + BrowserResource.CONNECT_FILE + "#password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
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
