package nl.maatstaf.submission;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.maatstaf.catalog.Task;
import nl.maatstaf.common.DutchFormat;
import nl.maatstaf.common.DutchNumbers;
import nl.maatstaf.common.NumberKind;
import nl.maatstaf.common.ParsedNumber;

/**
 * Checks the basis, peildatum and correction lines of a draft. Pure like {@link
 * SubmissionValidator}: errors block submission, never a save.
 */
final class DetailsValidator {

    /** The field of the basis and of the peildatum on the afsluiting tab. */
    static final String BASIS_FIELD = "basis";

    static final String PEILDATUM_FIELD = "peildatum";
    /** The longest reason a correction line keeps in a submitted version. */
    static final int REASON_MAXIMUM = 500;

    private static final String CORRECTION_PREFIX = "correctie.";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern(
                    "d MMMM uuuu", Locale.forLanguageTag("nl-NL"))
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d-M-uuuu");

    private DetailsValidator() {}

    /**
     * What the details come to: the basis and correction lines a version would hold, and the
     * errors that stop it.
     *
     * @param basis null while the peildatum stops submission
     */
    record Checked(SubmissionBasis basis, List<HireCorrection> corrections, List<Finding> errors) {

        Checked {
            corrections = List.copyOf(corrections);
            errors = List.copyOf(errors);
        }
    }

    /** The form and API name of one part of a correction line: {@code correctie.KCC.1.bedrag}. */
    static String correctionField(String taskCode, int lineNo, String part) {
        return CORRECTION_PREFIX + taskCode + "." + lineNo + "." + part;
    }

    /** What the names of a task's correction fields start with: {@code correctie.KCC.}. */
    static String correctionPrefix(String taskCode) {
        return CORRECTION_PREFIX + taskCode + ".";
    }

    static boolean isDetailField(String fieldKey) {
        return fieldKey.equals(BASIS_FIELD)
                || fieldKey.equals(PEILDATUM_FIELD)
                || fieldKey.startsWith(CORRECTION_PREFIX);
    }

    static Checked check(Questionnaire questionnaire, ValidationResult values, DraftDetails details) {
        List<Finding> errors = new ArrayList<>();
        SubmissionBasis basis = checkBasis(questionnaire.catalog().year(), details, errors);
        List<HireCorrection> corrections = new ArrayList<>();
        for (Task task : (Iterable<Task>) questionnaire.catalog().tasks()::iterator) {
            checkTask(task.code(), values, details.correctionsOf(task.code()), corrections, errors);
        }
        return new Checked(basis, corrections, errors);
    }

    /** A peildatum as typed: 1-1-2026, 01/01/2026, 2026-01-01 or 1 januari 2026. */
    static Optional<LocalDate> parseDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String typed = text.strip();
        try {
            Matcher dmy = DAY_MONTH_YEAR.matcher(typed);
            if (dmy.matches()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(dmy.group(3)),
                        Integer.parseInt(dmy.group(2)),
                        Integer.parseInt(dmy.group(1))));
            }
            Matcher iso = ISO.matcher(typed);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(iso.group(1)),
                        Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            return Optional.of(LocalDate.parse(typed.toLowerCase(Locale.ROOT), WRITTEN));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The earliest peildatum that still describes the peiljaar's formation: a year before it. */
    static LocalDate earliest(int year) {
        return LocalDate.of(year - 1, 1, 1);
    }

    /** The latest plausible peildatum: the end of the year after the peiljaar. */
    static LocalDate latest(int year) {
        return LocalDate.of(year + 1, 12, 31);
    }

    private static SubmissionBasis checkBasis(int year, DraftDetails details, List<Finding> errors) {
        if (details.chosenBasis() == Basis.BEGROTING) {
            return SubmissionBasis.BUDGET;
        }
        if (details.peildatum() == null) {
            errors.add(error("peildatumMissing", PEILDATUM_FIELD, PEILDATUM_FIELD));
            return null;
        }
        Optional<LocalDate> date = parseDate(details.peildatum());
        if (date.isEmpty()) {
            errors.add(error("peildatumUnreadable", PEILDATUM_FIELD, PEILDATUM_FIELD, details.peildatum()));
            return null;
        }
        if (date.get().isBefore(earliest(year)) || date.get().isAfter(latest(year))) {
            errors.add(error(
                    "peildatumOutOfRange",
                    PEILDATUM_FIELD,
                    PEILDATUM_FIELD,
                    SHOWN.format(date.get()),
                    String.valueOf(year),
                    SHOWN.format(earliest(year)),
                    SHOWN.format(latest(year))));
            return null;
        }
        return new SubmissionBasis(Basis.FORMATIE, date.get());
    }

    private static void checkTask(
            String taskCode,
            ValidationResult values,
            List<DraftDetails.Line> lines,
            List<HireCorrection> corrections,
            List<Finding> errors) {
        if (lines.isEmpty()) {
            return;
        }
        String subject = "A." + taskCode;
        BigDecimal total = BigDecimal.ZERO;
        int lineNo = 0;
        String lastAmountField = null;
        boolean complete = true;
        for (DraftDetails.Line line : lines) {
            lineNo++;
            String no = String.valueOf(lineNo);
            CorrectionKind kind = CorrectionKind.parse(line.kind());
            if (kind == null) {
                errors.add(error("correctionKindMissing", correctionField(taskCode, lineNo, "soort"), subject, no));
            }
            String amountField = correctionField(taskCode, lineNo, "bedrag");
            lastAmountField = amountField;
            BigDecimal amount = amount(line.amount(), amountField, subject, no, errors);
            if (amount != null) {
                total = total.add(amount);
            }
            String reasonField = correctionField(taskCode, lineNo, "reden");
            if (line.reason() == null) {
                errors.add(error("correctionReasonMissing", reasonField, subject, no));
            } else if (line.reason().length() > REASON_MAXIMUM) {
                errors.add(error(
                        "correctionReasonTooLong",
                        reasonField,
                        subject,
                        no,
                        String.valueOf(REASON_MAXIMUM),
                        String.valueOf(line.reason().length())));
            }
            if (kind != null
                    && amount != null
                    && line.reason() != null
                    && line.reason().length() <= REASON_MAXIMUM) {
                corrections.add(new HireCorrection(taskCode, kind, amount, line.reason()));
            } else {
                complete = false;
            }
        }
        String hireKey = FieldKeys.task(taskCode, TaskField.INHUURKOSTEN);
        // An inhuur field with its own error is not compared: that error comes first.
        if (values.errorsAt(hireKey).isEmpty()) {
            BigDecimal hire = values.numbers().get(hireKey);
            if (HireCorrections.exceeds(hire, total)) {
                errors.add(error(
                        "correctionExceedsHire",
                        lastAmountField,
                        subject,
                        DutchFormat.euro(total),
                        DutchFormat.euro(hire == null ? BigDecimal.ZERO : hire)));
            }
        }
        if (!complete) {
            corrections.removeIf(c -> c.taskCode().equals(taskCode));
        }
    }

    private static BigDecimal amount(String text, String field, String subject, String no, List<Finding> errors) {
        if (text == null) {
            errors.add(error("correctionAmountMissing", field, subject, no));
            return null;
        }
        ParsedNumber parsed = DutchNumbers.parse(text, NumberKind.AMOUNT);
        if (parsed.isError()) {
            errors.add(new Finding(
                    Severity.ERROR, "correctionAmountUnreadable", field, subject, List.of(no), parsed.errorKey()));
            return null;
        }
        if (parsed.value().signum() <= 0 || SubmissionRepository.storable(parsed.value()) == null) {
            errors.add(error("correctionAmountNotPositive", field, subject, no));
            return null;
        }
        return parsed.value();
    }

    private static Finding error(String rule, String field, String subject, String... args) {
        return new Finding(Severity.ERROR, rule, field, subject, List.of(args), null);
    }

    /** A date as the page shows it: 1-1-2026. */
    static String shown(LocalDate date) {
        return SHOWN.format(date);
    }
}
