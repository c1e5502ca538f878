package nl.maatstaf.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.organisation.MunicipalityRegister;
import nl.maatstaf.organisation.Organisation;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.submission.ApprovedSubmissions;
import nl.maatstaf.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ReferenceAndDemoDataIT {

    @Autowired
    MunicipalityRegister municipalities;

    @Autowired
    OrganisationService organisations;

    @Autowired
    CatalogService catalog;

    @Autowired
    Enrolments enrolments;

    @Autowired
    ApprovedSubmissions approved;

    @Test
    void shipsAllMunicipalitiesOf2019WithTheirInhabitants() {
        assertThat(municipalities.referenceYears()).containsEntry(2019, 355);
        assertThat(municipalities.find("GM0361")).hasValueSatisfying(m -> {
            assertThat(m.name()).isEqualTo("Alkmaar");
            assertThat(m.referenceYear()).isEqualTo(2019);
        });
    }

    @Test
    void countsTheInhabitantsOfACooperationAsTheSumOfItsMembers() {
        Organisation mer = organisations.findByName("Servicecentrum MER").orElseThrow();
        long expected = List.of("GM1711", "GM1669", "GM1641").stream()
                .mapToLong(code -> municipalities.find(code).orElseThrow().inhabitants())
                .sum();

        assertThat(mer.inhabitants()).isEqualTo(expected).isBetween(70_000L, 80_000L);
    }

    @Test
    void givesEveryModuleOfTheDemoYearsAtLeastFortyApprovedParticipants() {
        for (int year : List.of(2023, 2024, 2025)) {
            for (String module : CatalogService.MODULE_ORDER) {
                assertThat(enrolments.participants(year, module)).hasSizeGreaterThanOrEqualTo(40);
                assertThat(approved.approved(year, module)).hasSizeGreaterThanOrEqualTo(40);
            }
        }
    }

    @Test
    void loadsTheFourModuleCataloguesForEachDemoYear() {
        assertThat(catalog.forYear(2025))
                .extracting(m -> m.code())
                .containsExactly("PARTICIPATIE", "WMO", "JEUGD", "SCHULDHULPVERLENING");
    }
}
