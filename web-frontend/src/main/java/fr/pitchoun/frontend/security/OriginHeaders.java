package fr.pitchoun.frontend.security;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

/**
 * What {@link SameOrigin} reads of a request that changes something, for a resource method to take as one
 * {@code @BeanParam}: the browser's Sec-Fetch-Site and Origin, and the address asked (from Host or, over HTTP/2,
 * :authority, which carries no Host header). Every state-changing post of the site checks it this way.
 */
public class OriginHeaders {

    @HeaderParam("Sec-Fetch-Site")
    String fetchSite;

    @HeaderParam("Origin")
    String origin;

    @Context
    UriInfo uri;

    /** Whether the browser says the request comes from this site's own pages. */
    public boolean fromThisSite() {
        return SameOrigin.accepts(fetchSite, origin, uri.getBaseUri().getAuthority());
    }
}
