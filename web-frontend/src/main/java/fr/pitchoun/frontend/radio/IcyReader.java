package fr.pitchoun.frontend.radio;

import javax.net.ssl.SSLSocketFactory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the title a radio stream is playing now: connects asking for ICY metadata, reads up to its first metadata
 * block and hangs up. HTTP/1.0 by hand, because Shoutcast servers answer {@code ICY 200 OK}, which HTTP clients
 * refuse; the read is bounded (bytes and time), so a stream that stalls or lies costs one short connection.
 */
final class IcyReader {

    /** Largest audio interval accepted between metadata blocks (Icecast uses 16,000 bytes, Shoutcast up to 32 KB). */
    static final int MAX_METAINT = 256 * 1024;
    private static final int MAX_HEADERS = 16 * 1024;
    /** Blocks read at most: Icecast's first one already carries the title; a 0-length one only says "unchanged". */
    private static final int MAX_BLOCKS = 2;

    private final Duration timeout;

    IcyReader(Duration timeout) {
        this.timeout = timeout;
    }

    /** The stream's current title; empty when it sends no ICY metadata or no title. */
    Optional<String> currentTitle(URI stream) throws IOException {
        String scheme = stream.getScheme() == null ? "" : stream.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || stream.getHost() == null) {
            throw new IOException("adresse de flux non lue : " + stream);
        }
        boolean tls = scheme.equals("https");
        int port = stream.getPort() == -1 ? (tls ? 443 : 80) : stream.getPort();
        int millis = (int) timeout.toMillis();
        try (Socket socket = tls ? SSLSocketFactory.getDefault().createSocket() : new Socket()) {
            socket.connect(new InetSocketAddress(stream.getHost(), port), millis);
            socket.setSoTimeout(millis);
            OutputStream out = socket.getOutputStream();
            String path = stream.getRawPath() == null || stream.getRawPath().isEmpty() ? "/" : stream.getRawPath();
            if (stream.getRawQuery() != null) {
                path += "?" + stream.getRawQuery();
            }
            String host = stream.getHost() + (stream.getPort() == -1 ? "" : ":" + stream.getPort());
            out.write(("GET " + path + " HTTP/1.0\r\nHost: " + host + "\r\nIcy-MetaData: 1\r\n"
                    + "User-Agent: Pitchoun-site/1.0\r\nAccept: */*\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            Optional<Integer> metaint = metaint(stream, headers(in));
            return metaint.isEmpty() ? Optional.empty() : IcyMetadata.firstTitle(in, metaint.get(), MAX_BLOCKS);
        }
    }

    private static String headers(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        // A blank line ends them: "\r\n\r\n", or bare "\n\n" from some servers.
        while (!(head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n"))
                && !(head.length() >= 2 && head.substring(head.length() - 2).equals("\n\n"))) {
            int b = in.read();
            if (b < 0 || head.length() >= MAX_HEADERS) {
                throw new IOException("réponse du flux incomplète");
            }
            head.append((char) b);
        }
        return head.toString();
    }

    private static Optional<Integer> metaint(URI stream, String headers) throws IOException {
        String[] lines = headers.split("\r?\n");
        String[] status = lines[0].split(" ");
        if (status.length < 2 || !status[1].equals("200")) {
            throw new IOException(stream + " répond « " + lines[0].strip() + " »");
        }
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("icy-metaint")) {
                int metaint;
                try {
                    metaint = Integer.parseInt(line.substring(colon + 1).strip());
                } catch (NumberFormatException e) {
                    throw new IOException(stream + " annonce un icy-metaint illisible : " + line);
                }
                if (metaint <= 0 || metaint > MAX_METAINT) {
                    throw new IOException(stream + " annonce un icy-metaint hors limites : " + metaint);
                }
                return Optional.of(metaint);
            }
        }
        return Optional.empty();
    }
}
