package fr.pitchoun.cms.replay;

/** Kinow's catalogue cannot be read now (auth-gateway away or refusing, Kinow away, too slow, circuit open). */
public class CatalogueUnavailable extends RuntimeException {

    public static final String MESSAGE = "Le catalogue Kinow est momentanément indisponible (auth-gateway ou Kinow ne "
            + "répond pas) : le choix de la vidéo est impossible pour le moment.";

    CatalogueUnavailable(String why, Throwable cause) {
        super(why, cause);
    }
}
