package nl.maatstaf.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.maatstaf.common.DutchFormat;
import nl.maatstaf.common.DutchNumbers;
import nl.maatstaf.submission.FieldKeys;
import nl.maatstaf.submission.SubmissionDetailKeys;
import nl.maatstaf.submission.ValueMarker;

/**
 * The JSON format, in the conventions of the submission API:
 * {@code {"year": 2025, "submissions": [{"organisation": "GM0003", "module": "PARTICIPATIE",
 * "values": {"A.KM_INKOMEN.fte": 12.5, …}}]}}. Numbers are JSON numbers, read exactly.
 */
final class JsonBulkFormat {

    private static final Set<String> ROOT = Set.of("year", "submissions");
    private static final Set<String> SUBMISSION = Set.of("organisation", "module", "values");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private JsonBulkFormat() {}

    static byte[] write(int year, List<ExportedSubmission> submissions) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("year", year);
        ArrayNode list = root.putArray("submissions");
        for (ExportedSubmission submission : submissions) {
            ObjectNode node = list.addObject();
            node.put("organisation", submission.organisation());
            node.put("module", submission.module());
            ObjectNode values = node.putObject("values");
            submission.values().forEach((key, value) -> values.put(key, plain(value)));
            submission.markers().forEach((key, marker) -> values.put(key, marker.name()));
            submission.texts().forEach(values::put);
            submission.details().forEach((key, value) -> {
                if (value instanceof BigDecimal number) {
                    values.put(key, plain(number));
                } else {
                    values.put(key, String.valueOf(value));
                }
            });
        }
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BulkFile read(byte[] content) {
        JsonNode root;
        try {
            root = MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            return failed(
                    location == null
                            ? BulkProblem.ofFile("exchange.json.malformed", 0, 0)
                            : BulkProblem.ofFile(
                                    "exchange.json.malformed", location.getLineNr(), location.getColumnNr()));
        } catch (IOException e) {
            return failed(BulkProblem.ofFile("exchange.json.malformed", 0, 0));
        }
        if (root == null || !root.isObject()) {
            return failed(BulkProblem.ofFile("exchange.json.structure"));
        }
        List<BulkProblem> problems = new ArrayList<>();
        unknownProperties(root, ROOT, 0, problems);
        Integer year = null;
        JsonNode yearNode = root.get("year");
        // Integral first: a decimal year such as 1E+2147483647 is never compared at all.
        if (yearNode == null || !yearNode.isIntegralNumber() || !yearNode.canConvertToInt()) {
            problems.add(BulkProblem.ofFile("exchange.json.year"));
        } else {
            year = yearNode.intValue();
        }
        JsonNode list = root.get("submissions");
        if (list == null || !list.isArray()) {
            problems.add(BulkProblem.ofFile("exchange.json.submissions"));
            return new BulkFile(BulkFormat.JSON, year, List.of(), problems);
        }
        List<BulkEntry> entries = new ArrayList<>();
        int position = 0;
        for (JsonNode submission : list) {
            position++;
            readSubmission(position, submission, entries, problems);
        }
        return new BulkFile(BulkFormat.JSON, year, entries, problems);
    }

    private static void readSubmission(
            int position, JsonNode submission, List<BulkEntry> entries, List<BulkProblem> problems) {
        if (!submission.isObject()) {
            problems.add(BulkProblem.at(position, "exchange.json.submission"));
            return;
        }
        unknownProperties(submission, SUBMISSION, position, problems);
        String organisation = text(submission.get("organisation"));
        String module = text(submission.get("module"));
        JsonNode values = submission.get("values");
        if (organisation == null || module == null || values == null || !values.isObject()) {
            problems.add(new BulkProblem(position, organisation, module, null, "exchange.json.submission", List.of()));
            return;
        }
        entries.add(new BulkEntry(position, organisation, module, null, null));
        for (Map.Entry<String, JsonNode> field : values.properties()) {
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            // A description is text, and so are "NIET_BEKEND" and "NIET_VAN_TOEPASSING" (validation
            // decides whether the field may say so), the basis, peildatum, kind and reason of
            // correction lines; every other value is a number.
            if (value.isTextual()
                    && (FieldKeys.isText(field.getKey())
                            || SubmissionDetailKeys.isDetail(field.getKey())
                            || ValueMarker.read(value.textValue()).isPresent())) {
                entries.add(new BulkEntry(position, organisation, module, field.getKey(), value.textValue()));
                continue;
            }
            if (!value.isNumber()) {
                problems.add(new BulkProblem(
                        position, organisation, module, field.getKey(), "exchange.json.notANumber", List.of()));
                continue;
            }
            BigDecimal number = value.decimalValue();
            if (!DutchNumbers.withinBounds(number)) {
                problems.add(new BulkProblem(
                        position,
                        organisation,
                        module,
                        JsonBulkFormat.abbreviate(field.getKey()),
                        DutchNumbers.ERROR_TOO_MANY_DIGITS,
                        List.of(DutchNumbers.MAX_DIGITS)));
                continue;
            }
            entries.add(new BulkEntry(position, organisation, module, field.getKey(), DutchFormat.forInput(number)));
        }
    }

    private static void unknownProperties(JsonNode node, Set<String> known, int row, List<BulkProblem> problems) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                problems.add(BulkProblem.at(row, "exchange.json.unknownProperty", abbreviate(name)));
            }
        });
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() && !node.textValue().isBlank()
                ? node.textValue().strip()
                : null;
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    private static BulkFile failed(BulkProblem problem) {
        return new BulkFile(BulkFormat.JSON, null, List.of(), List.of(problem));
    }
}
