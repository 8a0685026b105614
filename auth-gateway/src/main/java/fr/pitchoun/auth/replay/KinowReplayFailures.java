package fr.pitchoun.auth.replay;

import fr.pitchoun.auth.kinow.KinowRefusedException;

/** How a failed Kinow call reads for replay: Kinow's 404 is an unknown video, anything else "unavailable". */
final class KinowReplayFailures {

    private KinowReplayFailures() {
    }

    static RuntimeException forVideo(long videoId, Throwable failure) {
        if (failure instanceof VideoNotFoundException notFound) {
            return notFound;
        }
        if (failure instanceof KinowRefusedException refused && refused.status() == 404) {
            return new VideoNotFoundException(videoId);
        }
        return unavailable(failure);
    }

    static RuntimeException unavailable(Throwable failure) {
        return failure instanceof ReplayUnavailableException known ? known : new ReplayUnavailableException(failure);
    }
}
