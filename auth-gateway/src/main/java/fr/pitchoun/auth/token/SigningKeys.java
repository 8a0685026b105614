package fr.pitchoun.auth.token;

import fr.pitchoun.auth.config.AuthConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The RSA key pair the gateway signs its tokens with. Read from {@code signing-key-file} when configured (a secret
 * every instance shares); otherwise from {@code key-dir/signing-key.pem}, generated there at first start. The key id
 * ("kid") is the key's RFC 7638 thumbprint, so it changes with the key and verifiers can tell keys apart.
 */
@ApplicationScoped
public class SigningKeys {

    static final String GENERATED_KEY_FILE = "signing-key.pem";
    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    private final RSAPrivateCrtKey privateKey;
    private final RSAPublicKey publicKey;
    private final String keyId;
    private final String jwks;

    @Inject
    SigningKeys(AuthConfig config) {
        this(load(config.tokens()));
    }

    public SigningKeys(RSAPrivateCrtKey privateKey) {
        try {
            this.privateKey = privateKey;
            this.publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            RsaJsonWebKey jwk = new RsaJsonWebKey(publicKey);
            this.keyId = jwk.calculateBase64urlEncodedThumbprint("SHA-256");
            jwk.setKeyId(keyId);
            jwk.setUse("sig");
            jwk.setAlgorithm("RS256");
            this.jwks = new JsonWebKeySet(jwk).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unusable signing key", e);
        }
    }

    public RSAPrivateCrtKey privateKey() {
        return privateKey;
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    public String keyId() {
        return keyId;
    }

    /** The public part as a JSON Web Key Set, what /.well-known/jwks.json serves. */
    public String jwks() {
        return jwks;
    }

    /** A fresh 2048-bit key, for a first start and for tests that need a foreign key. */
    public static RSAPrivateCrtKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAPrivateCrtKey load(AuthConfig.Tokens config) {
        if (config.signingKeyFile().isPresent()) {
            return read(config.signingKeyFile().get());
        }
        Path file = config.keyDir().resolve(GENERATED_KEY_FILE);
        if (Files.isRegularFile(file)) {
            return read(file);
        }
        RSAPrivateCrtKey key = generate();
        write(file, key);
        LOG.infof("Generated a new token signing key in %s", file.toAbsolutePath());
        return key;
    }

    static RSAPrivateCrtKey read(Path pemFile) {
        try {
            String base64 = Files.readString(pemFile, StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
            return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the token signing key " + pemFile, e);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException(pemFile + " is not a PEM PKCS#8 RSA private key", e);
        }
    }

    /** Written to a temporary file first and moved in place, readable by the owner only. */
    private static void write(Path file, RSAPrivateCrtKey key) {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "signing-key", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the token signing key to " + file, e);
        }
    }
}
