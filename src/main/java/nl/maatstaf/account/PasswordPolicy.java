package nl.maatstaf.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.passay.DictionaryRule;
import org.passay.EnglishSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RepeatCharacterRegexRule;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.stereotype.Component;

/**
 * What a new password must be, wherever one is set: 12 characters or more, at most the 72 bytes
 * bcrypt reads, not a common password (also not one with digits or signs added at the end), not
 * containing the username, and not all one character or a simple run such as "abcde", "12345"
 * or "qwert". Answers with the bundle key of the first problem, for the message at the field.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    private static final int MIN_DISTINCT_CHARACTERS = 5;
    private static final String COMMON_PASSWORDS = "/account/common-passwords.txt";

    private static final String LENGTH = "password.error.length";
    private static final String USERNAME = "password.error.username";
    private static final String COMMON = "password.error.common";
    private static final String SIMPLE = "password.error.simple";

    private final WordListDictionary common;
    private final PasswordValidator validator;

    PasswordPolicy() {
        this.common = new WordListDictionary(new ArrayWordList(commonPasswords(), false, new ArraysSort()));
        this.validator = new PasswordValidator(
                new LengthRule(MIN_LENGTH, Integer.MAX_VALUE),
                new UsernameRule(true, true),
                new DictionaryRule(common),
                new IllegalSequenceRule(EnglishSequenceData.Alphabetical, 5, false),
                new IllegalSequenceRule(EnglishSequenceData.Numerical, 5, false),
                new IllegalSequenceRule(EnglishSequenceData.USQwerty, 5, false),
                new RepeatCharacterRegexRule(5));
    }

    /** The bundle key of what is wrong with the password, or empty when it may be used. */
    Optional<String> problem(String username, String password) {
        if (password == null
                || password.length() < MIN_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(LENGTH);
        }
        PasswordData data = new PasswordData(username == null ? "" : username.strip(), password);
        RuleResult result = validator.validate(data);
        Set<String> codes =
                result.getDetails().stream().map(RuleResultDetail::getErrorCode).collect(Collectors.toSet());
        if (codes.contains(LengthRule.ERROR_CODE_MIN)) {
            return Optional.of(LENGTH);
        }
        if (codes.contains(UsernameRule.ERROR_CODE) || codes.contains(UsernameRule.ERROR_CODE_REVERSED)) {
            return Optional.of(USERNAME);
        }
        if (codes.contains(DictionaryRule.ERROR_CODE) || isCommonWithSomethingAdded(password)) {
            return Optional.of(COMMON);
        }
        if (!result.isValid() || password.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS) {
            return Optional.of(SIMPLE);
        }
        return Optional.empty();
    }

    /** "Welkom2024!" is "welkom" with a year and a sign: as guessable as the word itself. */
    private boolean isCommonWithSomethingAdded(String password) {
        String base = password.toLowerCase(Locale.ROOT).replaceFirst("[\\d\\p{Punct}\\s]+$", "");
        return !base.isEmpty() && common.search(base);
    }

    private static String[] commonPasswords() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + COMMON_PASSWORDS);
            }
            List<String> words = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .distinct()
                    .toList();
            return words.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
