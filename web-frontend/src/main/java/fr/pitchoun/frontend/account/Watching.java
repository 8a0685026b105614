package fr.pitchoun.frontend.account;

/**
 * Who watches under the session (« Qui regarde ? »), as the gateway signed it into the token: a child profile of
 * the family ({@code profileId}), or the parent ({@code profileId} null).
 */
public record Watching(Long profileId, String name, String avatar) {

    public boolean child() {
        return profileId != null;
    }
}
