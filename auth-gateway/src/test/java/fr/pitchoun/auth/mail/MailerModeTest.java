package fr.pitchoun.auth.mail;

import io.quarkus.runtime.LaunchMode;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only a production gateway whose mailer is its mock warns; Quarkus' default mock is dev and test only. */
class MailerModeTest {

    @Test
    void theMockInProductionIsWarnedAboutAndNamesTheSettingsToFix() {
        MailerMode mode = MailerMode.of(Optional.of(true), LaunchMode.NORMAL);
        assertTrue(mode.mutedInProduction());
        String warning = mode.productionWarning().orElseThrow();
        assertTrue(warning.contains("NOT sent") && warning.contains("QUARKUS_MAILER_HOST")
                && warning.contains("PITCHOUN_AUTH_MAILER_MOCK=false"), warning);
    }

    @Test
    void aRealMailerInProductionAndTheMockInDevelopmentOrTestsSayNothing() {
        assertEquals(Optional.empty(), MailerMode.of(Optional.of(false), LaunchMode.NORMAL).productionWarning());
        assertEquals(Optional.empty(), MailerMode.of(Optional.of(true), LaunchMode.TEST).productionWarning());
        assertEquals(Optional.empty(), MailerMode.of(Optional.of(true), LaunchMode.DEVELOPMENT).productionWarning());
    }

    @Test
    void withoutTheSettingQuarkusDefaultsApply() {
        assertFalse(MailerMode.of(Optional.empty(), LaunchMode.NORMAL).mock());
        assertTrue(MailerMode.of(Optional.empty(), LaunchMode.TEST).mock());
    }
}
