package nl.maatstaf.organisation;

import java.util.Locale;
import java.util.Optional;

/** CBS municipality codes as people and files write them: GM0014, gm0014, 0014 or 14 (Excel drops the zeros). */
final class MunicipalityCodes {

    private MunicipalityCodes() {}

    /** The code as stored ({@code GM0014}), or empty when the text is no municipality code. */
    static Optional<String> normalize(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (code.startsWith("GM")) {
            code = code.substring(2);
        }
        if (!code.matches("\\d{1,4}")) {
            return Optional.empty();
        }
        return Optional.of("GM" + "0".repeat(4 - code.length()) + code);
    }
}
