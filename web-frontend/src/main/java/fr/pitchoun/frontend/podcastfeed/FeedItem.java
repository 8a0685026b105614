package fr.pitchoun.frontend.podcastfeed;

import fr.pitchoun.frontend.podcast.PodcastEpisode;

/** An episode in the feed, with its show and the address a podcast app downloads it from. */
record FeedItem(String showSlug, String showTitle, String showImageUrl, PodcastEpisode episode, String audioUrl) {
}
