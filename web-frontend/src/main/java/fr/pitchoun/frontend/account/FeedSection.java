package fr.pitchoun.frontend.account;

import fr.pitchoun.frontend.dates.FrenchDates;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What « Mon compte » says about the family's private podcast feed. The address is known only in the answer that
 * made it: auth-gateway keeps just a hash of its secret, so later visits say since when the feed exists.
 */
public record FeedSection(State state, Instant createdAt, String address) {

    public enum State {
        /** Not MyPitchoun+: the feed is part of that offer. */
        NOT_INCLUDED,
        /** MyPitchoun+, no feed made yet. */
        NONE,
        /** A feed exists; its address was shown when it was made. */
        ACTIVE,
        /** Just made or reset: the address, shown this once. */
        JUST_MADE,
        /** auth-gateway could not say. */
        UNAVAILABLE
    }

    static FeedSection of(State state) {
        return new FeedSection(state, null, null);
    }

    public boolean notIncluded() {
        return state == State.NOT_INCLUDED;
    }

    public boolean none() {
        return state == State.NONE;
    }

    public boolean active() {
        return state == State.ACTIVE;
    }

    public boolean justMade() {
        return state == State.JUST_MADE;
    }

    public boolean unavailable() {
        return state == State.UNAVAILABLE;
    }

    /** « 3 décembre 2026 ». */
    public String createdDay() {
        return createdAt == null ? null : FrenchDates.dayWithYear(LocalDate.ofInstant(createdAt, FrenchDates.PARIS));
    }
}
