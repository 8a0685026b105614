package fr.pitchoun.auth.profile;

import fr.pitchoun.auth.config.AuthConfig;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

/** The child profiles of each Kinow customer's family. */
@ApplicationScoped
public class FamilyProfiles {

    private final int maxPerCustomer;

    FamilyProfiles(AuthConfig config) {
        this.maxPerCustomer = config.profiles().maxPerCustomer();
    }

    /** Oldest first: the order in which the family created them, which the site keeps on its profile picker. */
    public List<ProfileView> of(long customerId) {
        return ChildProfile.<ChildProfile>list("kinowCustomerId", Sort.by("createdAt").and("id"), customerId)
                .stream().map(ProfileView::of).toList();
    }

    @Transactional
    public Creation create(long customerId, ProfileForm form) {
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            return new Creation(null, errors, false);
        }
        if (ChildProfile.count("kinowCustomerId", customerId) >= maxPerCustomer) {
            return new Creation(null, Map.of(), true);
        }
        ChildProfile profile = new ChildProfile();
        profile.kinowCustomerId = customerId;
        profile.name = form.normalizedName();
        profile.ageBand = AgeBand.ofCode(form.ageBand()).orElseThrow();
        profile.avatar = Avatar.ofCode(form.avatar()).orElseThrow();
        profile.persist();
        profile.flush();
        return new Creation(ProfileView.of(profile), errors, false);
    }

    /** False when the family has no such profile, so one family can never delete another's child. */
    @Transactional
    public boolean delete(long customerId, long profileId) {
        return ChildProfile.delete("id = ?1 and kinowCustomerId = ?2", profileId, customerId) > 0;
    }

    public int maxPerCustomer() {
        return maxPerCustomer;
    }

    /** The stored profile, or the French messages by field, or the family's limit reached. */
    public record Creation(ProfileView profile, Map<String, String> errors, boolean limitReached) {
    }
}
