package fr.pitchoun.auth.replay;

import fr.pitchoun.auth.kinow.Kinow;
import fr.pitchoun.auth.kinow.KinowCategory;
import fr.pitchoun.auth.kinow.KinowI18nField;
import fr.pitchoun.auth.kinow.KinowPage;
import fr.pitchoun.auth.kinow.KinowProduct;
import fr.pitchoun.auth.kinow.KinowVideo;
import io.quarkus.cache.CacheResult;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Kinow's catalogue for the editors' video picker: every product's videos with their extract, read page by page
 * (per_page 100) and cached as a whole ({@code kinow-catalogue}), then searched by title here, accents and case
 * aside. Kinow's own search (/products/search) matches products, not the videos editors look for. Kinow's categories
 * (« rubriques ») and the products of each are read the same way ({@code kinow-categories}) to narrow a search.
 */
@ApplicationScoped
public class ReplayCatalogue {

    static final String CACHE = "kinow-catalogue";
    static final String CATEGORIES_CACHE = "kinow-categories";

    private final Kinow kinow;
    private final KinowVideos videos;
    private final String isoCode;
    private final int pageSize;

    ReplayCatalogue(Kinow kinow, KinowVideos videos, ReplayConfig config) {
        this.kinow = kinow;
        this.videos = videos;
        this.isoCode = config.isoCode();
        this.pageSize = config.cataloguePageSize();
    }

    /**
     * Videos whose title contains {@code query} (all when blank), of the products of category {@code categoryId}
     * (any when null; none for a category Kinow does not have), by product then position; page from 1.
     */
    public Uni<CataloguePage> search(String query, Long categoryId, int page) {
        String wanted = folded(query == null ? "" : query.trim());
        int from = (Math.max(page, 1) - 1) * pageSize;
        Uni<Optional<Set<Long>>> products = categoryId == null ? Uni.createFrom().item(Optional.empty())
                : categories().map(all -> Optional.of(all.stream().filter(c -> c.id() == categoryId).findFirst()
                        .map(CatalogueCategory::productIds).orElse(Set.of())));
        return products.chain(inCategory -> everything().map(all -> {
            List<CatalogueVideo> matching = all.stream()
                    .filter(video -> inCategory.isEmpty() || inCategory.get().contains(video.productId()))
                    .filter(video -> wanted.isEmpty() || folded(video.title()).contains(wanted)).toList();
            List<CatalogueVideo> shown = matching.stream().skip(from).limit(pageSize).toList();
            return new CataloguePage(shown, Math.max(page, 1), matching.size() > from + pageSize);
        }));
    }

    /** Kinow's active categories, by name, each with its products (CategoriesApi, every page). */
    @CacheResult(cacheName = CATEGORIES_CACHE)
    public Uni<List<CatalogueCategory>> categories() {
        return KinowVideos.allPages(page -> kinow.categories(page, KinowPage.MAX_PER_PAGE))
                .onItem().transformToMulti(categories -> Multi.createFrom().iterable(categories))
                .filter(category -> !Boolean.FALSE.equals(category.active()))
                .onItem().transformToUniAndConcatenate(this::withProducts)
                .collect().asList()
                .map(all -> all.stream().sorted(Comparator.comparing(CatalogueCategory::name,
                        Comparator.comparing(ReplayCatalogue::folded))).toList());
    }

    private Uni<CatalogueCategory> withProducts(KinowCategory category) {
        return KinowVideos.allPages(page -> kinow.categoryProducts(category.id(), page, KinowPage.MAX_PER_PAGE))
                .map(products -> new CatalogueCategory(category.id(), KinowI18nField.in(category.name(), isoCode),
                        products.stream().map(KinowProduct::id).collect(Collectors.toUnmodifiableSet())));
    }

    /** One video as the picker shows it; {@link VideoNotFoundException} when Kinow no longer has it. */
    public Uni<CatalogueVideo> one(long videoId) {
        return videos.video(videoId).chain(video -> video.idProduct() == null
                ? Uni.createFrom().item(record(video, null))
                : videos.extractsOf(video.idProduct()).map(extracts ->
                        record(video, KinowVideos.extractOf(video, extracts))));
    }

    @CacheResult(cacheName = CACHE)
    Uni<List<CatalogueVideo>> everything() {
        return KinowVideos.allPages(page -> kinow.products(page, KinowPage.MAX_PER_PAGE))
                .onItem().transformToMulti(products -> Multi.createFrom().iterable(products))
                .filter(product -> !Boolean.FALSE.equals(product.active()))
                .onItem().transformToUniAndConcatenate(this::videosOf)
                .onItem().transformToIterable(list -> list)
                .collect().asList();
    }

    private Uni<List<CatalogueVideo>> videosOf(KinowProduct product) {
        return KinowVideos.allPages(page -> kinow.productVideos(product.id(), page, KinowPage.MAX_PER_PAGE))
                .chain(productVideos -> videos.extractsOf(product.id()).map(extracts -> productVideos.stream()
                        .filter(video -> !Boolean.FALSE.equals(video.active()))
                        .sorted(Comparator.comparing(KinowVideo::position,
                                Comparator.nullsLast(Comparator.naturalOrder())))
                        .map(video -> record(video, KinowVideos.extractOf(video, extracts)))
                        .toList()));
    }

    private CatalogueVideo record(KinowVideo video, Long extractId) {
        String image = video.cover() != null && !video.cover().isBlank() ? video.cover() : video.thumbnail();
        return new CatalogueVideo(video.id(), video.idProduct(), KinowI18nField.in(video.name(), isoCode),
                video.duration(), image == null || image.isBlank() ? null : image, extractId);
    }

    private static String folded(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
