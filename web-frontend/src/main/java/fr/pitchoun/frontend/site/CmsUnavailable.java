package fr.pitchoun.frontend.site;

/** cms-service could not be read for a page made of its content: the site answers its 503 page ({@link SitePages}). */
public class CmsUnavailable extends RuntimeException {

    CmsUnavailable(String what, RuntimeException cause) {
        super(what + " unavailable from cms-service: " + cause, cause);
    }
}
