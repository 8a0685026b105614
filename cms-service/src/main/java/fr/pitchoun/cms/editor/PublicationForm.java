package fr.pitchoun.cms.editor;

import fr.pitchoun.cms.content.ParisTime;
import fr.pitchoun.cms.content.PublicationState;
import fr.pitchoun.cms.content.PublishableEntity;
import jakarta.validation.constraints.Pattern;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The part every publishable item's form has: its state and, for a scheduled item, when it goes public. Kept as text
 * like the rest of a form, so a wrong entry is shown back as typed ({@link fr.pitchoun.cms.content.PublicationFields}
 * checks the date).
 */
public abstract class PublicationForm {

    @RestForm
    @Pattern(regexp = PublicationState.FORM_PATTERN, message = "Choisissez un statut.")
    public String status = PublicationState.DRAFT.name();

    /** For a SCHEDULED item: date and time (Paris) as a datetime-local field sends it. */
    @RestForm
    public String publishAt = "";

    /** Fills the fields with the item's current state, for its edit form. */
    protected void showPublication(PublishableEntity item) {
        status = item.status.name();
        publishAt = ParisTime.field(item.publishAt);
    }
}
