package fr.pitchoun.cms.radio;

/** The stream formats players of the site know how to play. */
public enum StreamFormat {
    MP3("MP3"),
    AAC("AAC"),
    HLS("HLS (flux adaptatif)");

    /** Form values as the format select sends them. */
    public static final String FORM_PATTERN = "MP3|AAC|HLS";

    private final String label;

    StreamFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
