package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link BenchmarkEngine#compareAll} for one full peiljaar: four modules of 15 tasks in 4 groups,
 * 6 indicators and 6 derived indicators each, every organisation taking part in every module.
 * Synthetic data from a fixed seed, so every run measures the same work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmark {

    private static final int MINIMUM_REFERENCE_SIZE = 5;

    @Param({"100", "400", "1000", "10000"})
    public int organisations;

    private List<ModuleDefinition> modules;
    private List<List<OrganisationInput>> participantsByModule;

    @Setup
    public void generate() {
        Random random = new Random(42);
        modules = List.of(module("PARTICIPATIE"), module("WMO"), module("JEUGD"), module("SCHULDHULP"));
        participantsByModule = new ArrayList<>();
        for (ModuleDefinition module : modules) {
            List<OrganisationInput> participants = new ArrayList<>(organisations);
            for (int id = 1; id <= organisations; id++) {
                participants.add(organisation(module, id, random));
            }
            participantsByModule.add(participants);
        }
    }

    /** What the application does when a peiljaar's results are (re)calculated. */
    @Benchmark
    public void compareAllModules(Blackhole blackhole) {
        for (int m = 0; m < modules.size(); m++) {
            blackhole.consume(
                    BenchmarkEngine.compareAll(modules.get(m), participantsByModule.get(m), MINIMUM_REFERENCE_SIZE));
        }
    }

    /**
     * The same work, but each comparison is handed on and dropped instead of all of them being kept
     * in maps: at 10.000 organisations, keeping roughly a gigabyte of results alive makes garbage
     * collection the dominant cost, which this variant leaves out.
     */
    @Benchmark
    public void compareEachModuleWithoutKeepingResults(Blackhole blackhole) {
        for (int m = 0; m < modules.size(); m++) {
            BenchmarkEngine.compareEach(
                    modules.get(m), participantsByModule.get(m), MINIMUM_REFERENCE_SIZE, blackhole::consume);
        }
    }

    /**
     * As the first, plus reading every deviation: {@link ComparisonLine} computes deviations when asked,
     * so this is the cost of a peiljaar when every line of every organisation is shown.
     */
    @Benchmark
    public void compareAllModulesAndReadEveryDeviation(Blackhole blackhole) {
        for (int m = 0; m < modules.size(); m++) {
            Map<Long, Comparison> comparisons =
                    BenchmarkEngine.compareAll(modules.get(m), participantsByModule.get(m), MINIMUM_REFERENCE_SIZE);
            for (Comparison comparison : comparisons.values()) {
                for (ComparisonLine line : comparison.lines()) {
                    blackhole.consume(line.deviation());
                    blackhole.consume(line.deviationPercentage());
                }
            }
        }
    }

    private static ModuleDefinition module(String code) {
        List<GroupDefinition> groups = List.of(
                new GroupDefinition("UITVOERING", taskCodes(code, "U", 10)),
                new GroupDefinition("BELEID", taskCodes(code, "B", 1)),
                new GroupDefinition("REGIE", taskCodes(code, "R", 1)),
                new GroupDefinition("OVERHEAD", taskCodes(code, "O", 3)));
        String bezwaar = code + "_U9";
        List<DerivedIndicatorDefinition> derived = List.of(
                derived("HOOFDFACTOR_PER_1000", "hoofdfactor", "inhabitants", "1000"),
                derived("BEZWAAR_PER_FTE", "indicator:BEZWAAR", "fte:task:" + bezwaar, "1"),
                derived("LOONKOSTEN_PER_FTE", "loonkosten:total", "fteGross:total", "1"),
                derived("AANDEEL_INHUUR", "inhuur:total", "cost:total", "100"),
                derived("OVERHEAD_FTE", "fte:group:OVERHEAD", "fte:total", "100"),
                derived("UITPUTTING", "finance:UITPUTTING", "finance:BUDGET", "100"));
        return new ModuleDefinition(code, "HOOFDFACTOR", groups, derived);
    }

    private static List<String> taskCodes(String module, String group, int count) {
        List<String> codes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            codes.add(module + "_" + group + i);
        }
        return codes;
    }

    private static DerivedIndicatorDefinition derived(
            String code, String numerator, String denominator, String factor) {
        return new DerivedIndicatorDefinition(code, numerator, denominator, new BigDecimal(factor));
    }

    private static OrganisationInput organisation(ModuleDefinition module, long id, Random random) {
        Map<String, TaskInput> tasks = new HashMap<>();
        Map<String, BigDecimal> outsourcing = new HashMap<>();
        for (GroupDefinition group : module.groups()) {
            for (String taskCode : group.taskCodes()) {
                tasks.put(taskCode, task(random));
            }
            outsourcing.put(group.code(), BigDecimal.valueOf(random.nextInt(250_000)));
        }
        Map<String, BigDecimal> indicators = new HashMap<>();
        indicators.put("HOOFDFACTOR", BigDecimal.valueOf(100 + random.nextInt(10_000)));
        for (String indicator : List.of("BEZWAAR", "BESCHIKKINGEN", "TRAJECTEN", "LKS", "WIJKTEAM_FTE")) {
            indicators.put(indicator, BigDecimal.valueOf(random.nextInt(2_000)));
        }
        Map<String, BigDecimal> finance = new HashMap<>();
        finance.put("BUDGET", BigDecimal.valueOf(1_000_000 + random.nextInt(50_000_000)));
        finance.put("UITPUTTING", BigDecimal.valueOf(1_000_000 + random.nextInt(50_000_000)));
        BigDecimal inhabitants = BigDecimal.valueOf(5_000 + random.nextInt(500_000));
        return new OrganisationInput(id, inhabitants, tasks, outsourcing, indicators, finance);
    }

    private static TaskInput task(Random random) {
        BigDecimal fte = BigDecimal.valueOf(random.nextInt(200), 1);
        BigDecimal loonkosten = fte.multiply(BigDecimal.valueOf(45_000 + random.nextInt(60_000)));
        BigDecimal inhuur = random.nextInt(4) == 0 ? BigDecimal.valueOf(random.nextInt(150_000)) : BigDecimal.ZERO;
        // One task in eight does a fifth of its work for other organisations.
        boolean worksForOthers = random.nextInt(8) == 0;
        BigDecimal share = worksForOthers ? new BigDecimal("0.2") : BigDecimal.ZERO;
        BigDecimal fteDerden = fte.multiply(share);
        BigDecimal opbrengsten = loonkosten.multiply(share);
        return new TaskInput(fte, loonkosten, inhuur, fteDerden, opbrengsten);
    }
}
