package fr.pitchoun.cms.media;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** The images' files, public: the site and browsers load them straight from here. */
@Path("/medias")
@Tag(name = "Médias", description = "Images de la médiathèque")
public class MediaFileResource {

    /** The bytes of an id never change (a new image gets a new id): caches may keep them for a year. */
    static final String FOREVER = "public, max-age=31536000, immutable";

    @GET
    @Path("{id}/{variant}")
    @Operation(summary = "Le fichier d'une image",
            description = "variant : original (le fichier envoyé), large (1280 px de large au plus), medium (640), "
                    + "thumb (320) ; jamais agrandie. ETag fort et cache d'un an : le contenu d'une adresse ne change "
                    + "jamais.")
    @APIResponse(responseCode = "200", content = {@Content(mediaType = "image/jpeg"), @Content(mediaType = "image/png"),
            @Content(mediaType = "image/gif")})
    @APIResponse(responseCode = "304", description = "Le fichier correspondant à If-None-Match n'a pas changé")
    @APIResponse(responseCode = "404", description = "Image ou variante inconnue")
    public Response file(@RestPath long id, @RestPath String variant, Request request) {
        MediaVariant file = Variant.byKey(variant).flatMap(v -> MediaVariant.of(id, v))
                .orElseThrow(NotFoundException::new);
        EntityTag tag = new EntityTag(file.sha256);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified : Response.ok(file.bytes, file.mediaType);
        return answer.tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, FOREVER)
                // The type was sniffed and checked at upload: browsers must not guess another (e.g. HTML).
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .build();
    }
}
