import fr.pitchoun.auth.token.SigningKeys;
import fr.pitchoun.auth.token.TokenAudience;
import fr.pitchoun.auth.token.TokenIssuer;
import fr.pitchoun.auth.token.TokenVerifier;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Entitlement check of a signed-in viewer, as the platform does it on each request: verify the session token
 * (RS256 signature, issuer, audience, expiry; the key already in memory, i.e. the JWKS cached) and read whether its
 * groups hold MYPITCHOUN_PLUS. Two verifiers: auth-gateway's TokenVerifier (key object) and a parser configured from
 * JWKS content, as web-frontend's smallrye-jwt is. Prints p50/p99/p99.9/max per check; target p99 <= 1 ms.
 * Run by deploy/bench/auth-bench.sh (it puts auth-gateway's jars on the class path).
 */
public class EntitlementCheckBench {

    public static void main(String[] args) throws Exception {
        int warmup = Integer.getInteger("warmup", 20_000);
        int samples = Integer.getInteger("samples", 100_000);
        SigningKeys keys = new SigningKeys(SigningKeys.generate());
        TokenIssuer issuer = new TokenIssuer(keys, "pitchoun-auth-gateway");
        Instant now = Instant.now();
        String token = issuer.issue("1003", TokenAudience.SITE, Set.of("MYPITCHOUN", "MYPITCHOUN_PLUS"),
                Map.of("sid", "bench", "auth_time", now.getEpochSecond(), "given_name", "Hugo"), now,
                now.plusSeconds(900));

        TokenVerifier gateway = issuer.verifier();
        JWTAuthContextInfo context = new JWTAuthContextInfo();
        context.setPublicKeyContent(keys.jwks());
        context.setIssuedBy("pitchoun-auth-gateway");
        context.setExpectedAudience(Set.of("pitchoun-site"));
        context.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        DefaultJWTParser site = new DefaultJWTParser(context);

        boolean pass = measure("auth-gateway TokenVerifier", warmup, samples,
                () -> gateway.verify(token, TokenAudience.SITE).getGroups().contains("MYPITCHOUN_PLUS"));
        pass &= measure("JWKS-configured parser (web-frontend)", warmup, samples, () -> {
            JsonWebToken jwt = site.parse(token);
            return jwt.getGroups().contains("MYPITCHOUN_PLUS");
        });
        System.out.printf("load average: %s%n", new String(java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("/proc/loadavg"))).trim());
        System.exit(pass ? 0 : 1);
    }

    private static boolean measure(String name, int warmup, int samples, Callable<Boolean> check) throws Exception {
        for (int i = 0; i < warmup; i++) {
            if (!check.call()) {
                throw new IllegalStateException("the check refused a valid MyPitchoun+ token");
            }
        }
        long[] nanos = new long[samples];
        long start = System.nanoTime();
        for (int i = 0; i < samples; i++) {
            long t = System.nanoTime();
            check.call();
            nanos[i] = System.nanoTime() - t;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        double p99 = nanos[(int) (samples * 0.99)] / 1e6;
        System.out.printf("%-40s %d checks, %.0f/s on one thread: p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, "
                        + "max %.3f ms -> %s%n", name, samples, samples / seconds, nanos[samples / 2] / 1e6, p99,
                nanos[(int) (samples * 0.999)] / 1e6, nanos[samples - 1] / 1e6, p99 <= 1.0 ? "OK (<= 1 ms)" : "OVER 1 ms");
        return p99 <= 1.0;
    }
}
