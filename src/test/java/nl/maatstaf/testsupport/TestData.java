package nl.maatstaf.testsupport;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.maatstaf.account.Role;
import nl.maatstaf.account.UserAccounts;
import nl.maatstaf.account.UserAccounts.NewAccount;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.organisation.OrganisationService;

/**
 * Fresh, isolated test subjects: each call makes a new cooperation with its own deelnemer and
 * lezer, enrolled in all modules of a peiljaar, so tests never disturb each other or the demo data.
 * A bean through {@link IntegrationTest}'s import only; the application's component scan never
 * finds it.
 */
public class TestData {

    public static final String PASSWORD = "geheim-wachtwoord";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final OrganisationService organisations;
    private final UserAccounts accounts;
    private final CatalogService catalog;
    private final Enrolments enrolments;

    public TestData(
            OrganisationService organisations, UserAccounts accounts, CatalogService catalog, Enrolments enrolments) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.catalog = catalog;
        this.enrolments = enrolments;
    }

    /** A new organisation enrolled in every module of {@code year} (opened when needed). */
    public Subject newOrganisation(int year) {
        int n = SEQUENCE.incrementAndGet();
        String name = "Testsamenwerking " + n + " " + System.nanoTime();
        long id = organisations.registerCooperation(name, List.of("GM0003", "GM0010"));
        catalog.openYearWithStandardCatalog(year);
        catalog.forYear(year).forEach(module -> enrolments.enrol(id, year, module.code()));
        String suffix = n + "-" + id;
        String deelnemer = "test-deelnemer-" + suffix;
        String lezer = "test-lezer-" + suffix;
        accounts.create(new NewAccount(deelnemer, PASSWORD, "Deelnemer " + n, Role.DEELNEMER, id, false));
        accounts.create(new NewAccount(lezer, PASSWORD, "Lezer " + n, Role.LEZER, id, false));
        return new Subject(id, name, deelnemer, lezer);
    }

    /**
     * A source address of its own (from the IPv6 documentation range), so that a test's failed
     * logins never count against another test's address.
     */
    public static String newSourceAddress() {
        return "2001:db8::" + Integer.toHexString(ADDRESSES.incrementAndGet());
    }

    /** A test organisation with the usernames of its deelnemer and lezer (password {@link #PASSWORD}). */
    public record Subject(long organisationId, String name, String deelnemer, String lezer) {}
}
