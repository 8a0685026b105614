package fr.pitchoun.cms.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.cms.config.CmsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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

    /** 301 to an item's current address (its slug changed), cached like the answers. */
    public Response movedPermanently(URI current) {
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(current).cacheControl(cacheControl).build();
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
