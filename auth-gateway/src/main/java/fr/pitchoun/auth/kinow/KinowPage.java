package fr.pitchoun.auth.kinow;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** One page of a Kinow list ({"pagination", "data"}): ProductListResponse, ProductVideoListResponse… */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KinowPage<T>(KinowSubscriptionAccesses.Pagination pagination, List<T> data) {

    /** Kinow caps per_page at 100. */
    public static final int MAX_PER_PAGE = 100;

    public List<T> items() {
        return data == null ? List.of() : data;
    }

    /** Whether a page follows this one; without pagination, a full page is taken to have a follower. */
    public boolean hasNext(int perPage) {
        if (pagination == null) {
            return items().size() >= perPage;
        }
        return pagination.currentPage() < pagination.lastPage();
    }
}
