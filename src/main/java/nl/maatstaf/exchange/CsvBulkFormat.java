package nl.maatstaf.exchange;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.maatstaf.common.DutchFormat;

/**
 * The CSV long format, one value per line: {@code organisatie;module;veld;waarde} with a header,
 * semicolons and a decimal comma, as Dutch Excel writes it. Written in UTF-8 with a byte order
 * mark so Excel shows accents; read with or without one. A comma-separated file is recognised by
 * its header; a decimal comma in it is reported per line, never guessed.
 */
final class CsvBulkFormat {

    static final List<String> HEADER = List.of("organisatie", "module", "veld", "waarde");
    private static final char BOM = '\uFEFF';
    private static final String LINE_END = "\r\n";

    private CsvBulkFormat() {}

    static byte[] write(List<ExportedSubmission> submissions) {
        StringBuilder text = new StringBuilder();
        text.append(BOM).append(String.join(";", HEADER)).append(LINE_END);
        for (ExportedSubmission submission : submissions) {
            submission.values().forEach((key, value) -> line(text, submission, key, DutchFormat.forInput(value)));
            submission.markers().forEach((key, marker) -> line(text, submission, key, marker.shown()));
            submission.texts().forEach((key, value) -> line(text, submission, key, quoted(value)));
            submission
                    .details()
                    .forEach((key, value) -> line(
                            text,
                            submission,
                            key,
                            value instanceof BigDecimal number
                                    ? DutchFormat.forInput(number)
                                    : quoted(String.valueOf(value))));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder text, ExportedSubmission submission, String key, String cell) {
        text.append(submission.organisation())
                .append(';')
                .append(submission.module())
                .append(';')
                .append(key)
                .append(';')
                .append(cell)
                .append(LINE_END);
    }

    /**
     * A text with a semicolon, a quote or a line break goes in quotes, quotes doubled; a line break
     * would end the line, so it becomes a space.
     */
    static String quoted(String cell) {
        if (cell.indexOf(';') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replaceAll("\\R", " ").replace("\"", "\"\"") + '"';
    }

    static BulkFile read(byte[] content) {
        List<BulkEntry> entries = new ArrayList<>();
        List<BulkProblem> problems = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return failed(BulkProblem.ofFile("exchange.csv.notUtf8"));
        }
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        int headerLine = 0;
        while (headerLine < lines.length && lines[headerLine].isBlank()) {
            headerLine++;
        }
        if (headerLine == lines.length) {
            return failed(BulkProblem.ofFile("exchange.file.empty"));
        }
        Character separator = separatorOf(lines[headerLine]);
        if (separator == null) {
            return failed(BulkProblem.at(headerLine + 1, "exchange.csv.header", String.join(";", HEADER)));
        }
        for (int i = headerLine + 1; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = split(line, separator);
            if (cells == null) {
                problems.add(BulkProblem.at(lineNumber, "exchange.csv.quote"));
            } else if (separator == ',' && cells.size() == HEADER.size() + 1) {
                problems.add(
                        BulkProblem.at(lineNumber, "exchange.csv.decimalComma", cells.get(3) + "," + cells.get(4)));
            } else if (cells.size() != HEADER.size()) {
                problems.add(BulkProblem.at(lineNumber, "exchange.csv.columns", HEADER.size(), cells.size()));
            } else {
                entries.add(new BulkEntry(
                        lineNumber,
                        cells.get(0).strip(),
                        cells.get(1).strip(),
                        cells.get(2).strip(),
                        cells.get(3).strip()));
            }
        }
        return new BulkFile(BulkFormat.CSV, null, entries, problems);
    }

    private static BulkFile failed(BulkProblem problem) {
        return new BulkFile(BulkFormat.CSV, null, List.of(), List.of(problem));
    }

    private static Character separatorOf(String header) {
        for (char candidate : new char[] {';', ','}) {
            List<String> cells = split(header, candidate);
            if (cells != null
                    && cells.stream()
                            .map(c -> c.strip().toLowerCase(Locale.ROOT))
                            .toList()
                            .equals(HEADER)) {
                return candidate;
            }
        }
        return null;
    }

    /** The cells of one line; quotes may surround a cell and double to escape. Null when unbalanced. */
    static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        cells.add(cell.toString());
        return cells;
    }
}
