package fr.pitchoun.cms.media;

import fr.pitchoun.cms.content.Actor;
import fr.pitchoun.cms.content.AuditAction;
import fr.pitchoun.cms.content.AuditEntry;
import fr.pitchoun.cms.content.ContentChanges;
import fr.pitchoun.cms.content.ContentType;
import fr.pitchoun.cms.content.Page;
import fr.pitchoun.cms.form.FieldErrors;
import fr.pitchoun.cms.form.FormOutcome;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.SQLIntegrityConstraintViolationException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The media library: checks and stores uploaded images with their variants, edits their alternative text, deletes
 * the ones no content shows. Images are public as soon as uploaded (nothing to publish); their changes go to the
 * audit trail only: the bytes of an image never change, and the content showing it announces its own changes.
 */
@ApplicationScoped
public class MediaLibrary {

    private final Validator validator;
    private final ContentChanges changes;
    private final MediaSettings settings;

    MediaLibrary(Validator validator, ContentChanges changes, MediaSettings settings) {
        this.validator = validator;
        this.changes = changes;
        this.settings = settings;
    }

    public enum Deletion { DELETED, STILL_USED, UNKNOWN }

    /** Editors' list, newest first, searched in alternative texts and file names. */
    public Page<MediaAsset> search(String query, int pageNumber) {
        Sort order = Sort.descending("id");
        PanacheQuery<MediaAsset> found = query == null || query.isBlank() ? MediaAsset.findAll(order)
                : MediaAsset.find("lower(altText) like ?1 or lower(originalName) like ?1", order,
                "%" + query.strip().toLowerCase(Locale.ROOT) + "%");
        return Page.of(found, pageNumber);
    }

    /** The size limit as editors read it: "10 Mo". */
    public String uploadLimit() {
        return megabytes(settings.maxUploadBytes());
    }

    public Optional<MediaAsset> byId(long id) {
        return MediaAsset.findByIdOptional(id);
    }

    public List<MediaVariant> variants(MediaAsset asset) {
        return MediaVariant.of(asset.id);
    }

    /** What still shows the image, e.g. "2 programme(s)"; empty when it may be deleted. */
    public List<String> usedBy(MediaAsset asset) {
        return MediaUsage.of(asset.id).stream().map(MediaUsage.Use::toString).toList();
    }

    /**
     * Stores the image and its variants, or stores nothing and says in French what to fix. The file is checked and
     * resized before the transaction: decoding is slow and needs no database.
     */
    public FormOutcome<MediaForm, MediaAsset> upload(MediaForm typed, Actor who) {
        MediaForm form = typed.trimmed();
        FieldErrors errors = FieldErrors.none();
        FileUpload file = form.file;
        ImageInspection.Result inspected = null;
        byte[] content = null;
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            errors.add("file", "Choisissez le fichier de l'image (PNG, JPEG ou GIF).");
        } else if (file.size() > settings.maxUploadBytes()) {
            errors.add("file", "Le fichier est trop lourd : " + megabytes(file.size()) + ", pour une limite de "
                    + megabytes(settings.maxUploadBytes()) + ". Réduisez l'image avant de l'envoyer.");
        } else {
            content = read(file);
            inspected = ImageInspection.inspect(content, settings.maxPixels());
            if (!inspected.accepted()) {
                errors.add("file", inspected.refusal());
            }
        }
        FieldErrors.of(validator, form, MediaForm.FIELDS).all().forEach(errors::add);
        if (!errors.isEmpty()) {
            return new FormOutcome<>(form, errors, null);
        }
        List<Renditions.Rendition> files = Renditions.of(inspected, content);
        MediaAsset asset = QuarkusTransaction.requiringNew()
                .call(() -> store(form.altText, fileName(file), files, who));
        return new FormOutcome<>(form, errors, asset);
    }

    /** Adds an image the service made itself (demo content), with the checks and variants of an upload. */
    public MediaAsset add(byte[] content, String fileName, String altText, Actor who) {
        ImageInspection.Result inspected = ImageInspection.inspect(content, settings.maxPixels());
        if (!inspected.accepted()) {
            throw new IllegalArgumentException(fileName + ": " + inspected.refusal());
        }
        List<Renditions.Rendition> files = Renditions.of(inspected, content);
        return QuarkusTransaction.requiringNew().call(() -> store(altText, fileName, files, who));
    }

    @Transactional
    public Optional<FormOutcome<MediaForm, MediaAsset>> updateAltText(long id, MediaForm typed, Actor who) {
        return byId(id).map(asset -> {
            MediaForm form = typed.trimmed();
            FieldErrors errors = FieldErrors.of(validator, form, MediaForm.FIELDS);
            if (errors.isEmpty() && !form.altText.equals(asset.altText)) {
                changes.record(ContentType.MEDIA, asset.id, AuditAction.UPDATED, "Texte alternatif : « "
                        + asset.altText + " » → « " + form.altText + " ».", who, ContentChanges.Visibility.HIDDEN,
                        ContentChanges.Visibility.HIDDEN);
                asset.altText = form.altText;
            }
            return new FormOutcome<>(form, errors, asset);
        });
    }

    /** Deletes the image and its files, unless some content still shows it: then nothing changes. */
    public Deletion delete(long id, Actor who) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> byId(id).map(asset -> {
                changes.record(ContentType.MEDIA, asset.id, AuditAction.DELETED, describe(asset), who,
                        ContentChanges.Visibility.HIDDEN, ContentChanges.Visibility.HIDDEN);
                // A bulk delete runs at once, so a foreign key that refuses it is seen here; variants cascade.
                MediaAsset.delete("id", asset.id);
                return Deletion.DELETED;
            }).orElse(Deletion.UNKNOWN));
        } catch (RuntimeException e) {
            if (refusedByForeignKey(e)) {
                return Deletion.STILL_USED;
            }
            throw e;
        }
    }

    public List<AuditEntry> trail(MediaAsset asset) {
        return changes.trail(ContentType.MEDIA, asset.id);
    }

    private MediaAsset store(String altText, String fileName, List<Renditions.Rendition> renditions, Actor who) {
        Renditions.Rendition original = renditions.get(0);
        MediaAsset asset = new MediaAsset();
        asset.originalName = fileName;
        asset.altText = altText;
        asset.mediaType = original.mediaType();
        asset.width = original.width();
        asset.height = original.height();
        asset.byteSize = original.bytes().length;
        asset.uploadedBy = who.name().length() > 120 ? who.name().substring(0, 120) : who.name();
        asset.persist();
        for (Renditions.Rendition rendition : renditions) {
            MediaVariant variant = new MediaVariant();
            variant.assetId = asset.id;
            variant.name = rendition.variant().key();
            variant.mediaType = rendition.mediaType();
            variant.width = rendition.width();
            variant.height = rendition.height();
            variant.sha256 = rendition.sha256();
            variant.bytes = rendition.bytes();
            variant.persist();
        }
        changes.record(ContentType.MEDIA, asset.id, AuditAction.CREATED, describe(asset), who,
                ContentChanges.Visibility.HIDDEN, ContentChanges.Visibility.HIDDEN);
        return asset;
    }

    private static String describe(MediaAsset asset) {
        return "« " + asset.altText + " » (" + asset.originalName + ", " + asset.mediaType + ", " + asset.width
                + " × " + asset.height + " pixels, " + megabytes(asset.byteSize) + ").";
    }

    /** Rounded up to the hundredth, so a file just over the limit never reads as the limit itself. */
    private static String megabytes(long bytes) {
        double hundredths = Math.ceil(bytes * 100.0 / (1024 * 1024));
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.FRANCE)).format(hundredths / 100)
                + " Mo";
    }

    /** The name without the folders some browsers send, within the column's length. */
    private static String fileName(FileUpload file) {
        String name = file.fileName() == null ? "" : file.fileName();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            name = "image";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean refusedByForeignKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException
                    || cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
