package fr.pitchoun.cms.status;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * One small HTTP server standing in for the platform's parts, each under its own path: a ready service, one whose
 * database is down, one that hangs, live-ingest-service's and a worker's channel lists, Alertmanager's alerts. A second
 * worker points where nothing listens.
 */
public class PartsStandIn implements QuarkusTestResourceLifecycleManager {

    private static final String UP = "{\"status\":\"UP\",\"checks\":[{\"name\":\"Database connections health check\","
            + "\"status\":\"UP\"}]}";
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        answer("/pret/q/health/ready", 200, UP);
        answer("/en-panne/q/health/ready", 503, "{\"status\":\"DOWN\",\"checks\":[{\"name\":\"Database connections "
                + "health check\",\"status\":\"DOWN\"},{\"name\":\"Kafka\",\"status\":\"UP\"}]}");
        server.createContext("/lent/q/health/ready", exchange -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            reply(exchange, 200, UP);
        });
        answer("/ingest/q/health/ready", 200, UP);
        answer("/ingest/api/channels", 200, """
                [{"slug":"pitchoun-tv","name":"Pitchoun TV","enabled":true,"live":true},
                 {"slug":"pitchoun-junior","name":"Pitchoun Junior","enabled":true,"live":false},
                 {"slug":"archives","name":"Archives","enabled":false,"live":false}]""");
        answer("/worker/q/health/ready", 200, UP);
        answer("/worker/api/channels", 200, """
                [{"channel":"pitchoun-tv","state":"LIVE","reason":null,"lastSegmentAgeSeconds":1.2},
                 {"channel":"pitchoun-junior","state":"SLATE","reason":"Pas de flux de la régie",
                  "lastSegmentAgeSeconds":0.8},
                 {"channel":"ancienne-chaine","state":"SLATE","reason":null,"lastSegmentAgeSeconds":1.5}]""");
        answer("/alertmanager/api/v2/alerts", 200, """
                [{"labels":{"alertname":"SiteInaccessible"},"annotations":{"summary":"Ancienne alerte"},
                  "startsAt":"2026-12-03T07:00:00.000Z","status":{"state":"active"}},
                 {"labels":{"alertname":"ChaineSurMire","channel":"pitchoun-junior"},
                  "annotations":{"summary":"La chaîne pitchoun-junior est sur sa mire depuis plus de 2 minutes"},
                  "startsAt":"2026-12-03T17:02:03.456789Z","status":{"state":"active"}},
                 {"labels":{"alertname":"DisqueBientotPlein"},"annotations":{"summary":"Alerte mise en silence"},
                  "startsAt":"2026-12-03T18:00:00Z","status":{"state":"suppressed"}}]""");
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(
                "pitchoun.cms.status.services", "cms-service=" + base + "/pret,auth-gateway=" + base + "/en-panne,"
                        + "podcast-service=" + base + "/lent,live-ingest-service=" + base + "/ingest,"
                        + "web-frontend=http://127.0.0.1:1",
                "pitchoun.cms.status.transcode-workers", base + "/worker,http://127.0.0.1:1",
                "pitchoun.cms.status.alertmanager-url", base + "/alertmanager",
                "pitchoun.cms.status.timeout", "800ms",
                "pitchoun.cms.ingest-url", base + "/ingest");
    }

    private void answer(String path, int status, String json) {
        server.createContext(path, exchange -> reply(exchange, status, json));
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
