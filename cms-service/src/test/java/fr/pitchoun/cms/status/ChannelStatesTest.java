package fr.pitchoun.cms.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.cms.status.ChannelStates.WorkerChannels;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A channel no answering worker holds is off air, unless a worker did not answer: then its state is unknown. */
class ChannelStatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void withAWorkerAwayAChannelTheOthersDoNotHoldIsUnknownNotOffAir() throws Exception {
        JsonNode listed = JSON.readTree("[{\"slug\":\"pitchoun-tv\",\"name\":\"Pitchoun TV\",\"enabled\":true,"
                + "\"live\":true},{\"slug\":\"archives\",\"name\":\"Archives\",\"enabled\":false,\"live\":false}]");
        List<ChannelStatus> away = ChannelStates.combine(Optional.of(listed),
                List.of(new WorkerChannels("127.0.0.1:8085", Optional.empty())));
        assertEquals("Hors antenne", away.get(0).state(), "a disabled channel is off air whatever the workers");
        assertEquals("Inconnu", away.get(1).state());
        assertEquals("Un transcode-worker injoignable la diffuse peut-être.", away.get(1).detail());

        List<ChannelStatus> answered = ChannelStates.combine(Optional.of(listed),
                List.of(new WorkerChannels("127.0.0.1:8085", Optional.of(JSON.readTree("[]")))));
        assertEquals("Hors antenne", answered.get(1).state());
        assertEquals("Aucun transcode-worker ne diffuse cette chaîne.", answered.get(1).detail());
    }
}
