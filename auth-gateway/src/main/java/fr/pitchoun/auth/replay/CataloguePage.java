package fr.pitchoun.auth.replay;

import java.util.List;

/** One page of the editors' catalogue search, from 1. */
public record CataloguePage(List<CatalogueVideo> videos, int page, boolean hasMore) {
}
