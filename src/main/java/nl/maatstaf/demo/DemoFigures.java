package nl.maatstaf.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.maatstaf.catalog.Indicator;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.catalog.Task;
import nl.maatstaf.catalog.TaskGroup;
import nl.maatstaf.submission.FieldKeys;
import nl.maatstaf.submission.TaskField;

/**
 * Deterministic, plausible questionnaire figures for one organisation, module and year. The
 * levels are calibrated on public benchmark figures (about € 2.900 execution cost per
 * bijstandsuitkering, € 600 per Wmo beschikking, € 950 per Jeugd beschikking, about 17
 * bijstandsuitkeringen per 1.000 inhabitants and 3 fte execution formation per 100 uitkeringen);
 * the spread between organisations is random but reproducible from the seed.
 */
final class DemoFigures {

    /** Per module: hoofdfactor per 1.000 inhabitants and execution cost per unit of hoofdfactor. */
    private record Calibration(double volumePerThousand, double costPerUnit, double secondVolumePerThousand) {}

    private static final Map<String, Calibration> CALIBRATION = Map.of(
            "PARTICIPATIE", new Calibration(17, 2900, 0),
            "WMO", new Calibration(26, 600, 45),
            "JEUGD", new Calibration(13, 950, 11),
            "SCHULDHULPVERLENING", new Calibration(3.2, 2100, 0));

    private static final Map<String, Double> GROUP_SHARE =
            Map.of("UITVOERING", 0.78, "BELEID", 0.07, "REGIE", 0.04, "OVERHEAD", 0.11);

    private static final Map<String, Double> TASK_WEIGHT = Map.ofEntries(
            Map.entry("KCC", 0.06),
            Map.entry("KM_INKOMEN", 0.25),
            Map.entry("UITKERINGSADMINISTRATIE", 0.12),
            Map.entry("KM_WERK", 0.28),
            Map.entry("BBZ", 0.03),
            Map.entry("TERUGVORDERING", 0.06),
            Map.entry("HANDHAVING", 0.07),
            Map.entry("BEZWAAR", 0.04),
            Map.entry("FAB", 0.05),
            Map.entry("KWALITEIT", 0.04),
            Map.entry("TOEGANG", 0.55),
            Map.entry("ADMINISTRATIE", 0.14),
            Map.entry("INTAKE", 0.30),
            Map.entry("SCHULDREGELING", 0.25),
            Map.entry("BUDGETBEHEER", 0.22),
            Map.entry("MANAGEMENT", 0.45),
            Map.entry("BEDRIJFSVOERING", 0.35),
            Map.entry("SECRETARIAAT", 0.20));

    private static final Map<String, Double> WAGE_PER_FTE =
            Map.of("MANAGEMENT", 98_000.0, "SECRETARIAAT", 54_000.0, "BELEID", 84_000.0);
    private static final double DEFAULT_WAGE_PER_FTE = 71_000;

    private final ModuleCatalog catalog;
    private final long inhabitants;
    private final Random random;
    private final double yearFactor;

    DemoFigures(ModuleCatalog catalog, String organisationName, long inhabitants, int yearsBeforeLatest) {
        this.catalog = catalog;
        this.inhabitants = inhabitants;
        // One seed per organisation and module keeps its profile stable over the years; the year
        // only adds a small drift, so a trend looks like a real organisation's history.
        this.random = new Random((organisationName + "/" + catalog.code()).hashCode() * 31L + catalog.year());
        this.yearFactor = Math.pow(0.97, yearsBeforeLatest);
    }

    Map<String, BigDecimal> generate() {
        Calibration calibration = CALIBRATION.getOrDefault(catalog.code(), new Calibration(10, 1000, 0));
        Random profile = new Random((catalog.code() + inhabitants).hashCode());
        double sizeEffect = 1 + 0.2 * Math.log10(inhabitants / 50_000.0);
        double volume = Math.max(
                20,
                inhabitants
                        / 1000.0
                        * calibration.volumePerThousand()
                        * sizeEffect
                        * lognormal(profile, 0.25)
                        * (0.97 + 0.06 * random.nextDouble()));
        double costPerUnit =
                calibration.costPerUnit() * lognormal(profile, 0.18) * yearFactor * (0.98 + 0.04 * random.nextDouble());
        double totalCost = volume * costPerUnit;

        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (TaskGroup group : catalog.groups()) {
            double groupCost = totalCost * GROUP_SHARE.getOrDefault(group.code(), 0.05) * lognormal(profile, 0.2);
            fillGroup(group, groupCost, profile, values);
        }
        fillIndicators(volume, calibration, profile, values);
        fillFinance(totalCost, profile, values);
        return values;
    }

    private void fillGroup(TaskGroup group, double groupCost, Random profile, Map<String, BigDecimal> values) {
        double outsourced = profile.nextDouble() < 0.25 ? groupCost * (0.03 + 0.12 * profile.nextDouble()) : 0;
        values.put(FieldKeys.outsourcing(group.code()), euros(outsourced));
        double remaining = groupCost - outsourced;
        List<Task> tasks = group.tasks();
        double totalWeight = tasks.stream().mapToDouble(this::weight).sum();
        for (Task task : tasks) {
            double share = weight(task) / totalWeight * (0.85 + 0.3 * profile.nextDouble());
            fillTask(task, remaining * share, profile, values);
        }
    }

    private void fillTask(Task task, double cost, Random profile, Map<String, BigDecimal> values) {
        double wage =
                WAGE_PER_FTE.getOrDefault(task.code(), DEFAULT_WAGE_PER_FTE) * (0.92 + 0.16 * profile.nextDouble());
        double hireShare = profile.nextDouble() < 0.3 ? 0.05 + 0.15 * profile.nextDouble() : 0;
        BigDecimal fte = BigDecimal.valueOf(cost * (1 - hireShare) / wage).setScale(1, RoundingMode.HALF_UP);
        if (fte.signum() == 0) {
            fte = new BigDecimal("0.1");
        }
        BigDecimal wages = fte.multiply(BigDecimal.valueOf(wage))
                .setScale(-2, RoundingMode.HALF_UP)
                .setScale(0);
        BigDecimal fteForOthers = BigDecimal.ZERO;
        BigDecimal revenue = BigDecimal.ZERO;
        if (profile.nextDouble() < 0.08 && fte.compareTo(BigDecimal.ONE) > 0) {
            fteForOthers = fte.multiply(new BigDecimal("0.2")).setScale(1, RoundingMode.HALF_UP);
            revenue = fteForOthers.multiply(BigDecimal.valueOf(wage * 1.1)).setScale(0, RoundingMode.HALF_UP);
        }
        values.put(FieldKeys.task(task.code(), TaskField.FTE), fte);
        values.put(FieldKeys.task(task.code(), TaskField.LOONKOSTEN), wages);
        values.put(FieldKeys.task(task.code(), TaskField.INHUURKOSTEN), euros(cost * hireShare));
        values.put(FieldKeys.task(task.code(), TaskField.FTE_DERDEN), fteForOthers);
        values.put(FieldKeys.task(task.code(), TaskField.OPBRENGSTEN_DERDEN), revenue);
    }

    private void fillIndicators(
            double volume, Calibration calibration, Random profile, Map<String, BigDecimal> values) {
        for (Indicator indicator : catalog.indicators()) {
            double value;
            if (indicator.code().equals(catalog.hoofdfactor())) {
                value = volume;
            } else if (indicator.code().equals(catalog.secondVolume())) {
                value = inhabitants / 1000.0 * calibration.secondVolumePerThousand() * lognormal(profile, 0.15);
            } else {
                value = switch (indicator.type()) {
                    case YESNO -> profile.nextDouble() < 0.7 ? 1 : 0;
                    case PERCENTAGE -> 40 + 50 * profile.nextDouble();
                    case YEARS -> 2 + profile.nextInt(4);
                    case FTE -> Math.round(volume / 100 * (0.5 + profile.nextDouble()) * 10) / 10.0;
                    case AMOUNT -> volume * 1000 * lognormal(profile, 0.2);
                    case COUNT, NUMBER -> countIndicator(indicator.code(), volume, profile);
                };
            }
            BigDecimal number = indicator.type() == nl.maatstaf.catalog.IndicatorType.COUNT
                    ? BigDecimal.valueOf(Math.round(value))
                    : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
            values.put(FieldKeys.indicator(indicator.code()), number);
        }
    }

    /** Counts are set against the hoofdfactor in realistic proportions. */
    private static double countIndicator(String code, double volume, Random profile) {
        double ratio = switch (code) {
            case "BEZWAAR" -> 0.03;
            case "BESCHIKKINGEN" -> 1.4;
            case "IOAW_IOAZ" -> 0.06;
            case "LKS" -> 0.08;
            case "REINTEGRATIETRAJECTEN" -> 0.35;
            case "AANBIEDERS" -> 0.04;
            case "INTEGRALE_INTAKES" -> 0.65;
            case "SCHULDREGELINGEN" -> 0.3;
            case "CLIENTEN_BUDGETBEHEER" -> 0.4;
            case "WSNP_VERKLARINGEN" -> 0.05;
            default -> 0.2;
        };
        return Math.max(1, volume * ratio * lognormal(profile, 0.25));
    }

    private void fillFinance(double totalCost, Random profile, Map<String, BigDecimal> values) {
        double budget = totalCost * (8 + 4 * profile.nextDouble());
        for (Indicator item : catalog.finance()) {
            double value = switch (item.code()) {
                case "UITPUTTING" -> budget * (0.94 + 0.14 * profile.nextDouble());
                case "BUDGET_VOLGEND_JAAR" -> budget * (1.01 + 0.05 * profile.nextDouble());
                default -> budget;
            };
            values.put(FieldKeys.finance(item.code()), euros(value));
        }
    }

    private double weight(Task task) {
        return TASK_WEIGHT.getOrDefault(task.code(), 0.05);
    }

    private static BigDecimal euros(double amount) {
        return BigDecimal.valueOf(Math.round(amount));
    }

    private static double lognormal(Random random, double sigma) {
        return Math.exp(random.nextGaussian() * sigma);
    }
}
