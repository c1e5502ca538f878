package nl.maatstaf.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A production installation without demo data still needs a first beheerder: it is created from
 * MAATSTAF_ADMIN_USER / MAATSTAF_ADMIN_PASSWORD when no beheerder account exists yet.
 */
@Component
@Order(20)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserAccounts accounts;
    private final PasswordPolicy passwordPolicy;
    private final String username;
    private final String password;

    InitialAdministrator(
            UserAccounts accounts,
            PasswordPolicy passwordPolicy,
            @Value("${maatstaf.admin.username:${MAATSTAF_ADMIN_USER:}}") String username,
            @Value("${maatstaf.admin.password:${MAATSTAF_ADMIN_PASSWORD:}}") String password) {
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank() || accounts.hasAdministrator()) {
            return;
        }
        var problem = passwordPolicy.problem(username, password);
        if (problem.isPresent()) {
            log.warn(
                    "MAATSTAF_ADMIN_PASSWORD does not meet the password policy ({}): at least 12 characters, "
                            + "not common, without the username; no beheerder account was created",
                    problem.get());
            return;
        }
        accounts.create(new UserAccounts.NewAccount(username, password, "Beheerder", Role.BEHEERDER, null, false));
        log.info("Created the first beheerder account '{}'", username);
    }
}
