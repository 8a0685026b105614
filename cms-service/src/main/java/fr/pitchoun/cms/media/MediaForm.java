package fr.pitchoun.cms.media;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.List;

/** The library's forms: the upload (file and alternative text) and the edit (alternative text only). */
public class MediaForm {

    /** Form fields in page order, so messages are listed the way the editor reads the form. */
    static final List<String> FIELDS = List.of("file", "altText");

    /** Only in the upload form; never shown back (a browser cannot refill a file field). */
    @RestForm
    public FileUpload file;

    @RestForm
    @NotBlank(message = "Décrivez l'image en quelques mots (texte alternatif) : c'est ce qu'entendent les personnes "
            + "qui ne la voient pas.")
    @Size(max = 250, message = "Le texte alternatif ne doit pas dépasser 250 caractères.")
    public String altText = "";

    static MediaForm of(MediaAsset asset) {
        MediaForm form = new MediaForm();
        form.altText = asset.altText;
        return form;
    }

    /** Browsers send untrimmed text; spaces around the text are never meaningful. */
    MediaForm trimmed() {
        MediaForm copy = new MediaForm();
        copy.file = file;
        copy.altText = altText == null ? "" : altText.strip();
        return copy;
    }
}
