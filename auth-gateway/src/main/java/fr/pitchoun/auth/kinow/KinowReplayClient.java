package fr.pitchoun.auth.kinow;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The catalogue, player and watch-progress part of Kinow's Server API, with the paths, parameters and models of
 * Kinow's PHP SDK (kinow-io/kinow-php-sdk: ProductsApi, VideosApi, ExtractsApi, StatsApi). Built by
 * {@link KinowClientProducer} like {@link KinowClient}; called only through {@link Kinow}.
 */
@Path("/")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface KinowReplayClient {

    /** ProductsApi::getProducts. */
    @GET
    @Path("products")
    Uni<KinowPage<KinowProduct>> products(@QueryParam("page") int page, @QueryParam("per_page") int perPage);

    /** CategoriesApi::getCategories. */
    @GET
    @Path("categories")
    Uni<KinowPage<KinowCategory>> categories(@QueryParam("page") int page, @QueryParam("per_page") int perPage);

    /** CategoriesApi::getCategoryProducts. */
    @GET
    @Path("categories/{categoryId}/products")
    Uni<KinowPage<KinowProduct>> categoryProducts(@PathParam("categoryId") long categoryId,
                                                  @QueryParam("page") int page, @QueryParam("per_page") int perPage);

    /** VideosApi::getVideosFromProduct. */
    @GET
    @Path("products/{productId}/videos")
    Uni<KinowPage<KinowVideo>> productVideos(@PathParam("productId") long productId, @QueryParam("page") int page,
                                             @QueryParam("per_page") int perPage);

    /** ExtractsApi::getProductExtracts. */
    @GET
    @Path("products/{productId}/extracts")
    Uni<KinowPage<KinowExtract>> productExtracts(@PathParam("productId") long productId,
                                                 @QueryParam("page") int page, @QueryParam("per_page") int perPage);

    /** VideosApi::getVideo. */
    @GET
    @Path("videos/{videoId}")
    Uni<KinowVideo> video(@PathParam("videoId") long videoId);

    /** VideosApi::getVideoPlayer, for that customer, with the player's UI in {@code iso_code}. */
    @GET
    @Path("videos/{videoId}/player")
    Uni<KinowPlayerConfiguration> videoPlayer(@PathParam("videoId") long videoId,
                                              @QueryParam("customer_id") long customerId,
                                              @QueryParam("iso_code") String isoCode);

    /** ExtractsApi::getExtractPlayer; customer_id is optional (a signed-out viewer has none). */
    @GET
    @Path("extracts/{extractId}/player")
    Uni<KinowPlayerConfiguration> extractPlayer(@PathParam("extractId") long extractId,
                                                @QueryParam("customer_id") Long customerId,
                                                @QueryParam("iso_code") String isoCode);

    /** VideosApi::getCustomerHasAccessToVideos (VideoIDList → VideoAccessInfo[]). */
    @POST
    @Path("customers/{customerId}/videos/has-access")
    Uni<List<KinowVideoAccessInfo>> videoAccess(@PathParam("customerId") long customerId, KinowVideoIdList videos);

    /** StatsApi::createVideoStatSession. */
    @POST
    @Path("video-stats/sessions")
    Uni<KinowVideoStatSession> createVideoStatSession(KinowVideoStatSession session);

    /** StatsApi::getVideosWatching: the customer's started videos. */
    @GET
    @Path("video-stats/videos-watching")
    Uni<KinowPage<KinowVideoWatching>> videosWatching(@QueryParam("customer_id") long customerId,
                                                      @QueryParam("page") int page,
                                                      @QueryParam("per_page") int perPage);

    @ClientExceptionMapper
    static KinowException toException(Response response) {
        return KinowException.of(response);
    }
}
