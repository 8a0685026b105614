package fr.pitchoun.cms.channel;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/**
 * live-ingest-service's channels and their admin API (its README, "Administration"), every call carrying a service
 * token of auth-gateway with the ingest.admin scope (quarkus.oidc-client.*). Answers are returned as they are, refusals
 * included ({@code quarkus.rest-client.ingest.disable-default-mapper}): {@link LiveChannels} reads them.
 */
@RegisterRestClient(configKey = "ingest")
@OidcClientFilter
@Produces(MediaType.APPLICATION_JSON)
public interface IngestAdminClient {

    @GET
    @Path("/api/channels")
    Response channels();

    @GET
    @Path("/api/channels/{slug}")
    Response channel(@PathParam("slug") String slug);

    @POST
    @Path("/api/admin/channels")
    @Consumes(MediaType.APPLICATION_JSON)
    Response create(Map<String, String> slugAndName);

    @POST
    @Path("/api/admin/channels/{slug}/stream-key")
    Response rotateKey(@PathParam("slug") String slug);

    @POST
    @Path("/api/admin/channels/{slug}/enable")
    Response enable(@PathParam("slug") String slug);

    @POST
    @Path("/api/admin/channels/{slug}/disable")
    Response disable(@PathParam("slug") String slug);

    @PUT
    @Path("/api/admin/channels/{slug}/slate")
    @Consumes(MediaType.APPLICATION_JSON)
    Response setSlate(@PathParam("slug") String slug, Map<String, String> slate);
}
