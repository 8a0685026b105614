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
 * The part of Kinow's Server API the gateway uses, with the paths, parameters and models of Kinow's PHP SDK
 * (kinow-io/kinow-php-sdk, CustomersApi). Built by {@link KinowClientProducer}, which adds the client headers; the
 * gateway calls it only through {@link Kinow}, which adds the request budget, timeouts and circuit breaker.
 */
@Path("/customers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface KinowClient {

    /** CustomersApi::checkCustomerCredentials: the SDK sends email and password as a JSON object. */
    @POST
    @Path("/check-credentials")
    Uni<KinowCustomer> checkCredentials(KinowCredentials credentials);

    /** CustomersApi::getCustomer. */
    @GET
    @Path("/{customerId}")
    Uni<KinowCustomer> customer(@PathParam("customerId") long customerId);

    /** CustomersApi::createCustomer (CustomerCreateRequest → Customer). */
    @POST
    Uni<KinowCustomer> createCustomer(KinowCustomerCreation creation);

    /** CustomersApi::getCustomerAccessesSubscriptions: one page of the customer's subscription accesses. */
    @GET
    @Path("/{customerId}/accesses/subscriptions")
    Uni<KinowSubscriptionAccesses> subscriptionAccesses(@PathParam("customerId") long customerId,
                                                        @QueryParam("page") int page,
                                                        @QueryParam("per_page") int perPage);

    /** CustomersApi::getCustomerHasAccessToProducts (ProductIDList → ProductAccessInfo[]). */
    @POST
    @Path("/{customerId}/products/has-access")
    Uni<List<KinowProductAccessInfo>> hasAccess(@PathParam("customerId") long customerId,
                                                KinowProductIdList products);

    /** CustomersApi::passwordToken: a temporary token to change the password, for us to send to the viewer. */
    @POST
    @Path("/password-token")
    Uni<KinowToken> passwordToken(KinowEmail email);

    /** CustomersApi::passwordTokenConsume: sets the new password; empty answer. */
    @POST
    @Path("/password-token-consume")
    Uni<Void> passwordTokenConsume(KinowPasswordChange change);

    @ClientExceptionMapper
    static KinowException toException(Response response) {
        return KinowException.of(response);
    }
}
