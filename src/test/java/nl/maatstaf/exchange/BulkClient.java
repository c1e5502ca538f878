package nl.maatstaf.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls the bulk API with HTTP Basic, with JSON or CSV bodies. */
final class BulkClient {

    static final String BEHEERDER = "beheerder";
    static final String DEMO_PASSWORD = "demo";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final HttpClient client = HttpClient.newHttpClient();

    BulkClient(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path, String username, String password) {
        return send(request(path, username, password).GET().build());
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) {
        return post(path, contentType, body, BEHEERDER, DEMO_PASSWORD);
    }

    HttpResponse<String> post(String path, String contentType, byte[] body, String username, String password) {
        return send(request(path, username, password)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    String export(int year, String query) {
        HttpResponse<String> response = get("/api/v1/bulk/" + year + query, BEHEERDER, DEMO_PASSWORD);
        if (response.statusCode() != 200) {
            throw new AssertionError("Export failed: " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + body, e);
        }
    }

    private HttpRequest.Builder request(String path, String username, String password) {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json, text/csv, application/problem+json");
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
}
