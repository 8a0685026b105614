import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sign-in throughput of auth-gateway against the Kinow stand-in: CONCURRENCY clients sign the four demo accounts in
 * (POST /api/sessions, each from its own X-Forwarded-For address) for SECONDS seconds. Prints sign-ins per second,
 * latency percentiles and the answers that were not 200. Arguments: gateway URL, concurrency, seconds.
 */
public class LoginLoad {

    private static final String[] ACCOUNTS = {"sans-abonnement@demo.pitchoun.fr", "mypitchoun@demo.pitchoun.fr",
            "mypitchoun-plus@demo.pitchoun.fr", "expire@demo.pitchoun.fr"};

    public static void main(String[] args) throws Exception {
        String gateway = args[0];
        int concurrency = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<long[]>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            int worker = w;
            workers.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                long failures = 0;
                for (int i = 0; System.nanoTime() < end; i++) {
                    String body = "{\"email\":\"" + ACCOUNTS[i % ACCOUNTS.length] + "\",\"password\":\"pitchoun\"}";
                    HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/sessions"))
                            .header("Content-Type", "application/json")
                            .header("X-Forwarded-For", "10.9." + worker + "." + (1 + i % 250))
                            .timeout(Duration.ofSeconds(10))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long t = System.nanoTime();
                    int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status == 200) {
                        latencies.add(System.nanoTime() - t);
                    } else {
                        failures++;
                    }
                }
                long[] result = new long[latencies.size() + 1];
                result[0] = failures;
                for (int i = 0; i < latencies.size(); i++) {
                    result[i + 1] = latencies.get(i);
                }
                return result;
            }));
        }
        List<Long> all = new ArrayList<>();
        long failures = 0;
        for (Future<long[]> worker : workers) {
            long[] result = worker.get();
            failures += result[0];
            for (int i = 1; i < result.length; i++) {
                all.add(result[i]);
            }
        }
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            System.out.println("no successful sign-in (" + failures + " failures): is the gateway up and Kinow's stand-in loaded?");
            System.exit(1);
        }
        System.out.printf("%d clients for %d s: %d sign-ins, %.1f/s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; "
                        + "%d answers other than 200%n", concurrency, seconds, sorted.length,
                sorted.length / (double) seconds, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6, failures);
    }
}
