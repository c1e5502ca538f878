package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic synthetic submissions for the Participatie fixture, varied enough to hit the edge
 * cases: tasks left empty, work for third parties, missing inhabitants and finance, zero budgets,
 * and identical organisations (ties in every figure).
 */
final class RandomOrganisations {

    private RandomOrganisations() {}

    static List<OrganisationInput> generate(ModuleDefinition module, int count, long seed) {
        Random random = new Random(seed);
        List<OrganisationInput> organisations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long id = 1000 + i;
            if (i % 10 == 9) {
                organisations.add(copyWithId(organisations.get(i - 1), id));
            } else {
                organisations.add(organisation(module, id, random));
            }
        }
        return organisations;
    }

    private static OrganisationInput organisation(ModuleDefinition module, long id, Random random) {
        Map<String, TaskInput> tasks = new LinkedHashMap<>();
        Map<String, BigDecimal> outsourcing = new LinkedHashMap<>();
        for (GroupDefinition group : module.groups()) {
            for (String taskCode : group.taskCodes()) {
                if (random.nextInt(5) > 0) {
                    tasks.put(taskCode, task(random));
                }
            }
            if (random.nextBoolean()) {
                outsourcing.put(group.code(), BigDecimal.valueOf(random.nextInt(200_000)));
            }
        }
        Map<String, BigDecimal> indicators = new LinkedHashMap<>();
        indicators.put(module.hoofdfactorIndicator(), BigDecimal.valueOf(50 + random.nextInt(5000)));
        indicators.put("BEZWAAR", BigDecimal.valueOf(random.nextInt(300)));
        Map<String, BigDecimal> finance = new LinkedHashMap<>();
        if (random.nextInt(4) > 0) {
            finance.put(
                    "BUDGET", BigDecimal.valueOf(random.nextInt(3) == 0 ? 0 : 1_000_000 + random.nextInt(9_000_000)));
            finance.put("UITPUTTING", BigDecimal.valueOf(900_000 + random.nextInt(9_000_000)));
        }
        BigDecimal inhabitants = random.nextInt(5) == 0 ? null : BigDecimal.valueOf(5_000 + random.nextInt(300_000));
        return new OrganisationInput(id, inhabitants, tasks, outsourcing, indicators, finance);
    }

    private static TaskInput task(Random random) {
        BigDecimal fte = BigDecimal.valueOf(random.nextInt(80), 1);
        BigDecimal loonkosten = fte.multiply(BigDecimal.valueOf(45_000 + random.nextInt(60_000)));
        BigDecimal inhuur = random.nextInt(4) == 0 ? BigDecimal.valueOf(random.nextInt(90_000)) : BigDecimal.ZERO;
        boolean worksForOthers = random.nextInt(6) == 0 && fte.signum() > 0;
        BigDecimal fteDerden = worksForOthers ? fte.divide(BigDecimal.valueOf(4)) : BigDecimal.ZERO;
        BigDecimal opbrengsten = worksForOthers ? BigDecimal.valueOf(random.nextInt(50_000)) : BigDecimal.ZERO;
        return new TaskInput(fte, loonkosten, inhuur, fteDerden, opbrengsten);
    }

    private static OrganisationInput copyWithId(OrganisationInput original, long id) {
        return new OrganisationInput(
                id,
                original.inhabitants(),
                original.tasks(),
                original.outsourcingByGroup(),
                original.indicators(),
                original.finance());
    }
}
