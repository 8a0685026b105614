package db.migration;

import fr.pitchoun.cms.programme.LegacyVideoAddresses;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.time.Instant;

/**
 * Reads the Kinow video id out of the addresses editors typed before #11 (in Java: the patterns are unit-tested in
 * {@code KinowVideoAddressTest}). Flyway finds it by its package, db.migration, the location of the schema scripts.
 */
public class V11__Episode_kinow_video_ids extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        new LegacyVideoAddresses(context.getConnection()).convert(Instant.now());
    }
}
