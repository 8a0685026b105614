package fr.pitchoun.auth.profile;

import fr.pitchoun.auth.config.AuthConfig;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** The family's profile of that id; empty when it is another family's or does not exist. */
    public Optional<ProfileView> find(long customerId, long profileId) {
        return ChildProfile.<ChildProfile>find("id = ?1 and kinowCustomerId = ?2", profileId, customerId)
                .firstResultOptional().map(ProfileView::of);
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

    /** Empty when the family has no such profile; the French message when the name cannot be stored. */
    @Transactional
    public Rename rename(long customerId, long profileId, String name) {
        String typedName = ProfileForm.normalized(name);
        String error = ProfileForm.nameError(typedName);
        ChildProfile profile = ChildProfile.find("id = ?1 and kinowCustomerId = ?2", profileId, customerId)
                .firstResult();
        if (profile == null) {
            return new Rename(null, null, true);
        }
        if (error != null) {
            return new Rename(null, error, false);
        }
        profile.name = typedName;
        return new Rename(ProfileView.of(profile), null, false);
    }

    /** False when the family has no such profile, so one family can never delete another's child. */
    @Transactional
    public boolean delete(long customerId, long profileId) {
        return ChildProfile.delete("id = ?1 and kinowCustomerId = ?2", profileId, customerId) > 0;
    }

    /** Deletes every profile of the family, and with them all that references them (ON DELETE CASCADE). */
    @Transactional
    public long deleteAll(long customerId) {
        return ChildProfile.delete("kinowCustomerId", customerId);
    }

    public int maxPerCustomer() {
        return maxPerCustomer;
    }

    /** The renamed profile, or the French message for the name, or no such profile in this family. */
    public record Rename(ProfileView profile, String nameError, boolean notFound) {
    }

    /** The stored profile, or the French messages by field, or the family's limit reached. */
    public record Creation(ProfileView profile, Map<String, String> errors, boolean limitReached) {
    }
}
