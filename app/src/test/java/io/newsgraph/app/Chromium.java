package io.newsgraph.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium (Debian's {@code chromium} package) driven over the Chrome DevTools Protocol with the JDK's own
 * HTTP and WebSocket clients: enough to open a page, run JavaScript in it, type, and take a screenshot.
 */
final class Chromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> console = new ArrayList<>();

    /** The Chromium executable on the PATH, or null when there is none. */
    static Path executable() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    private Chromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Starts a headless Chromium with a throw-away profile and a window of the given size. */
    static Chromium start(Path executable, int width, int height) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("newsgraph-chromium");
        Process process = new ProcessBuilder(executable.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-extensions",
                "--no-first-run", "--no-default-browser-check", "--hide-scrollbars", "--remote-debugging-port=0",
                "--remote-allow-origins=*", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "about:blank").redirectErrorStream(true).start();
        String browserWs = null;
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        StringBuilder seen = new StringBuilder();
        for (String line; browserWs == null && System.nanoTime() < deadline && (line = out.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher m = DEVTOOLS.matcher(line);
            if (m.find()) {
                browserWs = m.group(1);
            }
        }
        if (browserWs == null) {
            process.destroyForcibly();
            throw new IOException("Chromium did not open its DevTools port; it printed:\n" + seen);
        }
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the pipe empty
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "chromium-output");
        drain.setDaemon(true);
        drain.start();
        URI ws = URI.create(browserWs);
        HttpClient http = HttpClient.newHttpClient();
        String pageWs = null;
        for (int i = 0; i < 50 && pageWs == null; i++) {
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(
                    URI.create("http://" + ws.getHost() + ":" + ws.getPort() + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (JsonNode target : JSON.readTree(list.body())) {
                if ("page".equals(target.path("type").asText())) {
                    pageWs = target.path("webSocketDebuggerUrl").asText();
                    break;
                }
            }
            if (pageWs == null) {
                Thread.sleep(100);
            }
        }
        if (pageWs == null) {
            process.destroyForcibly();
            throw new IOException("Chromium opened no page");
        }
        Chromium[] self = new Chromium[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageWs), new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    String text = message.toString();
                    message.setLength(0);
                    while (self[0] == null) {
                        Thread.onSpinWait();
                    }
                    self[0].receive(text);
                }
                webSocket.request(1);
                return null;
            }
        }).join();
        Chromium chromium = new Chromium(process, profile, socket);
        self[0] = chromium;
        chromium.call("Page.enable", Map.of());
        chromium.call("Runtime.enable", Map.of());
        chromium.call("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return chromium;
    }

    private void receive(String text) {
        try {
            JsonNode msg = JSON.readTree(text);
            if (msg.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
                if (f != null) {
                    if (msg.has("error")) {
                        f.completeExceptionally(new IOException("DevTools error: " + msg.get("error")));
                    } else {
                        f.complete(msg.path("result"));
                    }
                }
            } else if ("Runtime.consoleAPICalled".equals(msg.path("method").asText())) {
                synchronized (console) {
                    console.add(msg.path("params").path("args").toString());
                }
            }
        } catch (IOException e) {
            // not JSON: ignore
        }
    }

    /** Calls one DevTools method and waits for its result. */
    JsonNode call(String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> result = new CompletableFuture<>();
        pending.put(id, result);
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        msg.set("params", JSON.valueToTree(params));
        socket.sendText(msg.toString(), true).join();
        try {
            return result.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(method + " failed: " + e.getMessage(), e);
        }
    }

    void navigate(String url) {
        call("Page.navigate", Map.of("url", url));
    }

    /** Evaluates a JavaScript expression in the page and returns its value (null for undefined). */
    JsonNode eval(String expression) {
        JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("JavaScript failed: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** Polls a JavaScript condition until it is true; fails with the page's text when it never is. */
    void waitFor(String what, String condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (eval("(() => { try { return !!(" + condition + "); } catch (e) { return false; } })()").asBoolean()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("timed out waiting for " + what + "; the page shows:\n"
                + eval("document.body ? document.body.innerText.slice(0, 3000) : ''").asText());
    }

    /** Types text into whatever has the keyboard focus. */
    void type(String text) {
        call("Input.insertText", Map.of("text", text));
    }

    /** Presses a key with modifiers (2 = Ctrl, 8 = Shift). */
    void press(String key, String code, int keyCode, int modifiers) {
        for (String type : List.of("rawKeyDown", "keyUp")) {
            call("Input.dispatchKeyEvent", Map.of("type", type, "key", key, "code", code,
                    "windowsVirtualKeyCode", keyCode, "nativeVirtualKeyCode", keyCode, "modifiers", modifiers));
        }
    }

    /** Saves a PNG of the viewport. */
    void screenshot(Path file) throws IOException {
        JsonNode r = call("Page.captureScreenshot", Map.of("format", "png"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(r.path("data").asText()));
    }

    List<String> console() {
        synchronized (console) {
            return List.copyOf(console);
        }
    }

    @Override
    public void close() {
        try {
            socket.abort();
        } catch (RuntimeException ignored) {
            // closing anyway
        }
        // Chromium's helpers (renderer, network service) are children of the browser process and may outlive it
        // for a moment, still writing to the profile: end them all before the profile is removed
        java.util.List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        helpers.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle h : helpers) {
                try {
                    h.onExit().get(5, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    h.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            helpers.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        }
        deleteProfile();
    }

    /** Removes the temporary profile; a file that vanishes while the tree is walked is no failure of the test. */
    private void deleteProfile() {
        for (int attempt = 0; attempt < 3 && Files.exists(profile); attempt++) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | java.io.UncheckedIOException ignored) {
                // a file went away (or appeared) during the walk: walk again
            }
        }
    }
}
