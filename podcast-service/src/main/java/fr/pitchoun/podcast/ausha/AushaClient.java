package fr.pitchoun.podcast.ausha;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Reads every show and every public episode from Ausha, following its pagination. */
public class AushaClient {

    /** Ausha's default page is 15 items; bigger pages mean fewer calls against its rate limit. */
    static final int PAGE_SIZE = 50;
    /** A guard against a pagination that never ends. */
    private static final int MAX_PAGES = 200;

    private final AushaApi api;
    private final String authorization;

    public AushaClient(AushaApi api, String token) {
        this.api = api;
        this.authorization = "Bearer " + token;
    }

    /** A client for the configured Ausha address and timeouts, with the given token. */
    public static AushaClient connect(AushaConfig config, String token) {
        AushaApi api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(config.baseUrl())
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(AushaApi.class);
        return new AushaClient(api, token);
    }

    public List<AushaShow> shows() {
        return all(page -> api.grantedShows(authorization, page, PAGE_SIZE));
    }

    /** The show's episodes that listeners may hear; drafts, scheduled and private ones are left out. */
    public List<AushaEpisode> publicEpisodes(long showId) {
        return all(page -> api.podcasts(authorization, showId, page, PAGE_SIZE)).stream()
                .filter(AushaEpisode::isPublic).toList();
    }

    private <T> List<T> all(IntFunction<AushaPage<T>> pageReader) {
        List<T> items = new ArrayList<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            AushaPage<T> current = read(pageReader, page);
            items.addAll(current.items());
            if (!current.hasPageAfter(page)) {
                return items;
            }
        }
        throw new AushaException("Ausha annonce plus de " + MAX_PAGES + " pages : liste abandonnée.", null, null);
    }

    private static <T> AushaPage<T> read(IntFunction<AushaPage<T>> pageReader, int page) {
        try {
            return pageReader.apply(page);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            throw new AushaException(describe(status), status, e);
        } catch (ProcessingException e) {
            throw new AushaException("Ausha ne répond pas (" + rootCause(e).getMessage() + ").", null, e);
        }
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String describe(int status) {
        return switch (status) {
            case 401, 403 -> "Ausha refuse le jeton d'accès (HTTP " + status + ").";
            case 429 -> "Ausha limite le nombre de requêtes (HTTP 429) : nouvel essai au prochain cycle.";
            default -> "Ausha a répondu HTTP " + status + ".";
        };
    }
}
