package fr.pitchoun.frontend.startover;

import fr.pitchoun.frontend.startover.WorkerPlaylist.Segment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The start-over playlist of a programme: the worker's kept segments from the first one still playing at the slot's
 * start, or all of them when the slot started before the oldest kept one or when there is no slot to cut at. The media
 * sequence becomes the first kept segment's number and the discontinuity sequence counts the discontinuities cut
 * off, so a player switching from the worker's own playlists, or between renditions, keeps its place.
 */
final class StartOverCut {

    private StartOverCut() {
    }

    /** {@code playlist} from the programme that started at {@code slotStart}. */
    static WorkerPlaylist from(WorkerPlaylist playlist, Optional<Instant> slotStart) {
        List<Segment> segments = playlist.segments();
        if (slotStart.isEmpty() || segments.isEmpty()) {
            return playlist;
        }
        int first = -1;
        boolean dated = false;
        for (int i = 0; i < segments.size() && first < 0; i++) {
            dated |= segments.get(i).programDate() != null;
            if (segments.get(i).endsAfter(slotStart.get())) {
                first = i;
            }
        }
        if (first < 0) {
            // The slot began after the newest segment (it is just starting): the live edge. Without any date, nothing
            // can be cut: the whole window.
            first = dated ? segments.size() - 1 : 0;
        }
        long cutDiscontinuities = segments.subList(0, first).stream().filter(Segment::discontinuity).count();
        return new WorkerPlaylist(playlist.version(), playlist.targetDuration(), segments.get(first).sequence(),
                playlist.discontinuitySequence() + cutDiscontinuities, playlist.independentSegments(),
                segments.subList(first, segments.size()));
    }

    /**
     * The playlist as the site serves it: an EVENT playlist (it grows to the live edge, no end tag) whose segment
     * (and map) URIs are {@code folder} + the worker's relative URI + {@code signature}: the channel's public folder
     * and the query that signs it.
     */
    static String write(WorkerPlaylist playlist, String folder, String signature) {
        StringBuilder text = new StringBuilder(64 + playlist.segments().size()
                * (110 + folder.length() + signature.length()));
        text.append("#EXTM3U\n#EXT-X-VERSION:").append(playlist.version())
                .append("\n#EXT-X-TARGETDURATION:").append(playlist.targetDuration())
                .append("\n#EXT-X-MEDIA-SEQUENCE:").append(playlist.mediaSequence())
                .append("\n#EXT-X-DISCONTINUITY-SEQUENCE:").append(playlist.discontinuitySequence())
                .append("\n#EXT-X-PLAYLIST-TYPE:EVENT\n");
        if (playlist.independentSegments()) {
            text.append("#EXT-X-INDEPENDENT-SEGMENTS\n");
        }
        String map = null;
        for (Segment segment : playlist.segments()) {
            if (segment.discontinuity()) {
                text.append("#EXT-X-DISCONTINUITY\n");
            }
            if (segment.map() != null && !Objects.equals(segment.map(), map)) {
                text.append("#EXT-X-MAP:URI=\"").append(folder).append(segment.map()).append(signature)
                        .append("\"\n");
            }
            map = segment.map();
            if (segment.programDate() != null) {
                text.append("#EXT-X-PROGRAM-DATE-TIME:").append(segment.programDateText() != null
                        ? segment.programDateText() : segment.programDate().toString()).append('\n');
            }
            text.append("#EXTINF:").append(segment.extinf()).append('\n').append(folder).append(segment.uri())
                    .append(signature).append('\n');
        }
        return text.toString();
    }
}
