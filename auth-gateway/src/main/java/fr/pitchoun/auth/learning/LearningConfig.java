package fr.pitchoun.auth.learning;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.ZoneId;

/** Learning statements' settings (auth-gateway/README.md "Learning statements"). */
@ConfigMapping(prefix = "pitchoun.learning")
public interface LearningConfig {

    /** Start of the IRIs naming items and accounts in the statements (xAPI activity ids, account homePage). */
    @WithDefault("https://pitchoun.fr")
    String activityBase();

    /** How much longer than the item a report may say was played (rounding, a late last report). */
    @WithDefault("PT5S")
    Duration lengthSlack();

    /** Reports one session may make per window: a player reports every few seconds at most. */
    @WithDefault("60")
    int maxPerSession();

    @WithDefault("PT1M")
    Duration window();

    /** The families' day, for the daily aggregates. */
    @WithDefault("Europe/Paris")
    ZoneId zone();
}
