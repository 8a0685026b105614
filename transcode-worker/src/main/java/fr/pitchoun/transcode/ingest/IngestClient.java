package fr.pitchoun.transcode.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.pitchoun.transcode.config.TranscodeConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/** Asks live-ingest-service which channels exist and which are on air: the truth a worker starts from. */
@ApplicationScoped
public class IngestClient {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private final URI channels;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    public IngestClient(TranscodeConfig config) {
        this.channels = URI.create(config.ingestUrl().toString().replaceAll("/+$", "") + "/api/channels");
    }

    /** The list, and when it was true by live-ingest-service's own clock (its Date header, one-second precision). */
    public record Listing(List<IngestChannel> channels, Instant asOf) {
    }

    public Listing channels() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(channels).timeout(Duration.ofSeconds(3))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + channels + " answered " + response.statusCode());
        }
        Instant asOf = response.headers().firstValue("Date")
                .map(date -> ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
                .orElseGet(Instant::now);
        return new Listing(Arrays.asList(JSON.readValue(response.body(), IngestChannel[].class)), asOf);
    }

    public URI address() {
        return channels;
    }
}
