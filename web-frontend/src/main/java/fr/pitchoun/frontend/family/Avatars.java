package fr.pitchoun.frontend.family;

import java.util.List;

/** The avatars a child can pick (auth-gateway's codes), drawn as an emoji with a French name beside it. */
public final class Avatars {

    /** {@code symbol} is decoration (hidden from screen readers); {@code label} says what it is. */
    public record Avatar(String code, String symbol, String label) {
    }

    public static final List<Avatar> ALL = List.of(new Avatar("fox", "🦊", "Renard"),
            new Avatar("owl", "🦉", "Hibou"), new Avatar("rabbit", "🐰", "Lapin"), new Avatar("bear", "🐻", "Ours"),
            new Avatar("cat", "🐱", "Chat"), new Avatar("turtle", "🐢", "Tortue"));

    /** The parent's own picture on « Qui regarde ? » and in the header. */
    public static final Avatar PARENT = new Avatar("parent", "👤", "Parent");

    public record AgeBand(String code, String label) {
    }

    public static final List<AgeBand> AGE_BANDS = List.of(new AgeBand("0-3", "0 à 3 ans"),
            new AgeBand("4-6", "4 à 6 ans"), new AgeBand("7-9", "7 à 9 ans"), new AgeBand("10-12", "10 à 12 ans"));

    private Avatars() {
    }

    public static Avatar of(String code) {
        return ALL.stream().filter(a -> a.code().equals(code)).findFirst().orElse(PARENT);
    }
}
