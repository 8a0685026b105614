package fr.pitchoun.cms.status;

/**
 * One part of the platform as its readiness check answered.
 *
 * @param name    the part, as operators know it (a worker with its address)
 * @param address the readiness address asked
 * @param level   what it answered
 * @param detail  the checks that are not UP, or why it could not be asked; empty when ready
 */
public record PartState(String name, String address, Level level, String detail) {

    public enum Level {
        READY("Prêt"), NOT_READY("Pas prêt"), UNREACHABLE("Injoignable");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean ready() {
        return level == Level.READY;
    }
}
