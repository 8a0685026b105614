package fr.pitchoun.frontend.startover;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * NGINX's HLS as this server reaches it ({@code pitchoun.frontend.hls-internal-url}, settings
 * {@code quarkus.rest-client.hls-origin.*}): the worker's files under a signed folder, like a player reads them.
 * Every status is given back (no exception mapping): 404 is a channel off air.
 */
@RegisterRestClient(configKey = "hls-origin")
interface HlsOrigin {

    @GET
    @Path("/{token}/{expires}/{channel}/{file}")
    Response file(@PathParam("token") String token, @PathParam("expires") long expires,
                  @PathParam("channel") String channel, @PathParam("file") String file);
}
