package fr.pitchoun.auth.web;

import io.vertx.core.http.HttpServerRequest;

/**
 * The viewer's address, for the per-address sign-in limit. web-frontend relays it in X-Forwarded-For, which Quarkus
 * applies ({@code quarkus.http.proxy.*}): the gateway must only be reachable through the site and our services.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
