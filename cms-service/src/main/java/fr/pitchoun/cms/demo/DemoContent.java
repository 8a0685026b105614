package fr.pitchoun.cms.demo;

import fr.pitchoun.cms.config.CmsConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Map;

/**
 * Loads the demo content of {@code db/demo} (programmes, episodes, editors' accounts), a schedule, the
 * programmes' pictures and an agenda still to come when
 * {@code pitchoun.cms.demo-content} is on (the local launcher
 * turns it on; production never does). Quarkus fixes {@code quarkus.flyway.locations} at build time, so the demo
 * scripts cannot be switched on through that setting: they get their own Flyway run and history table, which also
 * keeps their numbering apart from the schema's. Runs after Quarkus has migrated the schema at start.
 */
@ApplicationScoped
class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class);

    static final String HISTORY_TABLE = "flyway_demo_history";

    void load(@Observes StartupEvent started, CmsConfig config, AgroalDataSource dataSource, DemoSchedule schedule,
              DemoImages images, DemoAgenda agenda) {
        if (!config.demoContent()) {
            return;
        }
        int applied = Flyway.configure(DemoContent.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/demo")
                .table(HISTORY_TABLE)
                // A repeatable script's checksum includes its placeholders: a new address re-applies it.
                .placeholders(Map.of("demo_media_url", config.demoMediaUrl()))
                // The schema already exists (it has its own history table): start the demo history from zero.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate()
                .migrationsExecuted;
        LOG.infof("Demo content: %d script(s) applied from db/demo", applied);
        schedule.fill();
        images.attach();
        agenda.keepUpcoming(Instant.now());
        agenda.keepEarlyAccessAhead(Instant.now());
    }
}
