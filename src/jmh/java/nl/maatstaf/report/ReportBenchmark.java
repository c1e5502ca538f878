package nl.maatstaf.report;

import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import nl.maatstaf.results.ReportFixtures;
import nl.maatstaf.results.ResultsReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The report and exports of one organisation for the shipped Participatie catalogue (the worked
 * example of spec §5 with two peiljaren of trend), without Spring: the same template, bundles and
 * writers as the application, on results that are already computed (as they are, cached, in the
 * application).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReportBenchmark {

    private static final LocalDateTime GENERATED = LocalDateTime.of(2026, 3, 2, 14, 5);

    private ResultsReport report;
    private PdfReport pdf;
    private ExportRows rows;

    @Setup
    public void prepare() {
        report = ReportFixtures.workedExample();
        pdf = ReportTemplates.pdf();
        rows = new ExportRows(ReportTemplates.texts());
    }

    /** The whole PDF: template to XHTML, layout, font subset, PDF bytes. */
    @Benchmark
    public byte[] pdf() {
        return pdf.render(report, GENERATED);
    }

    /** Only the Thymeleaf part of the PDF. */
    @Benchmark
    public String pdfTemplate() {
        return pdf.xhtml(report, GENERATED);
    }

    @Benchmark
    public byte[] excel() {
        return ExcelExport.write(rows.sheets(report, GENERATED));
    }

    @Benchmark
    public byte[] csv() {
        return CsvExport.write(rows.sheets(report, GENERATED));
    }
}
