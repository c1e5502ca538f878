package nl.maatstaf.report;

import nl.maatstaf.results.ReportFixtures;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The report's writers as the application builds them, without Spring: for tests and benchmarks. */
public final class ReportTemplates {

    private ReportTemplates() {}

    public static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(ReportFixtures.messages());
        return engine;
    }

    static ReportTexts texts() {
        return new ReportTexts(ReportFixtures.messages());
    }

    static PdfReport pdf() {
        return new PdfReport(engine(), texts());
    }
}
