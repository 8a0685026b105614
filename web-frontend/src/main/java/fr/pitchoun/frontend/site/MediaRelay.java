package fr.pitchoun.frontend.site;

import fr.pitchoun.frontend.catalogue.CmsClient;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;

/**
 * Serves cms-service's images under the same paths ({@code /medias/{id}/{variant}}), so that the image addresses the
 * CMS gives work as they are in the viewer's browser, from this site (its Content-Security-Policy allows only it).
 * cms-service's cache headers are kept, and a browser's revalidation gets its 304.
 */
@Path("/medias")
public class MediaRelay {

    private static final Logger LOG = Logger.getLogger(MediaRelay.class);
    private static final List<String> RELAYED_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CACHE_CONTROL,
            HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED);

    private final CmsClient cms;

    MediaRelay(@RestClient CmsClient cms) {
        this.cms = cms;
    }

    @GET
    @Path("{id: [0-9]{1,18}}/{variant: [a-z]{1,20}}")
    public Response image(@RestPath long id, @RestPath String variant,
                          @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        try (Response answer = cms.media(id, variant, ifNoneMatch)) {
            Response.ResponseBuilder relayed = Response.status(answer.getStatus());
            RELAYED_HEADERS.forEach(name -> {
                String value = answer.getHeaderString(name);
                if (value != null) {
                    relayed.header(name, value);
                }
            });
            if (answer.getStatus() == Response.Status.OK.getStatusCode()) {
                relayed.entity(answer.readEntity(byte[].class));
            }
            return relayed.build();
        } catch (WebApplicationException e) {
            return Response.status(e.getResponse().getStatus()).build();
        } catch (RuntimeException e) {
            LOG.warnf("Image %d/%s unavailable from cms-service: %s", id, variant, e.toString());
            return Response.status(Response.Status.BAD_GATEWAY).build();
        }
    }
}
