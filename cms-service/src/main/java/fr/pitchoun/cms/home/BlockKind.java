package fr.pitchoun.cms.home;

/** The kinds of block the home page is made of, with the French name editors read. */
public enum BlockKind {
    HERO("Bandeau principal", "Grand titre, texte, image et lien vers le contenu à la une."),
    PROGRAMME_CAROUSEL("Carrousel de programmes", "Des programmes choisis dans l'ordre voulu, ou les derniers publiés."),
    LIVE_TEASER("Accroche du direct", "Invite à regarder une chaîne en direct."),
    PODCAST_HIGHLIGHT("Podcast à la une", "Met en avant une émission de podcast."),
    EVENTS("Prochains événements", "Les prochains événements publiés.");

    private final String label;
    private final String description;

    BlockKind(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Form values as the kind fields send them. */
    static final String FORM_PATTERN = "HERO|PROGRAMME_CAROUSEL|LIVE_TEASER|PODCAST_HIGHLIGHT|EVENTS";
}
