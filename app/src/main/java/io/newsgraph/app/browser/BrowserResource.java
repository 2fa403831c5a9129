package io.newsgraph.app.browser;

import io.newsgraph.model.CypherResource;
import io.newsgraph.queries.BrowserAssets;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/**
 * Serves the Neo4j Browser guide, the GraSS style sheet, the favourites zip and the connect page from the embedded
 * server's own HTTP connector, as a JAX-RS unmanaged extension mounted at {@link #MOUNT}. The content is public and
 * read-only. Cross-origin reads are allowed only for the origins Browser itself may be opened under on this port
 * (127.0.0.1, localhost, [::1] and the address the connection came in on): Browser opened at localhost fetches the
 * guide and style from the advertised 127.0.0.1. Any other origin gets no permission to read.
 */
@Path("/")
public class BrowserResource {

    /** Where the extension is mounted on the HTTP connector. */
    public static final String MOUNT = "/newsgraph";

    /** The page that hands Browser the password from its address's fragment and opens Browser. */
    public static final String CONNECT_FILE = "connect.html";

    @Context
    private UriInfo uri;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpHeaders headers;

    /**
     * The connect page. It holds no secret: the password travels in the fragment of the address {@code kg} prints
     * (never sent to a server), and the page's script, running on Browser's origin, stores it where Browser keeps
     * its connection (local storage), clears the fragment and opens Browser, which then connects by itself.
     */
    @GET
    @Path(CONNECT_FILE)
    public Response connect() {
        return Response.ok(CypherResource.load(BrowserResource.class, CONNECT_FILE).getBytes(StandardCharsets.UTF_8),
                MediaType.TEXT_HTML + ";charset=utf-8")
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "frame-ancestors 'none'").build();
    }

    @GET
    @Path(BrowserAssets.GUIDE_FILE)
    public Response guide() {
        return ok(BrowserAssets.guide(uri.getBaseUri().toString()).getBytes(StandardCharsets.UTF_8),
                MediaType.TEXT_HTML + ";charset=utf-8");
    }

    @GET
    @Path(BrowserAssets.STYLE_FILE)
    public Response style() {
        return ok(BrowserAssets.style().getBytes(StandardCharsets.UTF_8), MediaType.TEXT_PLAIN + ";charset=utf-8");
    }

    @GET
    @Path(BrowserAssets.FAVORITES_FILE)
    public Response favorites() {
        return cors(Response.ok(BrowserAssets.favoritesZip(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + BrowserAssets.FAVORITES_FILE + "\""))
                .build();
    }

    private Response ok(byte[] body, String type) {
        return cors(Response.ok(body, type).header("Cache-Control", "no-cache")).build();
    }

    /** Allows the request's origin to read the response when it is one Browser may be opened under. */
    private Response.ResponseBuilder cors(Response.ResponseBuilder response) {
        String origin = headers.getHeaderString("Origin");
        response.header("Vary", "Origin");
        if (origin != null && allowedOrigins().contains(origin)) {
            response.header("Access-Control-Allow-Origin", origin);
        }
        return response;
    }

    private Set<String> allowedOrigins() {
        int port = request.getLocalPort();
        Set<String> origins = new LinkedHashSet<>();
        String local = request.getLocalAddr();
        for (String host : new String[] {"127.0.0.1", "localhost", "[::1]",
                local.contains(":") ? "[" + local + "]" : local}) {
            origins.add("http://" + host + ":" + port);
        }
        return origins;
    }
}
