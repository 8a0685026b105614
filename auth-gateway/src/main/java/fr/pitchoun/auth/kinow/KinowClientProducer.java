package fr.pitchoun.auth.kinow;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.ws.rs.client.ClientRequestFilter;

import java.util.concurrent.TimeUnit;

/** Builds the Kinow clients from {@link KinowConfig}: base URL, client headers on every call, bounded waits. */
public class KinowClientProducer {

    @Produces
    @ApplicationScoped
    KinowClient kinowClient(KinowConfig config) {
        return builder(config).build(KinowClient.class);
    }

    @Produces
    @ApplicationScoped
    KinowReplayClient kinowReplayClient(KinowConfig config) {
        return builder(config).build(KinowReplayClient.class);
    }

    private static QuarkusRestClientBuilder builder(KinowConfig config) {
        long waitMillis = config.signInTimeout().toMillis();
        ClientRequestFilter clientHeaders = request -> {
            request.getHeaders().putSingle("X-Client-Id", config.clientId());
            request.getHeaders().putSingle("X-Client-Secret", config.clientSecret());
        };
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(config.baseUrl())
                .register(clientHeaders)
                // A single call never outlasts the whole sign-in budget; SessionService bounds the sum.
                .connectTimeout(waitMillis, TimeUnit.MILLISECONDS)
                .readTimeout(waitMillis, TimeUnit.MILLISECONDS);
    }
}
