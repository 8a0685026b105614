package fr.pitchoun.auth.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.auth.kinow.KinowPlayerConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads Kinow's PlayerConfiguration into what the site needs. The SDK types {@code manifest} as an object and
 * {@code captions} as a string: a manifest is an address or an object holding one ({@code url}/{@code hls}),
 * captions a JSON list (or its text) of {@code {url|file, language|iso_code, label}}, or a single WebVTT address.
 */
@ApplicationScoped
public class PlayerConfigurations {

    private static final Logger LOG = Logger.getLogger(PlayerConfigurations.class);

    private final OriginMediaSigner signer;
    private final ObjectMapper json;
    private final String isoCode;

    PlayerConfigurations(OriginMediaSigner signer, ObjectMapper json, ReplayConfig config) {
        this.signer = signer;
        this.json = json;
        this.isoCode = config.isoCode();
    }

    public PlayerView view(KinowPlayerConfiguration kinow) {
        return new PlayerView(signer.sign(manifest(kinow.manifest())), signer.sign(blankToNull(kinow.url())),
                kinow.sessionId(), captions(kinow.captions()));
    }

    private static String manifest(JsonNode manifest) {
        if (manifest == null || manifest.isNull()) {
            return null;
        }
        if (manifest.isTextual()) {
            return blankToNull(manifest.asText());
        }
        for (String field : List.of("url", "hls", "src")) {
            if (manifest.path(field).isTextual()) {
                return blankToNull(manifest.path(field).asText());
            }
        }
        return null;
    }

    private List<PlayerView.Caption> captions(JsonNode captions) {
        JsonNode list = captions;
        if (captions != null && captions.isTextual()) {
            String text = captions.asText().trim();
            if (text.isEmpty()) {
                return List.of();
            }
            if (!text.startsWith("[")) {
                return List.of(new PlayerView.Caption(isoCode, label(isoCode), signer.sign(text)));
            }
            try {
                list = json.readTree(text);
            } catch (JsonProcessingException e) {
                LOG.warnf("Kinow captions unreadable, left out: %s", e.getOriginalMessage());
                return List.of();
            }
        }
        List<PlayerView.Caption> result = new ArrayList<>();
        if (list != null && list.isArray()) {
            for (JsonNode caption : list) {
                String url = text(caption, "url", "file");
                if (url != null) {
                    String language = text(caption, "language", "iso_code");
                    language = language == null ? isoCode : language.toLowerCase(Locale.ROOT);
                    String label = text(caption, "label");
                    result.add(new PlayerView.Caption(language, label == null ? label(language) : label,
                            signer.sign(url)));
                }
            }
        }
        return result;
    }

    private static String text(JsonNode node, String... fields) {
        for (String field : fields) {
            if (node.path(field).isTextual() && !node.path(field).asText().isBlank()) {
                return node.path(field).asText();
            }
        }
        return null;
    }

    private static String label(String language) {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.FRENCH);
        return name.isEmpty() ? language : name.substring(0, 1).toUpperCase(Locale.FRENCH) + name.substring(1);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
