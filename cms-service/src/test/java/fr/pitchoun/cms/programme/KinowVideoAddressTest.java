package fr.pitchoun.cms.programme;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which of the addresses editors typed before the catalogue give a Kinow video id (migration V11). */
class KinowVideoAddressTest {

    @ParameterizedTest
    @CsvSource({
            "123, 123",
            "' 4567 ', 4567",
            "https://api.kinow.com/api/videos/1101, 1101",
            "https://api.kinow.com/api/videos/1101/player?customer_id=3, 1101",
            "https://pitchoun.kinow.tv/fr/videos/1102-le-recif-de-corail, 1102",
            "HTTPS://Pitchoun.Kinow.TV/fr/video/77, 77",
            "https://pitchoun.kinow.tv/index.php?controller=video&id_video=88, 88",
            "https://replay.kinow.io/videos/99?autoplay=0, 99",
            "https://pitchoun.kinow.tv/fr/player?video_id=42&lang=fr, 42",
    })
    void aBareIdOrAKinowAddressGivesTheVideoId(String typed, long videoId) {
        assertEquals(OptionalLong.of(videoId), KinowVideoAddress.videoId(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://kinow.example/videos/42",                 // not a Kinow host: may be any other service
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://evil.example/kinow.tv/videos/12",         // Kinow only in the path
            "https://pitchoun.kinow.tv.evil.example/videos/12",
            "https://pitchoun.kinow.tv/fr/extracts/67",        // an extract is not the episode's video
            "https://pitchoun.kinow.tv/fr/videos/",
            "https://pitchoun.kinow.tv/fr/videos/0",
            "ftp://pitchoun.kinow.tv/videos/5",
            "vidéo 12",
            "https://pitchoun.kinow.tv/fr/mes-videos-12",
            "99999999999999999999",
            "   ",
    })
    void anythingElseIsNotGuessedAt(String typed) {
        assertEquals(OptionalLong.empty(), KinowVideoAddress.videoId(typed));
    }
}
