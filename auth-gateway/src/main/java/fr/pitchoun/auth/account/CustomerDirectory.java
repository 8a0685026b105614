package fr.pitchoun.auth.account;

import fr.pitchoun.auth.kinow.Kinow;
import fr.pitchoun.auth.kinow.KinowCustomer;
import io.quarkus.cache.CacheResult;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Kinow customers by id, cached: the account page must not cost a Kinow call each time it is shown. */
@ApplicationScoped
public class CustomerDirectory {

    private final Kinow kinow;

    CustomerDirectory(Kinow kinow) {
        this.kinow = kinow;
    }

    @CacheResult(cacheName = "kinow-customers")
    public Uni<KinowCustomer> customer(long customerId) {
        return kinow.customer(customerId);
    }
}
