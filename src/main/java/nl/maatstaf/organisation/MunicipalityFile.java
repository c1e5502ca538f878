package nl.maatstaf.organisation;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a municipality list in the one format the platform accepts (docs/reference-data.md): CSV,
 * semicolon-separated, UTF-8 with or without BOM, a header row whose names are matched ignoring
 * case and order — Gemeentecode, Gemeentenaam, Provincienaam, Inwoners, and optionally
 * Huishoudens and Opvolger. A row with an Opvolger is a municipality that no longer exists in
 * this year's list, merged into the one named. Refuses the whole file at its first problem.
 */
final class MunicipalityFile {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_PROVINCE_LENGTH = 40;

    /** Header names as written in the documented format, with accepted older spellings. */
    enum Column {
        CODE("Gemeentecode", true),
        NAME("Gemeentenaam", true, "naam"),
        PROVINCE("Provincienaam", true, "provincie"),
        INHABITANTS("Inwoners", true),
        HOUSEHOLDS("Huishoudens", false),
        SUCCESSOR("Opvolger", false);

        final String header;
        final boolean required;
        final Set<String> names = new HashSet<>();

        Column(String header, boolean required, String... aliases) {
            this.header = header;
            this.required = required;
            names.add(header.toLowerCase(Locale.ROOT));
            for (String alias : aliases) {
                names.add(alias);
            }
        }
    }

    /** What a file holds: the municipalities of the year and the mergers it records. */
    record Contents(List<Entry> municipalities, Map<String, String> successors) implements Serializable {}

    /** One municipality of the file (households null when not given). */
    record Entry(String code, String name, String province, int inhabitants, Integer households)
            implements Serializable {}

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(\\.\\d{3})+|\\d{1,9}");
    // UTF-8 read as Latin-1 or Windows-1252 and saved again: Ã© for é, Ã« for ë, Â for a no-break space.
    private static final Pattern MOJIBAKE = Pattern.compile("[\u00C2\u00C3][\u0080-\u00BF\u2018-\u203A\u20AC]");

    private MunicipalityFile() {}

    static Contents read(byte[] content) {
        if (looksBinary(content)) {
            throw new InvalidMunicipalityListException(0, "garbled");
        }
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InvalidMunicipalityListException(0, "empty");
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        Map<Column, Integer> columns = header(lines[0]);
        List<Entry> entries = new ArrayList<>();
        Map<String, String> successors = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int index = 1; index < lines.length; index++) {
            int lineNumber = index + 1;
            String line = lines[index];
            if (line.isBlank()) {
                continue;
            }
            if (line.indexOf('\uFFFD') >= 0 || MOJIBAKE.matcher(line).find()) {
                throw new InvalidMunicipalityListException(lineNumber, "encoding");
            }
            String[] cells = line.split(";", -1);
            if (cells.length < columns.values().stream().mapToInt(i -> i).max().orElse(0) + 1) {
                throw new InvalidMunicipalityListException(lineNumber, "row", columns.size());
            }
            String code = MunicipalityCodes.normalize(cell(cells, columns, Column.CODE))
                    .orElseThrow(() -> new InvalidMunicipalityListException(lineNumber, "code"));
            Integer earlier = seen.putIfAbsent(code, lineNumber);
            if (earlier != null) {
                throw new InvalidMunicipalityListException(lineNumber, "duplicate", code, String.valueOf(earlier));
            }
            String successor = cell(cells, columns, Column.SUCCESSOR);
            if (!successor.isEmpty()) {
                successors.put(
                        code,
                        MunicipalityCodes.normalize(successor)
                                .filter(s -> !s.equals(code))
                                .orElseThrow(() -> new InvalidMunicipalityListException(lineNumber, "successor")));
                continue;
            }
            String name = cell(cells, columns, Column.NAME);
            if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
                throw new InvalidMunicipalityListException(lineNumber, "name", MAX_NAME_LENGTH);
            }
            String province = cell(cells, columns, Column.PROVINCE);
            if (province.isEmpty() || province.length() > MAX_PROVINCE_LENGTH) {
                throw new InvalidMunicipalityListException(lineNumber, "province", MAX_PROVINCE_LENGTH);
            }
            Integer inhabitants = number(cell(cells, columns, Column.INHABITANTS));
            if (inhabitants == null) {
                throw new InvalidMunicipalityListException(lineNumber, "inhabitants");
            }
            String householdsText = cell(cells, columns, Column.HOUSEHOLDS);
            Integer households = householdsText.isEmpty() ? null : number(householdsText);
            if (!householdsText.isEmpty() && households == null) {
                throw new InvalidMunicipalityListException(lineNumber, "households");
            }
            entries.add(new Entry(code, name, province, inhabitants, households));
        }
        if (entries.isEmpty()) {
            throw new InvalidMunicipalityListException(0, "empty");
        }
        Set<String> codes = new HashSet<>();
        entries.forEach(e -> codes.add(e.code()));
        for (Map.Entry<String, String> merger : successors.entrySet()) {
            if (!codes.contains(merger.getValue())) {
                throw new InvalidMunicipalityListException(
                        seen.get(merger.getKey()), "successorUnknown", merger.getKey(), merger.getValue());
            }
        }
        return new Contents(List.copyOf(entries), Map.copyOf(successors));
    }

    private static Map<Column, Integer> header(String line) {
        if (line.indexOf(';') < 0 && line.indexOf(',') >= 0) {
            throw new InvalidMunicipalityListException(1, "separator");
        }
        if (line.indexOf('\uFFFD') >= 0 || MOJIBAKE.matcher(line).find()) {
            throw new InvalidMunicipalityListException(1, "encoding");
        }
        String[] names = line.split(";", -1);
        Map<Column, Integer> columns = new LinkedHashMap<>();
        for (int index = 0; index < names.length; index++) {
            String name = unquote(names[index]).toLowerCase(Locale.ROOT);
            for (Column column : Column.values()) {
                if (column.names.contains(name)) {
                    if (columns.putIfAbsent(column, index) != null) {
                        throw new InvalidMunicipalityListException(1, "columnTwice", column.header);
                    }
                }
            }
        }
        if (columns.isEmpty()) {
            throw new InvalidMunicipalityListException(1, "header");
        }
        for (Column column : Column.values()) {
            if (column.required && !columns.containsKey(column)) {
                throw new InvalidMunicipalityListException(1, "missingColumn", column.header);
            }
        }
        return columns;
    }

    private static String cell(String[] cells, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null ? "" : unquote(cells[index]);
    }

    private static String unquote(String cell) {
        String stripped = cell.strip();
        if (stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")) {
            stripped = stripped.substring(1, stripped.length() - 1)
                    .replace("\"\"", "\"")
                    .strip();
        }
        return stripped;
    }

    /** A whole number as CBS and Dutch spreadsheets write it: 12345 or 12.345. */
    private static Integer number(String text) {
        if (!NUMBER.matcher(text).matches()) {
            return null;
        }
        long value = Long.parseLong(text.replace(".", ""));
        return value > 99_999_999L ? null : (int) value;
    }

    /** A spreadsheet (xlsx is a zip, xls an OLE file) or any file with NUL bytes is not CSV text. */
    private static boolean looksBinary(byte[] content) {
        if (content.length >= 4
                && ((content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4)
                        || ((content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF))) {
            return true;
        }
        int control = 0;
        for (byte b : content) {
            if (b == 0) {
                return true;
            }
            if (b > 0 && b < 32 && b != '\n' && b != '\r' && b != '\t') {
                control++;
            }
        }
        return control > 0 && control * 100 > content.length;
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidMunicipalityListException(firstBadLine(content), "encoding");
        }
    }

    /** The line of the first byte that is not UTF-8, so the message can name it. */
    private static int firstBadLine(byte[] content) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                try {
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(content, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return 0;
    }
}
