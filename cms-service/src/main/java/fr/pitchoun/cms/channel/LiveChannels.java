package fr.pitchoun.cms.channel;

import fr.pitchoun.cms.content.Actor;
import fr.pitchoun.cms.content.AuditAction;
import fr.pitchoun.cms.content.AuditEntry;
import fr.pitchoun.cms.content.ContentChanges;
import fr.pitchoun.cms.content.ContentType;
import fr.pitchoun.cms.form.FieldErrors;
import fr.pitchoun.cms.form.FormOutcome;
import fr.pitchoun.cms.form.FormText;
import fr.pitchoun.cms.schedule.TvChannel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The live channels, administered through live-ingest-service: what admins do here is done there, then recorded in
 * the audit trail (channels have no number in the CMS: their entries have content id 0 and name the channel in their
 * details). Stream keys pass through to the admin's page only: never logged, never stored.
 */
@ApplicationScoped
public class LiveChannels {

    private static final Logger LOG = Logger.getLogger(LiveChannels.class);
    /** The audit trail's content id of every channel entry: channels are known by their slug, given in the details. */
    static final long CHANNEL_AUDIT_ID = 0;

    private final IngestAdminClient ingest;
    private final ContentChanges changes;
    private final Validator validator;

    LiveChannels(@RestClient IngestAdminClient ingest, ContentChanges changes, Validator validator) {
        this.ingest = ingest;
        this.changes = changes;
        this.validator = validator;
    }

    /** What admins did to the channels, most recent first (kept in the CMS: the live service keeps no history). */
    public List<AuditEntry> trail() {
        return changes.trail(ContentType.CHANNEL, CHANNEL_AUDIT_ID);
    }

    public List<LiveChannel> all() {
        Response answer = call(ingest::channels);
        expect(answer, 200);
        return answer.readEntity(new GenericType<List<LiveChannel>>() { });
    }

    public Optional<LiveChannel> bySlug(String slug) {
        Response answer = call(() -> ingest.channel(slug));
        if (answer.getStatus() == 404) {
            return Optional.empty();
        }
        expect(answer, 200);
        return Optional.of(answer.readEntity(LiveChannel.class));
    }

    /**
     * A new channel, enabled, with its key; also the TV schedule's channel of the same slug if there is none yet, so
     * that its programmes can be scheduled.
     */
    public FormOutcome<ChannelForm, IssuedKey> create(ChannelForm typed, Actor who) {
        ChannelForm form = FormText.trimmed(typed);
        FieldErrors errors = FieldErrors.of(validator, form, ChannelForm.FIELDS);
        if (!errors.isEmpty()) {
            return new FormOutcome<>(form, errors, null);
        }
        Response answer = call(() -> ingest.create(Map.of("slug", form.slug, "name", form.name)));
        switch (answer.getStatus()) {
            case 201 -> {
                IssuedKey issued = answer.readEntity(IssuedKey.class);
                QuarkusTransaction.requiringNew().run(() -> {
                    if (TvChannel.findById(form.slug) == null) {
                        TvChannel scheduled = new TvChannel();
                        scheduled.slug = form.slug;
                        scheduled.name = form.name;
                        scheduled.persist();
                    }
                    audit(AuditAction.CREATED, form.slug, "Chaîne du direct « " + form.name
                            + " » créée ; sa clé de flux a été remise à l'administrateur.", who);
                });
                return new FormOutcome<>(form, errors, issued);
            }
            case 409 -> errors.add("slug", "Une chaîne du direct a déjà l'identifiant « " + form.slug
                    + " » : choisissez-en un autre.");
            // Our checks are tighter than the service's: this only happens if its rules change; its message is French.
            case 400 -> errors.add(refusal(answer).startsWith("Slug") ? "slug" : "name", refusal(answer));
            default -> expect(answer, 201);
        }
        return new FormOutcome<>(form, errors, null);
    }

    /** A new key: the old one is refused from now on, and a control room on air with it is cut off. */
    public Optional<IssuedKey> rotateKey(String slug, Actor who) {
        Response answer = call(() -> ingest.rotateKey(slug));
        if (answer.getStatus() == 404) {
            return Optional.empty();
        }
        expect(answer, 200);
        IssuedKey issued = answer.readEntity(IssuedKey.class);
        recordChange(slug, "Clé de flux renouvelée : l'ancienne est refusée, la régie doit saisir la nouvelle.", who);
        return Optional.of(issued);
    }

    /** Enabled (the control room may publish) or not (taken off air at once if it was live). */
    public Optional<LiveChannel> setEnabled(String slug, boolean enabled, Actor who) {
        Response answer = call(() -> enabled ? ingest.enable(slug) : ingest.disable(slug));
        if (answer.getStatus() == 404) {
            return Optional.empty();
        }
        expect(answer, 200);
        recordChange(slug, enabled ? "Chaîne du direct activée." : "Chaîne du direct désactivée (coupée si elle était "
                + "à l'antenne).", who);
        return Optional.of(answer.readEntity(LiveChannel.class));
    }

    /** The standby slate; an empty one brings back transcode-worker's generated card. Empty item = unknown channel. */
    public FormOutcome<SlateForm, Optional<LiveChannel>> setSlate(String slug, SlateForm typed, Actor who) {
        SlateForm form = FormText.trimmed(typed);
        FieldErrors errors = FieldErrors.of(validator, form, SlateForm.FIELDS);
        if (!errors.isEmpty()) {
            return new FormOutcome<>(form, errors, null);
        }
        Map<String, String> body = new HashMap<>();
        body.put("slate", form.slate.isEmpty() ? null : form.slate);
        Response answer = call(() -> ingest.setSlate(slug, body));
        switch (answer.getStatus()) {
            case 200 -> {
                recordChange(slug, form.slate.isEmpty() ? "Habillage hors antenne retiré (carton généré)."
                        : "Habillage hors antenne : " + form.slate, who);
                return new FormOutcome<>(form, errors, Optional.of(answer.readEntity(LiveChannel.class)));
            }
            case 404 -> {
                return new FormOutcome<>(form, errors, Optional.empty());
            }
            case 400 -> errors.add("slate", refusal(answer));
            default -> expect(answer, 200);
        }
        return new FormOutcome<>(form, errors, null);
    }

    private void recordChange(String slug, String what, Actor who) {
        QuarkusTransaction.requiringNew().run(() -> audit(AuditAction.UPDATED, slug, what, who));
    }

    private void audit(AuditAction action, String slug, String what, Actor who) {
        changes.record(ContentType.CHANNEL, CHANNEL_AUDIT_ID, action, slug + " : " + what, who,
                ContentChanges.Visibility.HIDDEN, ContentChanges.Visibility.HIDDEN);
    }

    /** One call to the service; a failure to reach it or auth-gateway (for the token) becomes one clear outcome. */
    private static Response call(Supplier<Response> request) {
        try {
            Response answer = request.get();
            answer.bufferEntity();
            return answer;
        } catch (RuntimeException unreachable) {
            LOG.warnf("live-ingest-service or auth-gateway unreachable: %s", unreachable.toString());
            throw new LiveServiceUnavailable("Le service du direct est injoignable pour le moment "
                    + "(live-ingest-service, ou auth-gateway qui lui ouvre l'accès). Rien n'a été modifié : réessayez "
                    + "dans quelques minutes.",
                    unreachable);
        }
    }

    /** An answer other than the expected one: the service refused cms-service (token, scope) or failed. */
    private static void expect(Response answer, int status) {
        if (answer.getStatus() != status) {
            LOG.warnf("live-ingest-service answered %d instead of %d: %s", answer.getStatus(), status, refusal(answer));
            throw new LiveServiceUnavailable("Le service du direct (live-ingest-service) a refusé la demande (code "
                    + answer.getStatus() + "). Rien n'a été modifié : réessayez plus tard ou prévenez l'équipe "
                    + "technique.", null);
        }
    }

    /** The French message of a refusal ({"message"}), or its status when it has none. */
    private static String refusal(Response answer) {
        try {
            Map<?, ?> problem = answer.readEntity(Map.class);
            Object message = problem == null ? null : problem.get("message");
            return message == null ? "Refus du service du direct (code " + answer.getStatus() + ")." : message.toString();
        } catch (RuntimeException notJson) {
            return "Refus du service du direct (code " + answer.getStatus() + ").";
        }
    }
}
