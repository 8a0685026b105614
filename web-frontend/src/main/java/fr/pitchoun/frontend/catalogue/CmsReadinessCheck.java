package fr.pitchoun.frontend.catalogue;

import fr.pitchoun.frontend.config.FrontendConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Without cms-service the home page has no programmes to show: the site is not ready. */
@Readiness
@ApplicationScoped
public class CmsReadinessCheck implements HealthCheck {

    private final CmsClient cms;
    private final String cmsUrl;

    CmsReadinessCheck(@RestClient CmsClient cms, FrontendConfig config) {
        this.cms = cms;
        this.cmsUrl = config.cmsUrl();
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("cms-service").withData("url", cmsUrl);
        try (var ignored = cms.readiness()) {
            return response.up().build();
        } catch (WebApplicationException e) {
            return response.down().withData("reason", "cms-service is not ready (HTTP "
                    + e.getResponse().getStatus() + ")").build();
        } catch (RuntimeException e) {
            return response.down().withData("reason", "cms-service unreachable: " + e.getMessage()).build();
        }
    }
}
