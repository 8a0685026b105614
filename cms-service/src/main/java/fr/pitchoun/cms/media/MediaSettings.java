package fr.pitchoun.cms.media;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of what editors may upload to the media library. */
@ConfigMapping(prefix = "pitchoun.cms.media")
public interface MediaSettings {

    /**
     * The largest file accepted, in bytes (10 MB). Keep it below MariaDB's max_allowed_packet (16 MB by default) and
     * below quarkus.http.limits.max-body-size, so a slightly larger file gets the form's message, not a bare 413.
     */
    @WithDefault("10485760")
    long maxUploadBytes();

    /**
     * The most pixels an image may declare (width × height), checked before decoding: a small file can declare a
     * huge image (decompression bomb) that would fill the memory once decoded.
     */
    @WithDefault("50000000")
    long maxPixels();
}
