package io.newsgraph.app.browser;

import io.newsgraph.queries.BrowserAssets;
import java.nio.charset.StandardCharsets;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/**
 * Serves the Neo4j Browser guide, the GraSS style sheet and the favourites zip from the embedded server's own HTTP
 * connector, as a JAX-RS unmanaged extension mounted at {@link #MOUNT}. The content is public and read-only;
 * cross-origin reads are allowed because Browser may be opened under another host name (localhost or 127.0.0.1)
 * than the one the server advertises.
 */
@Path("/")
public class BrowserResource {

    /** Where the extension is mounted on the HTTP connector. */
    public static final String MOUNT = "/newsgraph";

    @Context
    private UriInfo uri;

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
        return Response.ok(BrowserAssets.favoritesZip(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + BrowserAssets.FAVORITES_FILE + "\"")
                .header("Access-Control-Allow-Origin", "*").build();
    }

    private static Response ok(byte[] body, String type) {
        return Response.ok(body, type).header("Access-Control-Allow-Origin", "*")
                .header("Cache-Control", "no-cache").build();
    }
}
