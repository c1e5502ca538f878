package nl.maatstaf.engine;

import static nl.maatstaf.engine.Fixtures.organisation;
import static nl.maatstaf.engine.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberCapacityTest {

    private static final ModuleDefinition MODULE = Fixtures.participatie();

    private static OrganisationInput cooperationWithPolicyStaffAtItsMembers() {
        return organisation(1)
                .cooperation()
                .hoofdfactor("200")
                .task("BELEID", task("1", "90000", "0", "0", "0"))
                .outsourcing("BELEID", "10000")
                .memberCapacity("BELEID", "1.5", "120000")
                .build();
    }

    @Test
    void theGroupFiguresIncludeTheCapacityAtMemberMunicipalities() {
        GroupFigures beleid = BenchmarkEngine.figures(MODULE, cooperationWithPolicyStaffAtItsMembers())
                .group("BELEID");

        assertThat(beleid.figures().cost()).isEqualByComparingTo("220000");
        assertThat(beleid.figures().fte()).isEqualByComparingTo("2.5");
        assertThat(beleid.figures().costPerUnit()).isEqualByComparingTo("1100");
        assertThat(beleid.figures().ftePer100Units()).isEqualByComparingTo("1.25");
    }

    @Test
    void theSubLineShowsTheCapacityOnItsOwnWithPerUnitValues() {
        GroupFigures beleid = BenchmarkEngine.figures(MODULE, cooperationWithPolicyStaffAtItsMembers())
                .group("BELEID");

        CostAndFte capacity = beleid.memberCapacityLine().orElseThrow();
        assertThat(capacity.cost()).isEqualByComparingTo("120000");
        assertThat(capacity.fte()).isEqualByComparingTo("1.5");
        assertThat(capacity.costPerUnit()).isEqualByComparingTo("600");
        assertThat(capacity.ftePer100Units()).isEqualByComparingTo("0.75");
    }

    @Test
    void theTotalIncludesTheCapacityAtMemberMunicipalities() {
        OrganisationInput input = organisation(1)
                .cooperation()
                .hoofdfactor("100")
                .task("KCC", task("2", "100000", "0", "0", "0"))
                .memberCapacity("UITVOERING", "0.5", "30000")
                .memberCapacity("BELEID", "1", "80000")
                .build();

        OrganisationFigures figures = BenchmarkEngine.figures(MODULE, input);

        assertThat(figures.total().cost()).isEqualByComparingTo("210000");
        assertThat(figures.total().fte()).isEqualByComparingTo("3.5");
        assertThat(figures.total().costPerUnit()).isEqualByComparingTo("2100");
    }

    @Test
    void aDerivedIndicatorReadingGroupFteCountsTheCapacityAtMemberMunicipalities() {
        OrganisationInput input = organisation(1)
                .cooperation()
                .hoofdfactor("100")
                .task("KCC", task("3", "150000", "0", "0", "0"))
                .memberCapacity("OVERHEAD", "1", "70000")
                .build();

        DerivedIndicatorValue overhead =
                BenchmarkEngine.figures(MODULE, input).derivedIndicator("OVERHEAD_FTE_PERCENTAGE");

        assertThat(overhead.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("25"));
    }

    @Test
    void aGroupWithoutCapacityAtMemberMunicipalitiesHasNoSubLine() {
        GroupFigures regie = BenchmarkEngine.figures(MODULE, cooperationWithPolicyStaffAtItsMembers())
                .group("REGIE");

        assertThat(regie.memberCapacityLine()).isEmpty();
    }

    @Test
    void theCapacityAtMemberMunicipalitiesHasNoComparisonLineOfItsOwn() {
        List<OrganisationInput> references = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            references.add(organisation(10 + i)
                    .hoofdfactor("200")
                    .task("BELEID", task("1", "80000", "0", "0", "0"))
                    .build());
        }
        OrganisationInput without = organisation(1)
                .cooperation()
                .hoofdfactor("200")
                .task("BELEID", task("1", "90000", "0", "0", "0"))
                .build();

        Comparison with = BenchmarkEngine.compare(MODULE, cooperationWithPolicyStaffAtItsMembers(), references, 5);
        Comparison plain = BenchmarkEngine.compare(MODULE, without, references, 5);

        assertThat(with.lines()).extracting(ComparisonLine::figure).isEqualTo(BenchmarkEngine.figureIds(MODULE));
        assertThat(with.lines()).hasSameSizeAs(plain.lines());
        assertThat(with.line(FigureId.groupCostPerUnit("BELEID")).own())
                .hasValueSatisfying(own -> assertThat(own).isEqualByComparingTo("1100"));
    }

    @Test
    void aReferenceCooperationsCapacityCountsInTheReferenceGroupFigureNotInAFigureOfItsOwn() {
        List<OrganisationInput> references = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            references.add(organisation(10 + i)
                    .hoofdfactor("200")
                    .task("BELEID", task("1", "100000", "0", "0", "0"))
                    .build());
        }
        references.add(organisation(20)
                .cooperation()
                .hoofdfactor("200")
                .task("BELEID", task("1", "100000", "0", "0", "0"))
                .memberCapacity("BELEID", "1", "100000")
                .build());
        OrganisationInput own = organisation(1)
                .hoofdfactor("200")
                .task("BELEID", task("1", "100000", "0", "0", "0"))
                .build();

        Comparison comparison = BenchmarkEngine.compare(MODULE, own, references, 5);

        // per unit 500, 500, 500, 500 and 1000 → 600
        assertThat(comparison.line(FigureId.groupCostPerUnit("BELEID")).referenceMean())
                .hasValueSatisfying(mean -> assertThat(mean).isEqualByComparingTo("600"));
    }

    @Test
    void aMunicipalityInputWithCapacityAtMemberMunicipalitiesIsRefused() {
        assertThatThrownBy(() -> organisation(7)
                        .hoofdfactor("100")
                        .memberCapacity("BELEID", "1", "50000")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no cooperation");
    }

    @Test
    void capacityForAGroupTheModuleDoesNotHaveIsRefused() {
        OrganisationInput input = organisation(1)
                .cooperation()
                .hoofdfactor("100")
                .memberCapacity("ONBEKEND", "1", "50000")
                .build();

        assertThatThrownBy(() -> BenchmarkEngine.figures(MODULE, input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ONBEKEND");
    }
}
