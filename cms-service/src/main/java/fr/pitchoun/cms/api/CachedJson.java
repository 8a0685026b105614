package fr.pitchoun.cms.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.cms.config.CmsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import jakarta.ws.rs.NotFoundException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/** Answers of the public JSON API: an ETag that is a digest of the JSON itself, 304 when it still matches. */
@ApplicationScoped
public class CachedJson {

    private final ObjectMapper json;
    private final CacheControl cacheControl;

    CachedJson(ObjectMapper json, CmsConfig config) {
        this.json = json;
        this.cacheControl = new CacheControl();
        this.cacheControl.setMaxAge((int) config.apiMaxAge().toSeconds());
    }

    public Response ok(Request request, Object body) {
        EntityTag tag = new EntityTag(digest(body));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = notModified != null ? notModified : Response.ok(body);
        return response.tag(tag).cacheControl(cacheControl).build();
    }

    /**
     * The answer for one item asked for by slug: the item when it is public; else, for an old slug of a public item,
     * 301 to {@code currentAddress} (cached like the answers, so renamed items keep their shared links); else 404.
     */
    public <T> Response bySlug(Request request, Optional<T> item, Supplier<Optional<URI>> currentAddress) {
        return item.map(found -> ok(request, found))
                .or(() -> currentAddress.get().map(current -> Response.status(Response.Status.MOVED_PERMANENTLY)
                        .location(current).cacheControl(cacheControl).build()))
                .orElseThrow(NotFoundException::new);
    }

    public CacheControl cacheControl() {
        return cacheControl;
    }

    private String digest(Object body) {
        try {
            byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot compute the ETag", e);
        }
    }
}
