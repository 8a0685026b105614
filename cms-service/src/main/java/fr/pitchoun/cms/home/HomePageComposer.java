package fr.pitchoun.cms.home;

import fr.pitchoun.cms.form.FormText;
import fr.pitchoun.cms.content.Actor;
import fr.pitchoun.cms.content.AuditAction;
import fr.pitchoun.cms.content.AuditEntry;
import fr.pitchoun.cms.content.ChangeSummary;
import fr.pitchoun.cms.content.ContentChanges;
import fr.pitchoun.cms.content.ContentType;
import fr.pitchoun.cms.content.ScheduledItems;
import fr.pitchoun.cms.content.LinkTargets;
import fr.pitchoun.cms.content.Ordered;
import fr.pitchoun.cms.content.ParisTime;
import fr.pitchoun.cms.content.PublicationFields;
import fr.pitchoun.cms.content.PublicationState;
import fr.pitchoun.cms.content.Slugs;
import fr.pitchoun.cms.form.FieldErrors;
import fr.pitchoun.cms.form.FormOutcome;
import fr.pitchoun.cms.media.MediaChoices;
import fr.pitchoun.cms.programme.Programme;
import fr.pitchoun.cms.schedule.TvChannel;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** The home page's blocks: what editors create, order and publish, and what the site may show. */
@ApplicationScoped
public class HomePageComposer implements ScheduledItems {

    /** How many of the latest published programmes a carousel without a choice shows. */
    static final int LATEST_PROGRAMMES = 8;
    private static final Sort ORDER = Sort.by("position").and("id");

    private final Validator validator;
    private final ContentChanges changes;
    private final MediaChoices medias;

    HomePageComposer(Validator validator, ContentChanges changes, MediaChoices medias) {
        this.validator = validator;
        this.changes = changes;
        this.medias = medias;
    }

    /** Every block in the order of the page, drafts included (editors' list and preview). */
    public List<HomeBlock> blocks() {
        return HomeBlock.listAll(ORDER);
    }

    public Optional<HomeBlock> byId(long id) {
        return HomeBlock.findByIdOptional(id);
    }

    /** The page as the site shows it: published blocks only, carousels with published programmes only. */
    @Transactional
    public PublicHomePage published() {
        return new PublicHomePage(HomeBlock.<HomeBlock>list("status", ORDER, PublicationState.PUBLISHED).stream()
                .map(this::asShown).toList());
    }

    /** A block and what the site shows of it once published. */
    public record Shown(HomeBlock block, PublicBlock shown) {
    }

    /** The whole page as the site would show it if every block were published, drafts included (editors only). */
    @Transactional
    public List<Shown> preview() {
        return blocks().stream().map(block -> new Shown(block, asShown(block))).toList();
    }

    private PublicBlock asShown(HomeBlock block) {
        return PublicBlock.of(block, block.kind == BlockKind.PROGRAMME_CAROUSEL ? carousel(block) : List.of());
    }

    private static List<Programme> carousel(HomeBlock block) {
        if (block.programmes.isEmpty()) {
            return Programme.<Programme>find("status", Sort.descending("createdAt").and("id", Sort.Direction.Descending),
                    PublicationState.PUBLISHED).page(0, LATEST_PROGRAMMES).list();
        }
        // A deleted programme leaves a gap in the ordered list (its row went with it): skipped.
        return block.programmes.stream().filter(p -> p != null && p.status.isPublic()).toList();
    }

    /** Channels and programmes the forms offer. */
    public List<TvChannel> channels() {
        return TvChannel.listAll(Sort.by("name"));
    }

    public List<Programme> programmeChoices() {
        return Programme.listAll(Sort.by("title"));
    }

    /** Adds the block at the end of the page, or stores nothing and says in French what to fix. */
    @Transactional
    public FormOutcome<HomeBlockForm, HomeBlock> create(HomeBlockForm typed, Actor who) {
        HomeBlockForm form = FormText.trimmed(typed);
        FieldErrors errors = check(form);
        if (!errors.isEmpty()) {
            return new FormOutcome<>(form, errors, null);
        }
        HomeBlock block = new HomeBlock();
        apply(form, block);
        block.position = lockedBlocks().size() + 1;
        block.persist();
        changes.record(ContentType.HOME_PAGE, block.id, AuditAction.CREATED,
                block.kind.label() + ", en position " + block.position + ". État : " + block.status.label() + ".",
                who, ContentChanges.Visibility.HIDDEN, block.visibility());
        return new FormOutcome<>(form, errors, block);
    }

    @Transactional
    public Optional<FormOutcome<HomeBlockForm, HomeBlock>> update(long id, HomeBlockForm typed, Actor who) {
        return byId(id).map(block -> {
            HomeBlockForm form = FormText.trimmed(typed);
            // The kind of a block never changes: its form shows that kind's fields only.
            form.kind = block.kind.name();
            FieldErrors errors = check(form);
            if (!errors.isEmpty()) {
                return new FormOutcome<>(form, errors, block);
            }
            ContentChanges.Visibility before = block.visibility();
            PublicationState stateBefore = block.status;
            String changed = ChangeSummary.between(HomeBlockForm.of(block), form, HomeBlockForm.FIELDS,
                    HomeBlockForm.LABELS);
            apply(form, block);
            changes.record(ContentType.HOME_PAGE, block.id, PublicationFields.actionFor(stateBefore, block.status),
                    changed, who, before, block.visibility());
            return new FormOutcome<>(form, errors, block);
        });
    }

    /** Moves the block to a position (from 1; beyond the last: last) and renumbers the page. */
    @Transactional
    public Optional<HomeBlock> move(long id, int newPosition, Actor who) {
        List<HomeBlock> page = lockedBlocks();
        return page.stream().filter(b -> b.id == id).findFirst().map(block -> {
            int before = Ordered.move(page, block, newPosition);
            if (before != block.position) {
                changes.record(ContentType.HOME_PAGE, block.id, AuditAction.UPDATED,
                        "Position : " + before + " → " + block.position + ".", who, block.visibility(),
                        block.visibility());
            }
            return block;
        });
    }

    @Transactional
    public Optional<HomeBlock> delete(long id, Actor who) {
        List<HomeBlock> page = lockedBlocks();
        return page.stream().filter(b -> b.id == id).findFirst().map(block -> {
            changes.record(ContentType.HOME_PAGE, block.id, AuditAction.DELETED,
                    block.kind.label() + " « " + block.title + " ».", who, block.visibility(),
                    ContentChanges.Visibility.HIDDEN);
            Ordered.move(page, block, page.size());
            block.delete();
            return block;
        });
    }

    @Override
    @Transactional
    public int publishDue(Instant now) {
        return changes.publishDue(ContentType.HOME_PAGE,
                HomeBlock.list("status = ?1 and publishAt <= ?2", PublicationState.SCHEDULED, now));
    }

    public List<AuditEntry> trail(HomeBlock block) {
        return changes.trail(ContentType.HOME_PAGE, block.id);
    }

    /** The page's blocks under a lock, so that two editors ordering at once cannot interleave their renumbering. */
    private static List<HomeBlock> lockedBlocks() {
        return HomeBlock.<HomeBlock>find("order by position, id").withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    private void apply(HomeBlockForm form, HomeBlock block) {
        BlockKind kind = form.blockKind();
        block.kind = kind;
        block.title = form.title;
        block.body = kind == BlockKind.PROGRAMME_CAROUSEL || kind == BlockKind.EVENTS ? "" : form.body;
        boolean hero = kind == BlockKind.HERO;
        block.image = hero ? medias.find(imageId(form)) : null;
        block.linkLabel = hero && !form.linkTarget.isEmpty() ? form.linkLabel : null;
        block.linkTarget = hero && !form.linkTarget.isEmpty() ? form.linkTarget : null;
        block.programmes.clear();
        if (kind == BlockKind.PROGRAMME_CAROUSEL) {
            form.programmes.forEach(slug -> block.programmes.add(
                    Programme.<Programme>find("slug", slug).firstResult()));
        }
        block.channelSlug = kind == BlockKind.LIVE_TEASER ? form.channel : null;
        block.podcastShow = kind == BlockKind.PODCAST_HIGHLIGHT ? form.podcastShow : null;
        block.eventCount = kind == BlockKind.EVENTS ? Integer.valueOf(form.eventCount) : null;
        block.status = PublicationState.valueOf(form.status);
        block.publishAt = block.status == PublicationState.SCHEDULED
                ? ParisTime.parseField(form.publishAt).orElseThrow() : null;
    }

    private FieldErrors check(HomeBlockForm form) {
        FieldErrors errors = FieldErrors.of(validator, form, HomeBlockForm.FIELDS);
        if (!errors.has("kind")) {
            switch (form.blockKind()) {
                case HERO -> checkHero(form, errors);
                case PROGRAMME_CAROUSEL -> checkCarousel(form, errors);
                case LIVE_TEASER -> {
                    if (form.channel.isEmpty() || TvChannel.findById(form.channel) == null) {
                        errors.add("channel", "Choisissez la chaîne à mettre en avant.");
                    }
                }
                case PODCAST_HIGHLIGHT -> {
                    if (form.podcastShow.isEmpty()) {
                        errors.add("podcastShow", "Indiquez l'identifiant de l'émission.");
                    } else if (form.podcastShow.length() > Slugs.MAX_LENGTH) {
                        errors.add("podcastShow", Slugs.LENGTH_MESSAGE);
                    } else if (!form.podcastShow.matches(Slugs.PATTERN)) {
                        errors.add("podcastShow", Slugs.PATTERN_MESSAGE);
                    }
                }
                case EVENTS -> {
                    if (!form.eventCount.matches("[1-9]|1[0-2]")) {
                        errors.add("eventCount", "Le nombre d'événements doit être un nombre entier entre 1 et 12.");
                    }
                }
            }
        }
        PublicationFields.check(form.status, form.publishAt, errors, Instant.now());
        return errors;
    }

    private void checkHero(HomeBlockForm form, FieldErrors errors) {
        if (!form.image.isEmpty() && medias.find(imageId(form)) == null) {
            errors.add("image", "Cette image n'est plus dans la médiathèque : choisissez-en une autre.");
        }
        if (form.linkTarget.isEmpty()) {
            if (!form.linkLabel.isEmpty()) {
                errors.add("linkTarget", "Indiquez où mène le lien, ou effacez son texte.");
            }
            return;
        }
        if (form.linkLabel.isEmpty()) {
            errors.add("linkLabel", "Indiquez le texte du lien.");
        }
        LinkTargets.problem(form.linkTarget).ifPresent(message -> errors.add("linkTarget", message));
    }

    private static void checkCarousel(HomeBlockForm form, FieldErrors errors) {
        if (form.programmes.size() > HomeBlockForm.MAX_PROGRAMMES) {
            errors.add("programmes", "Un carrousel montre au plus " + HomeBlockForm.MAX_PROGRAMMES + " programmes.");
        } else if (new HashSet<>(form.programmes).size() < form.programmes.size()) {
            errors.add("programmes", "Chaque programme ne peut figurer qu'une fois dans le carrousel.");
        } else {
            form.programmes.stream().filter(slug -> Programme.count("slug", slug) == 0).findFirst()
                    .ifPresent(slug -> errors.add("programmes", "Le programme « " + slug + " » n'existe plus."));
        }
    }

    private static Long imageId(HomeBlockForm form) {
        try {
            return form.image.isEmpty() ? null : Long.valueOf(form.image);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
