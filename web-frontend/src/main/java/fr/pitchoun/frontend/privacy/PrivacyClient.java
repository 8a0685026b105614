package fr.pitchoun.frontend.privacy;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/** auth-gateway's privacy API (its README "Données personnelles"), with the viewer's cookie; answers as they are. */
@RegisterRestClient(configKey = "auth")
public interface PrivacyClient {

    /** The family's zip. */
    @GET
    @Path("/api/privacy/export")
    Response export(@HeaderParam("Cookie") String cookie);

    /** Erases everything once the password is confirmed: 204 + cleared cookie, or a French message. */
    @POST
    @Path("/api/privacy/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    Response erase(@HeaderParam("Cookie") String cookie, @HeaderParam("X-Forwarded-For") String viewerAddress,
                   Map<String, String> password);
}
