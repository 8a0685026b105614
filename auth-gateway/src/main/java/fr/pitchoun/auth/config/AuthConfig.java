package fr.pitchoun.auth.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Set;

@ConfigMapping(prefix = "pitchoun.auth")
public interface AuthConfig {

    Offers offers();

    Profiles profiles();

    /** Which Kinow products (subscriptions) open which Pitchoun offer: a business setting, not code. */
    interface Offers {

        /** Kinow product ids of the MyPitchoun subscription (monthly, yearly… variants alike). */
        @WithDefault("11")
        Set<Long> mypitchounProductIds();

        /** Kinow product ids of MyPitchoun+; it includes everything MyPitchoun gives. */
        @WithDefault("12")
        Set<Long> mypitchounPlusProductIds();
    }

    interface Profiles {

        /** Child profiles one parent account may hold. */
        @WithDefault("6")
        int maxPerCustomer();
    }
}
