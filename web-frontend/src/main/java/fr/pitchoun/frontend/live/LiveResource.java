package fr.pitchoun.frontend.live;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The live page: the player itself is /js/direct.js, which reads the manifest address from the video element. */
@Path("/direct")
@Produces(MediaType.TEXT_HTML)
public class LiveResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance direct(LiveStream stream);
    }

    private final LiveStream stream;

    LiveResource(LiveStream stream) {
        this.stream = stream;
    }

    @GET
    public TemplateInstance direct() {
        return Templates.direct(stream);
    }
}
