package fr.pitchoun.frontend.site;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The site's own "page introuvable" for what its pages do not find (an unknown page, programme...). */
public class NotFoundPage {

    private final Template notFound;

    NotFoundPage(@Location("introuvable.html") Template notFound) {
        this.notFound = notFound;
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_HTML_TYPE)
                .entity(notFound.instance()).build();
    }
}
