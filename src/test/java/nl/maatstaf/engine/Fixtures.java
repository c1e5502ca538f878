package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Participatie module like the catalogue's, and a small builder for organisations. */
final class Fixtures {

    static final String HOOFDFACTOR = "BIJSTANDSUITKERINGEN";

    private Fixtures() {}

    static ModuleDefinition participatie() {
        return new ModuleDefinition(
                "PARTICIPATIE",
                HOOFDFACTOR,
                List.of(
                        new GroupDefinition(
                                "UITVOERING",
                                List.of(
                                        "KCC",
                                        "KLANTMANAGEMENT_INKOMEN",
                                        "UITKERINGSADMINISTRATIE",
                                        "KLANTMANAGEMENT_WERK",
                                        "BBZ",
                                        "TERUGVORDERING",
                                        "HANDHAVING",
                                        "BEZWAAR",
                                        "APPLICATIEBEHEER",
                                        "KWALITEIT")),
                        new GroupDefinition("BELEID", List.of("BELEID")),
                        new GroupDefinition("REGIE", List.of("REGIE")),
                        new GroupDefinition("OVERHEAD", List.of("MANAGEMENT", "BEDRIJFSVOERING", "SECRETARIAAT"))),
                List.of(
                        derived("HOOFDFACTOR_PER_1000_INWONERS", "hoofdfactor", "inhabitants", "1000"),
                        derived("BEZWAAR_PER_FTE_BEZWAAR", "indicator:BEZWAAR", "fte:task:BEZWAAR", "1"),
                        derived("LOONKOSTEN_PER_FTE", "loonkosten:total", "fteGross:total", "1"),
                        derived("AANDEEL_INHUUR", "inhuur:total", "cost:total", "100"),
                        derived("OVERHEAD_FTE_PERCENTAGE", "fte:group:OVERHEAD", "fte:total", "100"),
                        derived("UITPUTTING", "finance:UITPUTTING", "finance:BUDGET", "100")));
    }

    static DerivedIndicatorDefinition derived(String code, String numerator, String denominator, String factor) {
        return new DerivedIndicatorDefinition(code, numerator, denominator, new BigDecimal(factor));
    }

    static TaskInput task(
            String fte, String loonkosten, String inhuurkosten, String fteDerden, String opbrengstenDerden) {
        return new TaskInput(
                new BigDecimal(fte),
                new BigDecimal(loonkosten),
                new BigDecimal(inhuurkosten),
                new BigDecimal(fteDerden),
                new BigDecimal(opbrengstenDerden));
    }

    static OrganisationBuilder organisation(long id) {
        return new OrganisationBuilder(id);
    }

    static BigDecimal euros(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP);
    }

    static BigDecimal twoDecimals(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }

    static final class OrganisationBuilder {
        private final long id;
        private BigDecimal inhabitants;
        private final Map<String, TaskInput> tasks = new LinkedHashMap<>();
        private final Map<String, BigDecimal> outsourcing = new LinkedHashMap<>();
        private final Map<String, BigDecimal> indicators = new LinkedHashMap<>();
        private final Map<String, BigDecimal> finance = new LinkedHashMap<>();
        private final Map<String, Map<TaskComponent, Unknown>> unknownTasks = new LinkedHashMap<>();
        private final Map<String, Unknown> unknownOutsourcing = new LinkedHashMap<>();
        private final Map<String, Unknown> unknownGroups = new LinkedHashMap<>();
        private final Map<String, MemberCapacity> memberCapacity = new LinkedHashMap<>();
        private boolean cooperation;

        private OrganisationBuilder(long id) {
            this.id = id;
        }

        OrganisationBuilder hoofdfactor(String value) {
            return indicator(HOOFDFACTOR, value);
        }

        OrganisationBuilder inhabitants(String value) {
            inhabitants = new BigDecimal(value);
            return this;
        }

        OrganisationBuilder task(String code, TaskInput input) {
            tasks.put(code, input);
            return this;
        }

        OrganisationBuilder outsourcing(String groupCode, String value) {
            outsourcing.put(groupCode, new BigDecimal(value));
            return this;
        }

        OrganisationBuilder indicator(String code, String value) {
            indicators.put(code, new BigDecimal(value));
            return this;
        }

        OrganisationBuilder finance(String code, String value) {
            finance.put(code, new BigDecimal(value));
            return this;
        }

        OrganisationBuilder unknown(String taskCode, TaskComponent component, Unknown why) {
            unknownTasks
                    .computeIfAbsent(taskCode, code -> new EnumMap<>(TaskComponent.class))
                    .put(component, why);
            return this;
        }

        OrganisationBuilder unknownOutsourcing(String groupCode, Unknown why) {
            unknownOutsourcing.put(groupCode, why);
            return this;
        }

        OrganisationBuilder unknownGroup(String groupCode, Unknown why) {
            unknownGroups.put(groupCode, why);
            return this;
        }

        OrganisationBuilder cooperation() {
            cooperation = true;
            return this;
        }

        OrganisationBuilder memberCapacity(String groupCode, String fte, String cost) {
            memberCapacity.put(groupCode, new MemberCapacity(new BigDecimal(fte), new BigDecimal(cost)));
            return this;
        }

        OrganisationInput build() {
            return new OrganisationInput(
                    id,
                    inhabitants,
                    tasks,
                    outsourcing,
                    indicators,
                    finance,
                    new InputGaps(unknownTasks, unknownOutsourcing, unknownGroups),
                    cooperation,
                    memberCapacity);
        }
    }
}
