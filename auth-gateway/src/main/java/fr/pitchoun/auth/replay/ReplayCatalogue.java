package fr.pitchoun.auth.replay;

import fr.pitchoun.auth.kinow.Kinow;
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

/**
 * Kinow's catalogue for the editors' video picker: every product's videos with their extract, read page by page
 * (per_page 100) and cached as a whole ({@code kinow-catalogue}), then searched by title here, accents and case
 * aside. Kinow's own search (/products/search) matches products, not the videos editors look for.
 */
@ApplicationScoped
public class ReplayCatalogue {

    static final String CACHE = "kinow-catalogue";

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

    /** Videos whose title contains {@code query} (all when blank), by product then position; page from 1. */
    public Uni<CataloguePage> search(String query, int page) {
        String wanted = folded(query == null ? "" : query.trim());
        int from = (Math.max(page, 1) - 1) * pageSize;
        return everything().map(all -> {
            List<CatalogueVideo> matching = all.stream()
                    .filter(video -> wanted.isEmpty() || folded(video.title()).contains(wanted)).toList();
            List<CatalogueVideo> shown = matching.stream().skip(from).limit(pageSize).toList();
            return new CataloguePage(shown, Math.max(page, 1), matching.size() > from + pageSize);
        });
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
