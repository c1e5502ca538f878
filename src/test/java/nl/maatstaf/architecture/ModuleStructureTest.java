package nl.maatstaf.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nl.maatstaf.MaatstafApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The module boundaries, checked once for the whole application. */
class ModuleStructureTest {

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.maatstaf");

    @Test
    void modulesOnlyUseEachOthersPublicSurfaceAndHaveNoCycles() {
        ApplicationModules.of(MaatstafApplication.class).verify();
    }

    @Test
    void calculationEngineIsPlainJavaWithoutFrameworkOrDatabase() {
        noClasses()
                .that()
                .resideInAPackage("nl.maatstaf.engine..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("nl.maatstaf.engine..", "java..")
                .check(MAIN_CLASSES);
    }

    @Test
    void webControllersAndRepositoriesAreNotPublic() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Controller")
                .or()
                .haveSimpleNameEndingWith("Repository")
                .should()
                .bePublic()
                .check(MAIN_CLASSES);
    }
}
