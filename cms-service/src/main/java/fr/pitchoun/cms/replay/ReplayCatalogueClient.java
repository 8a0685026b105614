package fr.pitchoun.cms.replay;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * auth-gateway's view of Kinow's catalogue (deploy/CONTRACTS.md, "Replay"), every call carrying a service token of
 * auth-gateway with the replay:catalogue scope (the named OIDC client "replay": a separate token, so the live
 * channels' ingest.admin token is untouched). Answers are returned as they are ({@code disable-default-mapper}):
 * {@link GuardedCatalogueCalls} reads them.
 */
@RegisterRestClient(configKey = "replay")
@OidcClientFilter("replay")
@Path("/api/replay")
@Produces(MediaType.APPLICATION_JSON)
public interface ReplayCatalogueClient {

    @GET
    @Path("/catalogue")
    Response search(@QueryParam("q") String titleText, @QueryParam("categorie") Long categoryId,
                    @QueryParam("page") int page);

    @GET
    @Path("/catalogue/{videoId}")
    Response video(@PathParam("videoId") long videoId);

    @GET
    @Path("/categories")
    Response categories();
}
