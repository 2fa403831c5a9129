package io.newsgraph.app;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a web page's script can do to a Bolt port: open a WebSocket (with the page's {@code Origin}), shake hands
 * and send Bolt messages, as Neo4j Browser's JavaScript driver does. Speaks just enough Bolt 4.4 (handshake,
 * chunking, PackStream strings, maps and structs) to say HELLO with any credentials and RUN a query.
 */
final class BoltOverWebSocket implements AutoCloseable {

    static final byte SUCCESS = 0x70;
    static final byte FAILURE = 0x7F;
    static final byte IGNORED = 0x7E;

    private final WebSocket socket;
    private final LinkedBlockingQueue<byte[]> received;
    private final AtomicBoolean closed;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    private BoltOverWebSocket(WebSocket socket, LinkedBlockingQueue<byte[]> received, AtomicBoolean closed) {
        this.socket = socket;
        this.received = received;
        this.closed = closed;
    }

    /** Opens the WebSocket as a page of {@code origin} would, and agrees on Bolt 4.4. */
    static BoltOverWebSocket open(String host, int port, String origin) throws Exception {
        LinkedBlockingQueue<byte[]> queue = new LinkedBlockingQueue<>();
        AtomicBoolean closed = new AtomicBoolean();
        WebSocket.Listener listener = new WebSocket.Listener() {
            private final ByteArrayOutputStream message = new ByteArrayOutputStream();

            @Override
            public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
                byte[] bytes = new byte[data.remaining()];
                data.get(bytes);
                message.writeBytes(bytes);
                if (last) {
                    queue.add(message.toByteArray());
                    message.reset();
                }
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
                closed.set(true);
                queue.add(new byte[0]);
                return null;
            }

            @Override
            public void onError(WebSocket ws, Throwable error) {
                closed.set(true);
                queue.add(new byte[0]);
            }
        };
        WebSocket ws = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().newWebSocketBuilder()
                .header("Origin", origin).buildAsync(URI.create("ws://" + host + ":" + port), listener)
                .get(10, TimeUnit.SECONDS);
        BoltOverWebSocket bolt = new BoltOverWebSocket(ws, queue, closed);
        ws.sendBinary(ByteBuffer.wrap(new byte[] {0x60, 0x60, (byte) 0xB0, 0x17, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0}), true).get(10, TimeUnit.SECONDS);
        byte[] version = bolt.read(4);
        if (version == null || version[2] != 4 || version[3] != 4) {
            throw new IllegalStateException("the server did not agree on Bolt 4.4");
        }
        return bolt;
    }

    /** HELLO with these credentials ({@code scheme} "none" or "basic"); the response's tag and text. */
    Response hello(String scheme, String principal, String credentials) throws Exception {
        Map<String, String> auth = new LinkedHashMap<>();
        auth.put("user_agent", "a-web-page/1.0");
        auth.put("scheme", scheme);
        if (principal != null) {
            auth.put("principal", principal);
            auth.put("credentials", credentials);
        }
        ByteArrayOutputStream m = new ByteArrayOutputStream();
        m.write(0xB1);
        m.write(0x01);
        map(m, auth);
        send(m.toByteArray());
        return response();
    }

    /** RUN a query with no parameters; its response (tag 0 "closed" when the server has closed the socket). */
    Response run(String query) throws Exception {
        ByteArrayOutputStream m = new ByteArrayOutputStream();
        m.write(0xB3);
        m.write(0x10);
        string(m, query);
        map(m, Map.of());
        map(m, Map.of());
        try {
            send(m.toByteArray());
        } catch (java.util.concurrent.ExecutionException e) {
            return new Response((byte) 0, "closed: " + e.getCause());
        }
        return response();
    }

    record Response(byte tag, String text) {
        boolean failure() {
            return tag == FAILURE;
        }
    }

    boolean closed() {
        return closed.get();
    }

    private void send(byte[] message) throws Exception {
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        chunked.write(message.length >> 8);
        chunked.write(message.length & 0xFF);
        chunked.writeBytes(message);
        chunked.write(0);
        chunked.write(0);
        socket.sendBinary(ByteBuffer.wrap(chunked.toByteArray()), true).get(10, TimeUnit.SECONDS);
    }

    /** One whole message (its chunks joined), or a response with tag 0 when the server closed the socket. */
    private Response response() throws Exception {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        while (true) {
            byte[] size = read(2);
            if (size == null) {
                return new Response((byte) 0, "closed");
            }
            int n = ((size[0] & 0xFF) << 8) | (size[1] & 0xFF);
            if (n == 0) {
                if (message.size() == 0) {
                    continue; // a NOOP
                }
                byte[] m = message.toByteArray();
                return new Response(m.length > 1 ? m[1] : 0, new String(m, StandardCharsets.UTF_8));
            }
            byte[] chunk = read(n);
            if (chunk == null) {
                return new Response((byte) 0, "closed");
            }
            message.writeBytes(chunk);
        }
    }

    /** Exactly n bytes of the stream, or null when it ends first. */
    private byte[] read(int n) throws InterruptedException {
        while (pending.size() < n) {
            byte[] next = received.poll(20, TimeUnit.SECONDS);
            if (next == null || next.length == 0) {
                return null;
            }
            pending.writeBytes(next);
        }
        byte[] all = pending.toByteArray();
        byte[] out = java.util.Arrays.copyOf(all, n);
        pending.reset();
        pending.write(all, n, all.length - n);
        return out;
    }

    private static void map(ByteArrayOutputStream out, Map<String, String> map) {
        out.write(0xA0 + map.size());
        for (Map.Entry<String, String> e : map.entrySet()) {
            string(out, e.getKey());
            string(out, e.getValue());
        }
    }

    private static void string(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length < 16) {
            out.write(0x80 + b.length);
        } else if (b.length < 256) {
            out.write(0xD0);
            out.write(b.length);
        } else {
            out.write(0xD1);
            out.write(b.length >> 8);
            out.write(b.length & 0xFF);
        }
        out.writeBytes(b);
    }

    @Override
    public void close() {
        socket.abort();
    }
}
