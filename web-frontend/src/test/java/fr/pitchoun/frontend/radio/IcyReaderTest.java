package fr.pitchoun.frontend.radio;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ICY reader against a server on a local socket that speaks as Icecast and Shoutcast do. */
class IcyReaderTest {

    private static final int METAINT = 16000;
    private ServerSocket server;
    private final AtomicReference<String> request = new AtomicReference<>();

    @AfterEach
    void close() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void icecastsFirstBlockGivesTheTitleInLatin1AsItWritesAnMp3StreamsTitles() throws Exception {
        serve("HTTP/1.0 200 OK\r\nContent-Type: audio/mpeg\r\nicy-name:Pitchoun Comptines\r\nicy-metaint:16000\r\n\r\n",
                stream(block("StreamTitle='L'escargot pressé';", StandardCharsets.ISO_8859_1)));

        assertEquals(Optional.of("L'escargot pressé"), reader().currentTitle(address()),
                "the title, its apostrophe and its accent");
        assertTrue(request.get().contains("\r\nIcy-MetaData: 1\r\n"), "asks for the metadata: " + request.get());
        assertTrue(request.get().startsWith("GET /pitchoun-comptines.mp3 HTTP/1.0\r\n"), request.get());
    }

    @Test
    void aShoutcastAnswerAfterAnEmptyBlockGivesItsUtf8Title() throws Exception {
        byte[] body = concat(stream(new byte[0]), stream(block("StreamTitle='La berceuse des étoiles';StreamUrl='';",
                StandardCharsets.UTF_8)));
        serve("ICY 200 OK\r\nicy-metaint:16000\r\n\r\n", body);

        assertEquals(Optional.of("La berceuse des étoiles"), reader().currentTitle(address()));
    }

    @Test
    void aStreamWithoutIcyMetadataOrWithoutATitleHasNone() throws Exception {
        serve("HTTP/1.0 200 OK\r\nContent-Type: audio/mpeg\r\n\r\n", new byte[METAINT]);
        assertEquals(Optional.empty(), reader().currentTitle(address()));
        close();

        serve("HTTP/1.0 200 OK\r\nicy-metaint:16000\r\n\r\n", stream(block("StreamUrl='https://pitchoun.fr';",
                StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), reader().currentTitle(address()));
    }

    @Test
    void anErrorAStreamThatStopsOrThatStallsIsAnErrorNotAWait() throws Exception {
        serve("HTTP/1.0 404 Not Found\r\n\r\n", new byte[0]);
        IOException missing = assertThrows(IOException.class, () -> reader().currentTitle(address()));
        assertTrue(missing.getMessage().contains("404"), missing.getMessage());
        close();

        serve("HTTP/1.0 200 OK\r\nicy-metaint:16000\r\n\r\n", new byte[1000]);
        assertThrows(IOException.class, () -> reader().currentTitle(address()), "ends before its metadata");
        close();

        serve("HTTP/1.0 200 OK\r\nicy-metaint:9999999\r\n\r\n", new byte[0]);
        assertThrows(IOException.class, () -> reader().currentTitle(address()), "an interval beyond the bound");
        close();

        server = new ServerSocket(0);
        CompletableFuture.runAsync(() -> {
            try (Socket silent = server.accept()) {
                Thread.sleep(5000);
            } catch (IOException | InterruptedException ignored) {
                // the test is over
            }
        });
        long started = System.nanoTime();
        assertThrows(IOException.class, () -> new IcyReader(Duration.ofMillis(300)).currentTitle(address()));
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(2).toNanos(), "gives up after the timeout");
    }

    @Test
    void onlyHttpAddressesAreRead() {
        assertThrows(IOException.class, () -> reader().currentTitle(URI.create("file:///etc/passwd")));
    }

    @Test
    void theParserReadsBlocksOfAByteStreamAsTheyCome() throws IOException {
        InputStream stream = new ByteArrayInputStream(concat(stream(new byte[0]), stream(new byte[0]),
                stream(block("StreamTitle='Trop tard';", StandardCharsets.UTF_8))));
        assertEquals(Optional.empty(), IcyMetadata.firstTitle(stream, METAINT, 2), "two blocks read at most");
        assertEquals(Optional.of("Le train des animaux"),
                IcyMetadata.streamTitle("StreamTitle='Le train des animaux'\0\0".getBytes(StandardCharsets.UTF_8)),
                "a value without its ';'");
    }

    private IcyReader reader() {
        return new IcyReader(Duration.ofSeconds(2));
    }

    private URI address() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/pitchoun-comptines.mp3");
    }

    /** Answers one listener with {@code headers} then {@code body}, then keeps the connection open a moment. */
    private void serve(String headers, byte[] body) throws IOException {
        server = new ServerSocket(0);
        CompletableFuture.runAsync(() -> {
            try (Socket listener = server.accept()) {
                InputStream in = listener.getInputStream();
                StringBuilder received = new StringBuilder();
                while (!received.toString().endsWith("\r\n\r\n")) {
                    received.append((char) in.read());
                }
                request.set(received.toString());
                OutputStream out = listener.getOutputStream();
                out.write(headers.getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
            } catch (IOException ignored) {
                // the reader hung up first: what it does
            }
        });
    }

    /** One interval: METAINT bytes of "audio" then the metadata block (its length byte first). */
    private static byte[] stream(byte[] block) {
        byte[] audio = new byte[METAINT];
        new Random(7).nextBytes(audio);
        return concat(audio, new byte[] {(byte) (block.length / 16)}, block);
    }

    private static byte[] block(String text, java.nio.charset.Charset charset) {
        byte[] bytes = text.getBytes(charset);
        byte[] padded = new byte[(bytes.length + 15) / 16 * 16];
        System.arraycopy(bytes, 0, padded, 0, bytes.length);
        return padded;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
