package nl.maatstaf.home;

import nl.maatstaf.organisation.MunicipalityRegister;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Makes sure the shipped municipality list is in the database before anyone logs in. */
@Component
@Order(1)
class ReferenceDataInitializer implements ApplicationRunner {

    private final MunicipalityRegister municipalities;

    ReferenceDataInitializer(MunicipalityRegister municipalities) {
        this.municipalities = municipalities;
    }

    @Override
    public void run(ApplicationArguments args) {
        municipalities.ensureShippedListLoaded();
    }
}
