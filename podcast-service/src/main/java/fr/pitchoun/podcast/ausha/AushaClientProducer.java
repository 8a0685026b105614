package fr.pitchoun.podcast.ausha;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

class AushaClientProducer {

    @Produces
    @Singleton
    AushaClient aushaClient(AushaConfig config, RateLimitObserver rateLimits) {
        return AushaClient.connect(config, config.token(), rateLimits);
    }
}
