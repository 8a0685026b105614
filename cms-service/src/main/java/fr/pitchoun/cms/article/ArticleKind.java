package fr.pitchoun.cms.article;

/** The two kinds of article editors handle, with the words their pages use (both nouns are feminine in French). */
public enum ArticleKind {
    PAGES("pages", "page", "la page", "Pages", "Nouvelle page"),
    NEWS("actualites", "actualité", "l'actualité", "Actualités", "Nouvelle actualité");

    /** Also the {@code section} of the editors' menu. */
    private final String path;
    private final String noun;
    private final String theNoun;
    private final String plural;
    private final String newOne;

    ArticleKind(String path, String noun, String theNoun, String plural, String newOne) {
        this.path = path;
        this.noun = noun;
        this.theNoun = theNoun;
        this.plural = plural;
        this.newOne = newOne;
    }

    public static ArticleKind ofPath(String path) {
        return path.equals(NEWS.path) ? NEWS : PAGES;
    }

    public String path() {
        return path;
    }

    /** "/editeur/pages" */
    public String home() {
        return "/editeur/" + path;
    }

    public String noun() {
        return noun;
    }

    public String theNoun() {
        return theNoun;
    }

    /** "Page", "Actualité": at the start of a heading. */
    public String label() {
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
    }

    /** "La page", "L'actualité": at the start of a sentence. */
    public String theNounCapitalized() {
        return Character.toUpperCase(theNoun.charAt(0)) + theNoun.substring(1);
    }

    public String plural() {
        return plural;
    }

    public String newOne() {
        return newOne;
    }

    public boolean isNews() {
        return this == NEWS;
    }
}
