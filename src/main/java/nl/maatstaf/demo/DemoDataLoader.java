package nl.maatstaf.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.maatstaf.account.Role;
import nl.maatstaf.account.UserAccounts;
import nl.maatstaf.account.UserAccounts.NewAccount;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.edition.EditionPublisher;
import nl.maatstaf.edition.EditionService;
import nl.maatstaf.edition.ReferencePolicy;
import nl.maatstaf.organisation.Municipality;
import nl.maatstaf.organisation.MunicipalityRegister;
import nl.maatstaf.organisation.Organisation;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.submission.ApprovedSubmissions;
import nl.maatstaf.submission.FieldKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo benchmark once: the cooperations named in the reference data plus every
 * seventh other municipality, each taking part in all four modules, with approved figures for
 * three peiljaren, published with every reference group policy allowed, and the accounts
 * beheerder, deelnemer and lezer (password demo).
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "maatstaf.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    static final List<Integer> DEMO_YEARS = List.of(2023, 2024, 2025);
    static final String DEMO_COOPERATION = "Servicecentrum MER";
    static final String DEMO_PASSWORD = "demo";
    private static final String LOADER = "demo-data";
    private static final String NAMED_SET = "Regionale vergelijking";
    private static final int NAMED_SET_OTHERS = 5;

    private static final Map<String, List<String>> COOPERATIONS = demoCooperations();

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final UserAccounts accounts;
    private final OrganisationService organisations;
    private final MunicipalityRegister municipalities;
    private final CatalogService catalog;
    private final Enrolments enrolments;
    private final ApprovedSubmissions approved;
    private final TransactionTemplate transaction;
    private final EditionService editions;
    private final EditionPublisher publisher;

    DemoDataLoader(
            UserAccounts accounts,
            OrganisationService organisations,
            MunicipalityRegister municipalities,
            CatalogService catalog,
            Enrolments enrolments,
            ApprovedSubmissions approved,
            TransactionTemplate transaction,
            EditionService editions,
            EditionPublisher publisher) {
        this.editions = editions;
        this.publisher = publisher;
        this.accounts = accounts;
        this.organisations = organisations;
        this.municipalities = municipalities;
        this.catalog = catalog;
        this.enrolments = enrolments;
        this.approved = approved;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.find("beheerder").isPresent()) {
            return;
        }
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> load());
        log.info("Demo data loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void load() {
        List<Organisation> participants = registerParticipants();
        for (int year : DEMO_YEARS) {
            catalog.openYearWithStandardCatalog(year);
            int yearsBeforeLatest = DEMO_YEARS.get(DEMO_YEARS.size() - 1) - year;
            // Inhabitants as in that peiljaar: its members and its municipality list.
            List<Organisation> inYear = organisations.findAll(
                    participants.stream().map(Organisation::id).toList(), year);
            for (ModuleCatalog module : catalog.forYear(year)) {
                for (Organisation organisation : inYear) {
                    enrolments.enrol(organisation.id(), year, module.code());
                    DemoFigures figures =
                            new DemoFigures(module, organisation.name(), organisation.inhabitants(), yearsBeforeLatest);
                    if (organisation.name().equals(DEMO_COOPERATION)) {
                        storeWithMemberCapacity(organisation, year, module, figures);
                    } else {
                        approved.storeApproved(organisation.id(), year, module.code(), figures.generate(), LOADER);
                    }
                }
                configureEdition(year, module.code(), participants);
            }
        }
        createAccounts();
    }

    /**
     * The demo cooperation's member municipalities still keep policy staff and a front desk of their
     * own, so a newcomer sees the sub-line "capaciteit bij de deelnemende gemeenten" under Beleid
     * and Uitvoering, counted in those groups.
     */
    private void storeWithMemberCapacity(
            Organisation cooperation, int year, ModuleCatalog module, DemoFigures figures) {
        Map<String, BigDecimal> values = new LinkedHashMap<>(figures.generate());
        Map<String, String> texts = new LinkedHashMap<>();
        for (String[] capacity : MEMBER_CAPACITY) {
            String group = capacity[0];
            if (module.groups().stream().anyMatch(g -> g.code().equals(group))) {
                values.put(FieldKeys.memberFte(group), new BigDecimal(capacity[1]));
                values.put(FieldKeys.memberCost(group), new BigDecimal(capacity[2]));
                texts.put(FieldKeys.memberDescription(group), capacity[3]);
            }
        }
        approved.storeApproved(cooperation.id(), year, module.code(), values, Map.of(), texts, LOADER);
    }

    /** Group, fte, whole euros and description of the demo cooperation's capacity at its members. */
    private static final String[][] MEMBER_CAPACITY = {
        {"BELEID", "1.6", "131000", "Beleidsmedewerkers sociaal domein bij de deelnemende gemeenten"},
        {"UITVOERING", "0.8", "52000", "Gemeentelijk loket voor aanmeldingen in de grootste deelnemende gemeente"}
    };

    /**
     * The four policies of spec §4 allowed and the edition published; a named set of the demo cooperation and
     * five others, of which all but the last consented, so the beheerder sees who did not.
     */
    private void configureEdition(int year, String moduleCode, List<Organisation> participants) {
        editions.changeSettings(
                year,
                moduleCode,
                new EditionService.SettingsChange(
                        // The demo's four policies, fixed so that a new kind of policy does not change the demo.
                        EnumSet.of(
                                ReferencePolicy.ALLE_GOEDGEKEURD,
                                ReferencePolicy.GROOTTEKLASSE,
                                ReferencePolicy.NAASTE_BUREN,
                                ReferencePolicy.MAATWERK),
                        ReferencePolicy.ALLE_GOEDGEKEURD,
                        EditionService.DEFAULT_NEIGHBOUR_COUNT,
                        catalog.kMinimum()),
                LOADER);
        List<Long> setMembers = new ArrayList<>();
        setMembers.add(organisations.findByName(DEMO_COOPERATION).orElseThrow().id());
        participants.stream()
                .map(Organisation::id)
                .filter(id -> !setMembers.contains(id))
                .limit(NAMED_SET_OTHERS)
                .forEach(setMembers::add);
        for (long member : setMembers.subList(0, setMembers.size() - 1)) {
            if (!editions.hasConsented(member)) {
                editions.setConsent(member, true, LOADER);
            }
        }
        editions.createNamedSet(year, moduleCode, NAMED_SET, setMembers, LOADER);
        publisher.publish(year, moduleCode, LOADER, null);
    }

    private List<Organisation> registerParticipants() {
        List<Long> ids = new ArrayList<>();
        COOPERATIONS.forEach((name, members) -> ids.add(organisations.registerCooperation(name, members)));
        Set<String> inCooperation =
                COOPERATIONS.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        List<Municipality> others = municipalities.latest().stream()
                .filter(m -> !inCooperation.contains(m.code()))
                .sorted(Comparator.comparing(Municipality::code))
                .toList();
        for (int i = 0; i < others.size(); i += 7) {
            ids.add(organisations.registerMunicipality(others.get(i).code()));
        }
        return organisations.findAll(ids);
    }

    private void createAccounts() {
        long mer = organisations.findByName(DEMO_COOPERATION).orElseThrow().id();
        accounts.create(new NewAccount("beheerder", DEMO_PASSWORD, "Beheerder Maatstaf", Role.BEHEERDER, null, false));
        accounts.create(new NewAccount("deelnemer", DEMO_PASSWORD, "Deelnemer MER", Role.DEELNEMER, mer, true));
        accounts.create(new NewAccount("lezer", DEMO_PASSWORD, "Lezer MER", Role.LEZER, mer, false));
    }

    private static Map<String, List<String>> demoCooperations() {
        Map<String, List<String>> cooperations = new LinkedHashMap<>();
        cooperations.put(DEMO_COOPERATION, List.of("GM1711", "GM1669", "GM1641"));
        cooperations.put("Halte Werk", List.of("GM0361", "GM0398", "GM0416"));
        cooperations.put("BUCH-werkorganisatie", List.of("GM0373", "GM0450", "GM0383", "GM0399"));
        cooperations.put("Amersfoort, Leusden en Woudenberg", List.of("GM0307", "GM0327", "GM0351"));
        return cooperations;
    }
}
