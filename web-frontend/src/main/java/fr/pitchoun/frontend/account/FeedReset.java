package fr.pitchoun.frontend.account;

/** CDI event: a family's feed got a new secret here, so what this site remembers of the old one must go. */
public record FeedReset(String customerId) {
}
