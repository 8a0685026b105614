package fr.pitchoun.auth.session;

import fr.pitchoun.auth.config.AuthConfig;
import fr.pitchoun.auth.kinow.KinowConfig;
import fr.pitchoun.auth.kinow.KinowProductAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns Kinow subscription accesses into Pitchoun entitlements. An access counts while it is active and its
 * expiry date is still ahead; a cancelled subscription (cancel = 1) still runs until that date.
 */
@ApplicationScoped
public class EntitlementRules {

    private static final Logger LOG = Logger.getLogger(EntitlementRules.class);
    private static final DateTimeFormatter KINOW_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Set<Long> mypitchounProducts;
    private final Set<Long> mypitchounPlusProducts;
    private final ZoneId kinowZone;

    @Inject
    EntitlementRules(AuthConfig auth, KinowConfig kinow) {
        this(auth.offers().mypitchounProductIds(), auth.offers().mypitchounPlusProductIds(), kinow.zone());
    }

    public EntitlementRules(Set<Long> mypitchounProducts, Set<Long> mypitchounPlusProducts, ZoneId kinowZone) {
        this.mypitchounProducts = Set.copyOf(mypitchounProducts);
        this.mypitchounPlusProducts = Set.copyOf(mypitchounPlusProducts);
        this.kinowZone = kinowZone;
    }

    public Set<Entitlement> entitlements(List<KinowProductAccess> accesses, Instant now) {
        Set<Entitlement> entitlements = EnumSet.noneOf(Entitlement.class);
        for (KinowProductAccess access : accesses) {
            if (!access.active() || !runsAt(access, now)) {
                continue;
            }
            if (mypitchounPlusProducts.contains(access.idProduct())) {
                entitlements.add(Entitlement.MYPITCHOUN_PLUS);
                entitlements.add(Entitlement.MYPITCHOUN);
            } else if (mypitchounProducts.contains(access.idProduct())) {
                entitlements.add(Entitlement.MYPITCHOUN);
            }
        }
        return entitlements;
    }

    /** No expiry date (null, empty or PrestaShop's zero date) means an open-ended access. */
    private boolean runsAt(KinowProductAccess access, Instant now) {
        String expiry = access.dateExp();
        if (expiry == null || expiry.isBlank() || expiry.startsWith("0000-00-00")) {
            return true;
        }
        try {
            return LocalDateTime.parse(expiry.trim(), KINOW_DATE).atZone(kinowZone).toInstant().isAfter(now);
        } catch (DateTimeParseException e) {
            // Fail closed: an access whose end we cannot read opens nothing.
            LOG.warnf("Kinow access %d has an unreadable date_exp '%s': ignored", access.id(), expiry);
            return false;
        }
    }
}
