package fr.pitchoun.cms.programme;

import fr.pitchoun.cms.replay.CatalogueUnavailable;
import fr.pitchoun.cms.replay.CatalogueVideo;
import fr.pitchoun.cms.replay.ReplayCatalogue;

import java.time.Instant;
import java.util.Optional;

/**
 * What an episode form's video choice comes to: the catalogue is asked only when the choice changed, and its answer
 * decides (a video Kinow has, one it does not have, or no answer at all: then the video already chosen stays).
 */
sealed interface VideoChoice {

    /** The same video as before (or still none): nothing to change. */
    record Unchanged() implements VideoChoice { }

    /** The same video, without its extract from now on. */
    record WithoutExtract() implements VideoChoice { }

    record Linked(CatalogueVideo video, boolean withExtract) implements VideoChoice { }

    record Unlinked() implements VideoChoice { }

    /** Kinow has no video of that id: the form comes back with a message. */
    record Unknown(long videoId) implements VideoChoice { }

    /** The catalogue did not answer: the other fields are saved, the previous video kept, the editor told. */
    record CatalogueAway() implements VideoChoice { }

    static VideoChoice of(EpisodeForm form, Episode current, ReplayCatalogue catalogue) {
        String typed = form.kinowVideoId == null ? "" : form.kinowVideoId.strip();
        Long before = current == null ? null : current.kinowVideoId;
        boolean extractBefore = current != null && current.kinowExtractId != null;
        if (typed.isEmpty()) {
            return before == null ? new Unchanged() : new Unlinked();
        }
        if (!typed.matches("[1-9][0-9]{0,17}")) {
            return new Unchanged(); // the form's own check names the mistake
        }
        long wanted = Long.parseLong(typed);
        if (before != null && before == wanted && form.wantsExtract() == extractBefore) {
            return new Unchanged();
        }
        if (before != null && before == wanted && !form.wantsExtract()) {
            return new WithoutExtract();
        }
        try {
            Optional<CatalogueVideo> video = catalogue.video(wanted);
            return video.<VideoChoice>map(found -> new Linked(found, form.wantsExtract()))
                    .orElseGet(() -> new Unknown(wanted));
        } catch (CatalogueUnavailable away) {
            return new CatalogueAway();
        }
    }

    /** Applies the choice to a checked episode. */
    default void applyTo(Episode episode, boolean forgetUnparsedUrl, Instant now) {
        if (this instanceof Linked linked) {
            episode.linkVideo(linked.video(), linked.withExtract(), now);
        } else if (this instanceof Unlinked) {
            episode.unlinkVideo();
        } else if (this instanceof WithoutExtract) {
            episode.kinowExtractId = null;
        }
        if (forgetUnparsedUrl) {
            episode.kinowUnparsedUrl = null;
        }
    }

    /** What the audit trail adds about the video. */
    default String auditNote() {
        if (this instanceof Linked linked) {
            return " Vidéo Kinow : « " + linked.video().title() + " » (n° " + linked.video().videoId() + ")"
                    + (linked.withExtract() && linked.video().hasExtract()
                    ? ", extrait n° " + linked.video().extractId() : ", sans extrait") + ".";
        }
        return this instanceof CatalogueAway ? " Catalogue Kinow injoignable : la vidéo précédente est gardée." : "";
    }
}
