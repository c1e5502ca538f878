package nl.maatstaf.submission;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.maatstaf.catalog.ChangeWarnings;
import nl.maatstaf.catalog.Indicator;
import nl.maatstaf.catalog.Task;
import nl.maatstaf.catalog.TaskGroup;
import nl.maatstaf.common.DutchFormat;
import nl.maatstaf.common.DutchNumbers;
import nl.maatstaf.common.ParsedNumber;

/**
 * Checks a questionnaire's raw text (spec §3). Pure: the same text and context always give the
 * same findings, so the page, the API and the reviewer all see one truth. Nothing here stops a
 * draft from being saved; errors only block submission and warnings only ask for an explanation.
 */
final class SubmissionValidator {

    static final BigDecimal WAGE_PER_FTE_MINIMUM = new BigDecimal("40000");
    static final BigDecimal WAGE_PER_FTE_MAXIMUM = new BigDecimal("120000");
    /** A change of more than half against last year is worth a sentence of explanation. */
    static final BigDecimal CHANGE_LIMIT = ChangeWarnings.RELATIVE_LIMIT;
    /* A relative change only matters when it is also large in absolute terms (see ChangeWarnings). */
    static final BigDecimal MINIMUM_FTE_CHANGE = ChangeWarnings.MINIMUM_FTE_CHANGE;

    static final BigDecimal MINIMUM_COST_CHANGE = ChangeWarnings.MINIMUM_COST_CHANGE;
    static final BigDecimal MINIMUM_HOOFDFACTOR_CHANGE = ChangeWarnings.MINIMUM_HOOFDFACTOR_CHANGE;
    /** Below this many approved other participants a range says more about them than about you. */
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private SubmissionValidator() {}

    static ValidationResult validate(Questionnaire questionnaire, Map<String, String> raw, ValidationContext context) {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        Map<String, ValueMarker> markers = new LinkedHashMap<>();
        List<Finding> errors = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();
        for (QuestionnaireField field : questionnaire.fields()) {
            readField(field, raw.get(field.key()), numbers, markers, errors);
        }
        UnknownParts unknown = UnknownParts.of(questionnaire.catalog(), markers);
        checkMarkedGroups(questionnaire, unknown, raw, errors);
        // A field with an error is not also read as 0 (or as its refused value) by the rules
        // below: an unreadable fte would otherwise add "loonkosten zonder fte" to its own error.
        Set<String> erroneous = new HashSet<>();
        errors.forEach(f -> erroneous.add(f.fieldKey()));
        Map<String, BigDecimal> sound = new LinkedHashMap<>(numbers);
        sound.keySet().removeAll(erroneous);
        for (Task task : (Iterable<Task>) questionnaire.catalog().tasks()::iterator) {
            checkTask(task.code(), sound, erroneous, unknown, errors, warnings);
        }
        checkIndicators(questionnaire, numbers, errors);
        checkBounds(questionnaire, sound, warnings);
        checkPreviousYear(questionnaire, sound, erroneous, unknown, raw, context, warnings);
        // An unknown part leaves the total cost per unit undetermined: nothing to hold against a range.
        if (erroneous.stream().noneMatch(key -> countsForCostPerUnit(questionnaire, key)) && unknown.none()) {
            checkReferenceRange(questionnaire, sound, context, warnings);
        }
        return new ValidationResult(numbers, markers, errors, warnings);
    }

    private static void readField(
            QuestionnaireField field,
            String text,
            Map<String, BigDecimal> numbers,
            Map<String, ValueMarker> markers,
            List<Finding> errors) {
        if (field.type().text()) {
            if (text != null && text.strip().length() > FieldType.TEXT_MAXIMUM) {
                errors.add(Finding.error("textTooLong", field.key(), String.valueOf(FieldType.TEXT_MAXIMUM)));
            }
            return;
        }
        Optional<ValueMarker> marker = ValueMarker.read(text);
        if (marker.isPresent()) {
            if (field.allowsMarker()) {
                markers.put(field.key(), marker.get());
            } else {
                errors.add(Finding.error("markerNotAllowed", field.key(), text.strip()));
            }
            return;
        }
        if (field.type() == FieldType.GROUP_MARKER) {
            if (text != null && !text.isBlank()) {
                errors.add(Finding.error("groupMarkerOnly", field.key()));
            }
            return;
        }
        ParsedNumber parsed = DutchNumbers.parse(text, field.type().numberKind());
        if (parsed.isError()) {
            errors.add(
                    new Finding(Severity.ERROR, "unreadable", field.key(), field.key(), List.of(), parsed.errorKey()));
            return;
        }
        if (parsed.isEmpty()) {
            return;
        }
        BigDecimal value = parsed.value();
        String key = field.key();
        if (value.signum() < 0) {
            errors.add(Finding.error("negative", key, shown(field.type(), value)));
        } else if (field.type() == FieldType.YESNO && value.compareTo(BigDecimal.ONE) > 0) {
            errors.add(Finding.error("yesNo", key, shown(field.type(), value)));
        } else if (value.compareTo(field.type().maximum()) > 0) {
            errors.add(Finding.error(
                    "tooLarge",
                    key,
                    shown(field.type(), value),
                    shown(field.type(), field.type().maximum())));
        } else if (field.type().whole() && value.stripTrailingZeros().scale() > 0) {
            errors.add(Finding.error("notWhole", key, shown(field.type(), value)));
        }
        numbers.put(key, value);
    }

    private static void checkTask(
            String taskCode,
            Map<String, BigDecimal> numbers,
            Set<String> erroneous,
            UnknownParts unknown,
            List<Finding> errors,
            List<Finding> warnings) {
        if (unknown.anyInTask(taskCode)) {
            // The rules below compare a task's figures with each other; one of them is not known.
            return;
        }
        String fteKey = FieldKeys.task(taskCode, TaskField.FTE);
        String wagesKey = FieldKeys.task(taskCode, TaskField.LOONKOSTEN);
        String fteThirdKey = FieldKeys.task(taskCode, TaskField.FTE_DERDEN);
        String revenueKey = FieldKeys.task(taskCode, TaskField.OPBRENGSTEN_DERDEN);
        BigDecimal fte = orZero(numbers.get(fteKey));
        BigDecimal wages = orZero(numbers.get(wagesKey));
        BigDecimal fteThird = orZero(numbers.get(fteThirdKey));
        BigDecimal revenue = orZero(numbers.get(revenueKey));

        boolean fteSound = !erroneous.contains(fteKey);
        boolean wagesSound = !erroneous.contains(wagesKey);
        boolean fteThirdSound = !erroneous.contains(fteThirdKey);
        if (fteSound && fteThirdSound && fteThird.compareTo(fte) > 0) {
            errors.add(Finding.error(
                    "fteDerdenAboveFte", fteThirdKey, DutchFormat.forInput(fteThird), DutchFormat.forInput(fte)));
        }
        if (fteThirdSound && revenue.signum() > 0 && fteThird.signum() <= 0) {
            errors.add(Finding.error("opbrengstenWithoutFteDerden", revenueKey, DutchFormat.euro(revenue)));
        }
        if (!fteSound || !wagesSound) {
            return;
        }
        if (fte.signum() > 0 && wages.signum() <= 0) {
            warnings.add(Finding.warning("fteWithoutWages", wagesKey, "A." + taskCode, DutchFormat.forInput(fte)));
        } else if (wages.signum() > 0 && fte.signum() <= 0) {
            warnings.add(Finding.warning("wagesWithoutFte", fteKey, "A." + taskCode, DutchFormat.euro(wages)));
        } else if (fte.signum() > 0) {
            BigDecimal perFte = wages.divide(fte, MathContext.DECIMAL128);
            if (perFte.compareTo(WAGE_PER_FTE_MINIMUM) < 0 || perFte.compareTo(WAGE_PER_FTE_MAXIMUM) > 0) {
                warnings.add(Finding.warning(
                        "wagePerFte",
                        wagesKey,
                        "A." + taskCode,
                        DutchFormat.euro(perFte),
                        DutchFormat.euro(WAGE_PER_FTE_MINIMUM),
                        DutchFormat.euro(WAGE_PER_FTE_MAXIMUM)));
            }
        }
    }

    /** A group marked unknown as a whole has no figures of its own: a number in it contradicts the mark. */
    private static void checkMarkedGroups(
            Questionnaire questionnaire, UnknownParts unknown, Map<String, String> raw, List<Finding> errors) {
        for (TaskGroup group : questionnaire.catalog().groups()) {
            if (!unknown.wholeGroup(group.code())) {
                continue;
            }
            for (QuestionnaireField field : questionnaire.fields(Part.A)) {
                String text = raw.get(field.key());
                boolean inGroup = UnknownParts.groupOf(questionnaire.catalog(), field.key())
                        .filter(group.code()::equals)
                        .isPresent();
                if (inGroup
                        && field.type() != FieldType.GROUP_MARKER
                        && text != null
                        && !text.isBlank()
                        && ValueMarker.read(text).isEmpty()) {
                    errors.add(Finding.error("valueInMarkedGroup", field.key()));
                }
            }
        }
    }

    private static void checkIndicators(
            Questionnaire questionnaire, Map<String, BigDecimal> numbers, List<Finding> errors) {
        String hoofdfactorKey = questionnaire.hoofdfactorKey();
        BigDecimal hoofdfactor = numbers.get(hoofdfactorKey);
        boolean unreadable = errors.stream().anyMatch(f -> f.fieldKey().equals(hoofdfactorKey));
        if (hoofdfactor == null && !unreadable) {
            errors.add(Finding.error("hoofdfactorMissing", hoofdfactorKey));
        } else if (hoofdfactor != null && hoofdfactor.signum() == 0) {
            errors.add(Finding.error("hoofdfactorZero", hoofdfactorKey));
        }
        for (Indicator indicator : questionnaire.catalog().indicators()) {
            String key = FieldKeys.indicator(indicator.code());
            boolean hasFinding = errors.stream().anyMatch(f -> f.fieldKey().equals(key));
            if (indicator.required() && !key.equals(hoofdfactorKey) && !numbers.containsKey(key) && !hasFinding) {
                errors.add(Finding.error("requiredMissing", key));
            }
        }
    }

    /** The plausibility bounds the catalogue sets per indicator or finance item ask for an explanation. */
    private static void checkBounds(
            Questionnaire questionnaire, Map<String, BigDecimal> numbers, List<Finding> warnings) {
        for (QuestionnaireField field : questionnaire.fields()) {
            Optional<Indicator> indicator = questionnaire.catalog().indicators().stream()
                    .filter(i -> FieldKeys.indicator(i.code()).equals(field.key()))
                    .findFirst()
                    .or(() -> questionnaire.catalog().finance().stream()
                            .filter(i -> FieldKeys.finance(i.code()).equals(field.key()))
                            .findFirst());
            BigDecimal value = numbers.get(field.key());
            if (indicator.isEmpty() || value == null) {
                continue;
            }
            BigDecimal minimum = indicator.get().minimum();
            BigDecimal maximum = indicator.get().maximum();
            if (minimum != null && value.compareTo(minimum) < 0) {
                warnings.add(Finding.warning(
                        "belowMinimum",
                        field.key(),
                        field.key(),
                        shown(field.type(), value),
                        shown(field.type(), minimum)));
            } else if (maximum != null && value.compareTo(maximum) > 0) {
                warnings.add(Finding.warning(
                        "aboveMaximum",
                        field.key(),
                        field.key(),
                        shown(field.type(), value),
                        shown(field.type(), maximum)));
            }
        }
    }

    // Only tasks that are filled in now are compared: an empty task in a draft is usually "not yet
    // done", and warning for every one of them would bury the warnings that matter.
    private static void checkPreviousYear(
            Questionnaire questionnaire,
            Map<String, BigDecimal> numbers,
            Set<String> erroneous,
            UnknownParts unknown,
            Map<String, String> raw,
            ValidationContext context,
            List<Finding> warnings) {
        if (context.previousYear().isEmpty()) {
            return;
        }
        Map<String, BigDecimal> previous = context.previousYear().get();
        String year = String.valueOf(context.previousYearNumber());
        for (Task task : (Iterable<Task>) questionnaire.catalog().tasks()::iterator) {
            if (!anyFilled(task.code(), raw)
                    || anyErroneous(task.code(), erroneous)
                    || unknown.anyInTask(task.code())) {
                continue;
            }
            String subject = "A." + task.code();
            change(
                            NetFigures.netCost(previous, task.code()),
                            NetFigures.netCost(numbers, task.code()),
                            MINIMUM_COST_CHANGE)
                    .ifPresent(change -> warnings.add(Finding.warning(
                            "netCostChange",
                            FieldKeys.task(task.code(), TaskField.LOONKOSTEN),
                            subject,
                            DutchFormat.percentSigned(change),
                            year,
                            DutchFormat.euro(NetFigures.netCost(previous, task.code())),
                            DutchFormat.euro(NetFigures.netCost(numbers, task.code())),
                            ChangeWarnings.relativeLimitText(),
                            ChangeWarnings.minimumCostText())));
            change(
                            NetFigures.netFte(previous, task.code()),
                            NetFigures.netFte(numbers, task.code()),
                            MINIMUM_FTE_CHANGE)
                    .ifPresent(change -> warnings.add(Finding.warning(
                            "netFteChange",
                            FieldKeys.task(task.code(), TaskField.FTE),
                            subject,
                            DutchFormat.percentSigned(change),
                            year,
                            DutchFormat.decimal(NetFigures.netFte(previous, task.code()), 2),
                            DutchFormat.decimal(NetFigures.netFte(numbers, task.code()), 2),
                            ChangeWarnings.relativeLimitText(),
                            ChangeWarnings.minimumFteText())));
        }
        String hoofdfactorKey = questionnaire.hoofdfactorKey();
        BigDecimal before = previous.get(hoofdfactorKey);
        BigDecimal now = numbers.get(hoofdfactorKey);
        if (before != null && now != null) {
            change(before, now, MINIMUM_HOOFDFACTOR_CHANGE)
                    .ifPresent(change -> warnings.add(Finding.warning(
                            "hoofdfactorChange",
                            hoofdfactorKey,
                            hoofdfactorKey,
                            DutchFormat.percentSigned(change),
                            year,
                            DutchFormat.decimal(before, 0),
                            DutchFormat.decimal(now, 0),
                            ChangeWarnings.relativeLimitText(),
                            ChangeWarnings.minimumHoofdfactorText())));
        }
    }

    private static void checkReferenceRange(
            Questionnaire questionnaire,
            Map<String, BigDecimal> numbers,
            ValidationContext context,
            List<Finding> warnings) {
        Optional<ReferenceRange> range = context.referenceRange();
        Optional<BigDecimal> own = NetFigures.costPerHoofdfactor(questionnaire.catalog(), numbers);
        if (range.isEmpty() || own.isEmpty()) {
            return;
        }
        ReferenceRange r = range.get();
        BigDecimal value = own.get();
        if (value.compareTo(r.lower()) < 0 || value.compareTo(r.upper()) > 0) {
            warnings.add(Finding.warning(
                    "costPerUnitRange",
                    questionnaire.hoofdfactorKey(),
                    Finding.TOTAL,
                    DutchFormat.euro(value),
                    DutchFormat.euro(r.lower()),
                    DutchFormat.euro(r.upper()),
                    String.valueOf(r.year())));
        }
    }

    /**
     * The relative change in percent when it exceeds the limit and the absolute change is at least
     * {@code minimum}; nothing to compare against 0.
     */
    private static Optional<BigDecimal> change(BigDecimal before, BigDecimal now, BigDecimal minimum) {
        if (before.signum() <= 0 || now.subtract(before).abs().compareTo(minimum) < 0) {
            return Optional.empty();
        }
        BigDecimal relative = now.subtract(before).divide(before, MathContext.DECIMAL128);
        return relative.abs().compareTo(CHANGE_LIMIT) > 0 ? Optional.of(relative.multiply(HUNDRED)) : Optional.empty();
    }

    private static boolean anyErroneous(String taskCode, Set<String> erroneous) {
        for (TaskField field : TaskField.values()) {
            if (erroneous.contains(FieldKeys.task(taskCode, field))) {
                return true;
            }
        }
        return false;
    }

    /** Task values, outsourcing, capacity at member municipalities and the hoofdfactor make up the cost per unit. */
    private static boolean countsForCostPerUnit(Questionnaire questionnaire, String fieldKey) {
        return (fieldKey.startsWith("A.") && !FieldKeys.isText(fieldKey))
                || fieldKey.equals(questionnaire.hoofdfactorKey());
    }

    private static boolean anyFilled(String taskCode, Map<String, String> raw) {
        for (TaskField field : TaskField.values()) {
            String text = raw.get(FieldKeys.task(taskCode, field));
            if (text != null && !text.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static String shown(FieldType type, BigDecimal value) {
        return switch (type) {
            case AMOUNT -> DutchFormat.euro(value);
            case PERCENTAGE -> DutchFormat.forInput(value) + "%";
            default -> DutchFormat.decimal(value, value.stripTrailingZeros().scale() > 0 ? 2 : 0);
        };
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
