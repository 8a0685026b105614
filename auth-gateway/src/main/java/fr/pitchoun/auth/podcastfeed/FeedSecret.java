package fr.pitchoun.auth.podcastfeed;

/** The secret of a feed address, as the site read it from the address (in a body, so it stays out of access logs). */
public record FeedSecret(String secret) {

    @Override
    public String toString() {
        return "FeedSecret[…]";
    }
}
