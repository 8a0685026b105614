package fr.pitchoun.transcode.ingest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

/** live-ingest-service's channel list (its README), at {@code quarkus.rest-client.ingest.url}. */
@RegisterRestClient(configKey = "ingest")
@Path("/api/channels")
public interface IngestApi {

    /**
     * Every channel, live or not. Asked in a partition's assignment, before its backlog is read: it gives up within
     * 3 s (a closed port at once), and the adoption asks again later off the consumer's thread.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(3000)
    RestResponse<List<IngestChannel>> channels();
}
