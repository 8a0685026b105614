package fr.pitchoun.auth.session;

/** What a viewer's subscriptions open on Pitchoun. */
public enum Entitlement {
    MYPITCHOUN,
    MYPITCHOUN_PLUS
}
