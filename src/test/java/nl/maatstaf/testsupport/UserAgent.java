package nl.maatstaf.testsupport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A scripted browser over real HTTP: keeps cookies, follows no redirects by itself, and sends
 * the CSRF token of the last page it saw with every form post, like a real browser form would.
 */
public final class UserAgent {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** What a browser asks for when it loads a page. */
    private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

    private final String baseUrl;
    private final HttpClient client;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String csrfToken;

    public UserAgent(int port) {
        this.baseUrl = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public static UserAgent loggedIn(int port, String username, String password) {
        return new UserAgent(port).logIn(username, password);
    }

    /** Logs this agent in, or fails the test. */
    public UserAgent logIn(String username, String password) {
        UserAgent agent = this;
        HttpResponse<String> response = agent.login(username, password);
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("fout")) {
            throw new IllegalStateException(
                    "Login failed for " + username + ": " + response.statusCode() + " " + location);
        }
        return agent;
    }

    /**
     * Sends a header with every further request, e.g. {@code X-Forwarded-For} as a trusted proxy
     * would, so a test can act from a source address of its own.
     */
    public UserAgent withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Acts from its own source address, as told by a trusted proxy. */
    public UserAgent from(String address) {
        return withHeader("X-Forwarded-For", address);
    }

    public HttpResponse<String> login(String username, String password) {
        get("/login");
        return postForm("/login", Map.of("username", username, "password", password));
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response =
                send(request(path).header("Accept", HTML).GET().build());
        rememberCsrfToken(response.body());
        return response;
    }

    /** Posts a form with the CSRF token of the last page seen. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrfToken != null) {
            all.putIfAbsent("_csrf", csrfToken);
        }
        return postFormWithoutToken(path, all);
    }

    /** Posts a form exactly as given, without adding a CSRF token. */
    public HttpResponse<String> postFormWithoutToken(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", HTML)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        rememberCsrfToken(response.body());
        return response;
    }

    public HttpResponse<String> postRaw(String path, String contentType, byte[] body) {
        return send(request(path)
                .header("Content-Type", contentType)
                .header("Accept", HTML)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    /** A download: the body as bytes. */
    public HttpResponse<byte[]> getBytes(String path) {
        return sendForBytes(request(path).GET().build());
    }

    /**
     * Posts a multipart form with one file, like a browser's file upload, with the CSRF token of
     * the last page seen.
     */
    public HttpResponse<String> postFile(
            String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        String boundary = boundary();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(multipartHead(boundary, fields, fileField, fileName));
        body.writeBytes(content);
        body.writeBytes(multipartTail(boundary));
        return sendForm(boundary, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()), path);
    }

    /**
     * Posts a multipart form with one file like {@link #postFile}, but streamed: sent chunked,
     * without Content-Length, as a client that does not announce the size would.
     */
    public HttpResponse<String> postFileChunked(
            String path, Map<String, String> fields, String fileField, String fileName, Supplier<InputStream> content) {
        String boundary = boundary();
        byte[] head = multipartHead(boundary, fields, fileField, fileName);
        byte[] tail = multipartTail(boundary);
        return sendForm(
                boundary,
                HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(
                        List.of(new ByteArrayInputStream(head), content.get(), new ByteArrayInputStream(tail))))),
                path);
    }

    private static String boundary() {
        return "----maatstaf" + System.nanoTime();
    }

    private byte[] multipartHead(String boundary, Map<String, String> fields, String fileField, String fileName) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrfToken != null) {
            all.putIfAbsent("_csrf", csrfToken);
        }
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        all.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static byte[] multipartTail(String boundary) {
        return ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> sendForm(String boundary, HttpRequest.BodyPublisher body, String path) {
        HttpResponse<String> response = send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", HTML)
                .POST(body)
                .build());
        rememberCsrfToken(response.body());
        return response;
    }

    /** Posts a raw body streamed, sent chunked without Content-Length, like {@link #postRaw}. */
    public HttpResponse<String> postRawChunked(String path, String contentType, Supplier<InputStream> body) {
        return send(request(path)
                .header("Content-Type", contentType)
                .header("Accept", HTML)
                .POST(HttpRequest.BodyPublishers.ofInputStream(body))
                .build());
    }

    /**
     * An API call with HTTP Basic credentials whose body is streamed: sent chunked, without
     * Content-Length.
     */
    public HttpResponse<String> apiChunked(
            String method,
            String path,
            String username,
            String password,
            String contentType,
            Supplier<InputStream> body) {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(request(path)
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofInputStream(body))
                .build());
    }

    /** A JSON API call with a personal API token; body may be null. */
    public HttpResponse<String> apiWithToken(String method, String path, String token, String jsonBody) {
        HttpRequest.Builder request =
                request(path).header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (jsonBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        }
        return send(request.build());
    }

    /** A JSON API call with HTTP Basic credentials; body may be null. */
    public HttpResponse<String> api(String method, String path, String username, String password, String jsonBody) {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request =
                request(path).header("Authorization", "Basic " + credentials).header("Accept", "application/json");
        if (jsonBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        }
        return send(request.build());
    }

    /** An API call with HTTP Basic credentials that sends and receives bytes (a file); body may be null. */
    public HttpResponse<byte[]> apiFile(
            String method, String path, String username, String password, String contentType, byte[] body) {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = request(path).header("Authorization", "Basic " + credentials);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        return sendForBytes(request.build());
    }

    /** A download through the API with HTTP Basic credentials, as bytes. */
    public HttpResponse<byte[]> apiDownload(String path, String username, String password) {
        return apiFile("GET", path, username, password, null, null);
    }

    public String csrfToken() {
        return csrfToken;
    }

    private void rememberCsrfToken(String html) {
        if (html == null) {
            return;
        }
        Matcher field = CSRF_FIELD.matcher(html);
        if (field.find()) {
            csrfToken = field.group(1);
            return;
        }
        Matcher meta = CSRF_META.matcher(html);
        if (meta.find()) {
            csrfToken = meta.group(1);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<byte[]> sendForBytes(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
        headers.forEach(builder::header);
        return builder;
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
