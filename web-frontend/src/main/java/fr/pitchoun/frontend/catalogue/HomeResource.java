package fr.pitchoun.frontend.catalogue;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(HomeView home, Catalogue.Listing catalogue);
    }

    private final Catalogue catalogue;

    HomeResource(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    public TemplateInstance home() {
        return Templates.home(catalogue.home(), catalogue.published());
    }
}
