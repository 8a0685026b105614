package fr.pitchoun.auth.privacy;

import java.util.List;

/** A family whose data is exported or erased: the parent's Kinow customer id and its child profiles' ids. */
public record Family(long customerId, List<Long> profileIds) {
}
