package fr.pitchoun.transcode.ingest;

import fr.pitchoun.transcode.config.TranscodeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** Asks live-ingest-service which channels exist and which are on air: the truth a worker starts from. */
@ApplicationScoped
public class IngestClient {

    private final IngestApi api;
    private final URI address;

    public IngestClient(@RestClient IngestApi api, TranscodeConfig config) {
        this.api = api;
        this.address = config.ingestUrl();
    }

    /** The list, and when it was true by live-ingest-service's own clock (its Date header, one-second precision). */
    public record Listing(List<IngestChannel> channels, Instant asOf) {
    }

    public Listing channels() throws IOException {
        try (RestResponse<List<IngestChannel>> response = api.channels()) {
            if (response.getStatus() != 200) {
                throw new IOException("GET " + address + "/api/channels answered " + response.getStatus());
            }
            Instant asOf = Optional.ofNullable(response.getHeaderString("Date"))
                    .map(date -> ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
                    .orElseGet(Instant::now);
            return new Listing(List.copyOf(response.getEntity()), asOf);
        }
    }

    public URI address() {
        return address;
    }
}
