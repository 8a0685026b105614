package fr.pitchoun.auth.admin;

import fr.pitchoun.auth.config.AuthConfig;
import fr.pitchoun.auth.kinow.Kinow;
import fr.pitchoun.auth.kinow.KinowCallBudget;
import fr.pitchoun.auth.kinow.KinowProductAccessInfo;
import fr.pitchoun.auth.kinow.KinowProductIdList;
import fr.pitchoun.auth.serviceaccount.ServiceAccounts;
import fr.pitchoun.auth.session.Entitlements;
import fr.pitchoun.auth.web.ApiError;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** For the platform's operators and services: every call needs a service-account token with scope auth.admin. */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "API interne ; jeton de compte de service (scope auth.admin) requis")
@SecurityRequirement(name = "serviceAccount")
@APIResponse(responseCode = "401", description = "Sans jeton de compte de service valide",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "Jeton valide sans le scope auth.admin",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
public class AdminResource {

    static final String SCOPE = "auth.admin";
    static final List<String> CIRCUITS = List.of("kinow-check-credentials", "kinow-subscriptions", "kinow-customer",
            "kinow-create-customer", "kinow-has-access", "kinow-password-token", "kinow-password-token-consume",
            "kinow-products", "kinow-product-videos", "kinow-product-extracts", "kinow-video", "kinow-video-player",
            "kinow-extract-player", "kinow-video-access", "kinow-video-stat-session", "kinow-videos-watching");

    private final ServiceAccounts accounts;
    private final KinowCallBudget budget;
    private final CircuitBreakerMaintenance circuits;
    private final Kinow kinow;
    private final Entitlements entitlements;
    private final Set<Long> offerProducts = new HashSet<>();

    AdminResource(ServiceAccounts accounts, KinowCallBudget budget, CircuitBreakerMaintenance circuits, Kinow kinow,
                  Entitlements entitlements, AuthConfig config) {
        this.accounts = accounts;
        this.budget = budget;
        this.circuits = circuits;
        this.kinow = kinow;
        this.entitlements = entitlements;
        offerProducts.addAll(config.offers().mypitchounProductIds());
        offerProducts.addAll(config.offers().mypitchounPlusProductIds());
    }

    @GET
    @Path("/kinow")
    @Operation(summary = "État des appels à Kinow",
            description = "Appels encore permis maintenant (budget par minute) et état de chaque disjoncteur.")
    public Map<String, Object> kinowStatus(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        authorize(authorization);
        Map<String, String> states = new LinkedHashMap<>();
        CIRCUITS.forEach(name -> states.put(name, circuits.currentState(name).name()));
        return Map.of("availableCalls", budget.available(), "circuits", states);
    }

    @GET
    @Path("/customers/{customerId}/access")
    @Operation(summary = "Accès d'un client aux produits des offres, selon Kinow",
            description = "Pour le support : ce que Kinow répond maintenant (has-access), sans le cache.")
    public Uni<List<KinowProductAccessInfo>> access(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                                    @PathParam("customerId") long customerId) {
        authorize(authorization);
        return kinow.hasAccess(customerId, KinowProductIdList.of(offerProducts));
    }

    @DELETE
    @Path("/customers/{customerId}/entitlements")
    @Operation(summary = "Oublie les offres en cache d'un client",
            description = "Comme le webhook Kinow : la prochaine prolongation de sa session les relit chez Kinow.")
    @APIResponse(responseCode = "204", description = "Cache vidé pour ce client")
    public Uni<Response> forget(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                @PathParam("customerId") long customerId) {
        authorize(authorization);
        return entitlements.forget(customerId).map(ignored -> Response.noContent().build());
    }

    private void authorize(String authorization) {
        accounts.authorize(authorization, SCOPE);
    }
}
