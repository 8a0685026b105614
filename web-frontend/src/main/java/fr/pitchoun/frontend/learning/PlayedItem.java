package fr.pitchoun.frontend.learning;

import java.util.List;

/**
 * An item as auth-gateway's statement names it, resolved by this server from cms-service (or podcast-service):
 * never what the browser says beyond which item it played.
 */
public record PlayedItem(String kind, String first, String second, String title, List<String> themes,
                         Integer ageMin, Integer ageMax, double lengthSeconds) {
}
