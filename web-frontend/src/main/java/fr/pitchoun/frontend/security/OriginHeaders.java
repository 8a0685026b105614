package fr.pitchoun.frontend.security;

import jakarta.ws.rs.HeaderParam;

/** The headers {@link SameOrigin} reads, for a resource method to take as one {@code @BeanParam}. */
public class OriginHeaders {

    @HeaderParam("Sec-Fetch-Site")
    String fetchSite;

    @HeaderParam("Origin")
    String origin;

    @HeaderParam("Host")
    String host;

    /** Whether the browser says the request comes from this site's own pages. */
    public boolean fromThisSite() {
        return SameOrigin.accepts(fetchSite, origin, host);
    }
}
