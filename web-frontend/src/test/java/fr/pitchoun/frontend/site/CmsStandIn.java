package fr.pitchoun.frontend.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands for cms-service in the site's tests: its JSON API's answers for the home page, the menus and the pages
 * (shapes of cms-service's /api/accueil, /api/menus/{name}, /api/pages/{slug}), an image of its media library, and
 * no events API yet (404). Counts the requests it gets, so tests can see what the site kept in its cache.
 */
public class CmsStandIn implements QuarkusTestResourceLifecycleManager {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3};
    static final Map<String, AtomicInteger> REQUESTS = new ConcurrentHashMap<>();

    private static final String HOME = """
            {"blocks":[
              {"kind":"HERO","title":"Bienvenue chez Pitchoun","text":"Des histoires pour les 4–12 ans.",
               "image":{"id":7,"url":"/medias/7/large","thumbnailUrl":"/medias/7/thumb","alt":"Pitchoun et ses amis","width":1200,"height":600},
               "link":{"label":"Regarder le direct","url":"/direct"}},
              {"kind":"PROGRAMME_CAROUSEL","title":"À ne pas manquer","programmes":[
                {"slug":"mission-ocean","title":"Mission Océan","ageMin":6,"ageMax":10,
                 "image":{"id":8,"url":"/medias/8/large","thumbnailUrl":"/medias/8/thumb","alt":"Le sous-marin Nautilette","width":800,"height":450}},
                {"slug":"le-dragon-timide","title":"Le Dragon timide","ageMin":4,"ageMax":6}]},
              {"kind":"LIVE_TEASER","title":"En ce moment sur Pitchoun TV","text":"Le direct pour les abonnés.","channel":"pitchoun-tv"},
              {"kind":"PODCAST_HIGHLIGHT","title":"Les histoires du soir","text":"À écouter avant de dormir.","podcastShow":"les-histoires-du-soir-de-pitchoun"},
              {"kind":"EVENTS","title":"Prochains rendez-vous","eventCount":3}
            ]}""";
    private static final String PRINCIPAL = """
            {"name":"principal","items":[{"label":"Accueil","url":"/"},{"label":"Le direct","url":"/direct"},
              {"label":"Qui sommes-nous","url":"/pages/qui-sommes-nous"}]}""";
    private static final String PIED = """
            {"name":"pied","items":[{"label":"Mentions légales","url":"/pages/mentions-legales"}]}""";
    private static final String PAGE = """
            {"slug":"qui-sommes-nous","title":"Qui sommes-nous ?","summary":"Une équipe qui aime les enfants.",
             "body":"<p>Pitchoun est <strong>une chaîne</strong> pour les enfants.</p>"}""";

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
        return Map.of("pitchoun.frontend.cms-url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        REQUESTS.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        switch (path) {
            case "/api/accueil" -> json(exchange, 200, HOME);
            case "/api/menus/principal" -> json(exchange, 200, PRINCIPAL);
            case "/api/menus/pied" -> json(exchange, 200, PIED);
            case "/api/programmes" -> json(exchange, 200, "[]");
            case "/api/pages/qui-sommes-nous" -> json(exchange, 200, PAGE);
            case "/api/pages/ancien-nom" -> {
                exchange.getResponseHeaders().add("Location", "http://cms.example/api/pages/qui-sommes-nous");
                exchange.sendResponseHeaders(301, -1);
            }
            case "/medias/7/large" -> {
                exchange.getResponseHeaders().add("Cache-Control", "public, max-age=86400");
                exchange.getResponseHeaders().add("ETag", "\"image-7\"");
                if ("\"image-7\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                } else {
                    exchange.getResponseHeaders().add("Content-Type", "image/png");
                    exchange.sendResponseHeaders(200, PNG.length);
                    exchange.getResponseBody().write(PNG);
                }
            }
            case "/q/health/ready" -> json(exchange, 200, "{\"status\":\"UP\"}");
            default -> json(exchange, 404, "{}");
        }
        exchange.close();
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
