package nl.maatstaf.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.maatstaf.MaatstafApplication;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.Indicator;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.catalog.Task;
import nl.maatstaf.organisation.Municipality;
import nl.maatstaf.organisation.MunicipalityRegister;
import nl.maatstaf.organisation.OrganisationService;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A bulk import of a whole peiljaar through the real application (Spring context, Flyway, the
 * questionnaire's validation, batch inserts): {@code organisations} cooperations × 4 modules, every
 * task's fte, wages and hired staff and every indicator filled, read from a file of the given
 * format. Each measured import goes into a new, empty peiljaar, enrolling every organisation.
 * The embedded H2 file database (in a temporary directory) by default; {@code -Dbench.db.url=jdbc:postgresql://…} (with
 * {@code bench.db.user}/{@code bench.db.password}) runs it on PostgreSQL after cleaning that database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class BulkImportBenchmark {

    private static final String[] MODULES = {"PARTICIPATIE", "WMO", "JEUGD", "SCHULDHULPVERLENING"};

    @Param({"400"})
    int organisations;

    @Param({"json", "csv"})
    String format;

    private ConfigurableApplicationContext context;
    private BulkExchange exchange;
    private CatalogService catalogs;
    private byte[] template;
    private int year = 3000;
    private byte[] file;
    private int values;
    private Path directory;

    @Setup(Level.Trial)
    public void start() {
        String url = System.getProperty("bench.db.url");
        String user = System.getProperty("bench.db.user", "postgres");
        String password = System.getProperty("bench.db.password", "");
        List<String> properties = new ArrayList<>(List.of(
                "server.port=0",
                "maatstaf.demo.enabled=false",
                "logging.level.root=WARN",
                "spring.main.banner-mode=off"));
        if (url == null) {
            // The embedded default (an H2 file database), in a fresh temporary directory.
            try {
                directory = Files.createTempDirectory("maatstaf-bulkbench");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            properties.add("spring.datasource.url=jdbc:h2:file:" + directory.toAbsolutePath()
                    + "/maatstaf;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE");
            properties.add("spring.datasource.username=sa");
            properties.add("spring.datasource.password=");
        } else {
            Flyway.configure()
                    .dataSource(url, user, password)
                    .cleanDisabled(false)
                    .load()
                    .clean();
            properties.add("spring.datasource.url=" + url);
            properties.add("spring.datasource.username=" + user);
            properties.add("spring.datasource.password=" + password);
        }
        // As command-line arguments, so they win over application.properties.
        context = new SpringApplicationBuilder(MaatstafApplication.class)
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
        exchange = context.getBean(BulkExchange.class);
        catalogs = context.getBean(CatalogService.class);
        OrganisationService register = context.getBean(OrganisationService.class);
        List<Municipality> municipalities =
                context.getBean(MunicipalityRegister.class).latest();
        catalogs.openYearWithStandardCatalog(year);
        Random random = new Random(20250101L);
        List<ExportedSubmission> submissions = new ArrayList<>();
        for (int i = 0; i < organisations; i++) {
            List<String> members = List.of(
                    municipalities.get((2 * i) % municipalities.size()).code(),
                    municipalities.get((2 * i + 1) % municipalities.size()).code());
            long id = register.registerCooperation("Benchmarksamenwerking " + i, members);
            String code = register.find(id).orElseThrow().code();
            for (String module : MODULES) {
                ModuleCatalog catalog = catalogs.find(year, module).orElseThrow();
                submissions.add(new ExportedSubmission(code, module, figures(catalog, random)));
            }
        }
        values = submissions.stream().mapToInt(s -> s.values().size()).sum();
        template = "json".equals(format) ? JsonBulkFormat.write(year, submissions) : CsvBulkFormat.write(submissions);
        System.out.printf(
                Locale.ROOT,
                "%n%d submissions, %d values, %d bytes of %s%n",
                submissions.size(),
                values,
                template.length,
                format);
    }

    @Setup(Level.Iteration)
    public void nextYear() {
        int previous = year;
        year++;
        catalogs.openYearWithStandardCatalog(year);
        file = "json".equals(format)
                ? new String(template, java.nio.charset.StandardCharsets.UTF_8)
                        .replaceFirst("\"year\" : " + previous, "\"year\" : " + year)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)
                : template;
        template = file;
    }

    @Benchmark
    public BulkReport importPeiljaar() {
        BulkReport report = exchange.importFile(
                year, BulkExchange.read(file, null), true, false, "benchmark", Locale.forLanguageTag("nl-NL"));
        if (report.imported() != organisations * MODULES.length) {
            throw new IllegalStateException("Import refused: "
                    + report.lines().subList(0, Math.min(5, report.lines().size())));
        }
        return report;
    }

    @TearDown(Level.Trial)
    public void stop() {
        System.out.printf(Locale.ROOT, "%nvalues per import: %d%n", values);
        context.close();
        if (directory != null) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Map<String, BigDecimal> figures(ModuleCatalog catalog, Random random) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        catalog.tasks().forEach((Task task) -> {
            BigDecimal fte = BigDecimal.valueOf(50 + random.nextInt(1950), 2);
            BigDecimal wagePerFte = BigDecimal.valueOf(55000 + random.nextInt(30000));
            figures.put("A." + task.code() + ".fte", fte);
            figures.put(
                    "A." + task.code() + ".loonkosten", fte.multiply(wagePerFte).setScale(0, RoundingMode.HALF_UP));
            figures.put("A." + task.code() + ".inhuurkosten", BigDecimal.valueOf(random.nextInt(200000)));
        });
        for (Indicator indicator : catalog.indicators()) {
            BigDecimal value = switch (indicator.type()) {
                case PERCENTAGE -> BigDecimal.valueOf(random.nextInt(10000), 2);
                case YESNO -> BigDecimal.valueOf(random.nextInt(2));
                case YEARS -> BigDecimal.valueOf(1 + random.nextInt(40));
                case FTE, NUMBER -> BigDecimal.valueOf(100 + random.nextInt(10000), 1);
                default -> BigDecimal.valueOf(500 + random.nextInt(20000));
            };
            figures.put("B." + indicator.code(), value);
        }
        for (Indicator item : catalog.finance()) {
            figures.put("C." + item.code(), BigDecimal.valueOf(100000 + random.nextInt(5000000)));
        }
        return figures;
    }
}
