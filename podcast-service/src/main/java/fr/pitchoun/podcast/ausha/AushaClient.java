package fr.pitchoun.podcast.ausha;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Reads every show, its seasons and its published episodes from Ausha, following its pagination and rate limit. */
public class AushaClient {

    /** Ausha's default page is 15 items; bigger pages mean fewer calls against its rate limit. */
    static final int PAGE_SIZE = 50;
    /** A guard against a pagination that never ends. */
    private static final int MAX_PAGES = 200;

    private final AushaApi api;
    private final String authorization;
    private final Duration maxRetryAfter;
    private final int maxRateLimitWaits;
    private final RateLimitObserver rateLimits;

    public AushaClient(AushaApi api, String token, Duration maxRetryAfter, int maxRateLimitWaits,
                       RateLimitObserver rateLimits) {
        this.api = api;
        this.authorization = "Bearer " + token;
        this.maxRetryAfter = maxRetryAfter;
        this.maxRateLimitWaits = maxRateLimitWaits;
        this.rateLimits = rateLimits;
    }

    /** A client for the configured Ausha address and timeouts, with the given token. */
    public static AushaClient connect(AushaConfig config, String token, RateLimitObserver rateLimits) {
        AushaApi api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(config.baseUrl())
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(AushaApi.class);
        return new AushaClient(api, token, config.maxRetryAfter(), config.maxRateLimitWaits(), rateLimits);
    }

    public List<AushaShow> shows() {
        return all(page -> api.grantedShows(authorization, page, PAGE_SIZE));
    }

    /** The show's published episodes (public, private and unlisted); drafts and scheduled ones are left out. */
    public List<AushaEpisode> publishedEpisodes(long showId) {
        return all(page -> api.podcasts(authorization, showId, "active", page, PAGE_SIZE)).stream()
                .filter(AushaEpisode::isPublished).toList();
    }

    /** Season number by Ausha season id. */
    public Map<Long, Integer> seasonNumbers(long showId) {
        return read(() -> api.seasons(authorization, showId)).items().stream()
                .collect(Collectors.toMap(AushaSeason::id, AushaSeason::seasonNumber, (a, b) -> a));
    }

    private <T> List<T> all(IntFunction<AushaPage<T>> pageReader) {
        List<T> items = new ArrayList<>();
        int page = 1;
        for (int read = 0; read < MAX_PAGES; read++) {
            int current = page;
            AushaPage<T> answer = read(() -> pageReader.apply(current));
            items.addAll(answer.items());
            OptionalInt next = answer.pageAfter(current);
            if (next.isEmpty()) {
                return items;
            }
            page = next.getAsInt();
        }
        throw new AushaException("Ausha annonce plus de " + MAX_PAGES + " pages : liste abandonnée.", null, null);
    }

    /** One request; a 429 is waited out for its {@code Retry-After} (within bounds), then the same request resumes. */
    private <T> T read(Supplier<T> request) {
        for (int waits = 0; ; waits++) {
            try {
                T answer = request.get();
                if (waits > 0) {
                    rateLimits.resumed();
                }
                return answer;
            } catch (WebApplicationException e) {
                int status = e.getResponse().getStatus();
                Duration retryAfter = status == 429 ? retryAfter(e.getResponse()) : null;
                if (retryAfter == null || retryAfter.compareTo(maxRetryAfter) > 0 || waits >= maxRateLimitWaits) {
                    throw new AushaException(describe(status, retryAfter), status, e);
                }
                rateLimits.waiting(retryAfter);
                sleep(retryAfter);
            } catch (ProcessingException e) {
                throw new AushaException("Ausha ne répond pas (" + rootCause(e).getMessage() + ").", null, e);
            }
        }
    }

    /** {@code Retry-After} in seconds (what Ausha documents) or as an HTTP date; null if absent or unreadable. */
    static Duration retryAfter(Response response) {
        String value = response.getHeaderString(HttpHeaders.RETRY_AFTER);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration left = Duration.between(Instant.now(), at);
                return left.isNegative() ? Duration.ZERO : left;
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AushaException("Attente de la limite de requêtes d'Ausha interrompue.", 429, e);
        }
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String describe(int status, Duration retryAfter) {
        return switch (status) {
            case 401, 403 -> "Ausha refuse le jeton d'accès (HTTP " + status + ").";
            case 429 -> retryAfter == null
                    ? "Ausha limite le nombre de requêtes (HTTP 429, sans Retry-After) : nouvel essai au prochain cycle."
                    : "Ausha limite le nombre de requêtes (HTTP 429, Retry-After " + retryAfter.toSeconds()
                      + " s, au-delà de l'attente permise) : nouvel essai au prochain cycle.";
            default -> "Ausha a répondu HTTP " + status + ".";
        };
    }
}
