package fr.pitchoun.frontend.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SameOriginTest {

    @Test
    void theBrowsersFetchSiteDecidesWhenItIsSent() {
        assertTrue(SameOrigin.accepts("same-origin", "https://evil.example", "localhost:8080"));
        assertFalse(SameOrigin.accepts("cross-site", "http://localhost:8080", "localhost:8080"));
        assertFalse(SameOrigin.accepts("same-site", null, "localhost:8080"));
    }

    @Test
    void otherwiseTheOriginMustBeTheHostAsked() {
        assertTrue(SameOrigin.accepts(null, "http://localhost:8080", "localhost:8080"));
        assertTrue(SameOrigin.accepts(null, "https://www.pitchoun.fr", "www.pitchoun.fr"));
        assertTrue(SameOrigin.accepts(null, "https://www.pitchoun.fr", "www.pitchoun.fr:443"));
        assertFalse(SameOrigin.accepts(null, "http://evil.example", "localhost:8080"));
        assertFalse(SameOrigin.accepts(null, "null", "localhost:8080"));
        assertFalse(SameOrigin.accepts(null, null, "localhost:8080"), "neither header: refused");
    }
}
