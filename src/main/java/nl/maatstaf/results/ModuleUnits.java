package nl.maatstaf.results;

import java.math.BigDecimal;
import nl.maatstaf.catalog.Indicator;
import nl.maatstaf.catalog.ModuleCatalog;

/**
 * The hoofdfactor as words and number: "uitkeringen", "uitkering", N = 500.
 *
 * @param name the hoofdfactor indicator's name, e.g. "Bijstandsuitkeringen"
 */
record ModuleUnits(String name, String plural, String singular, BigDecimal volume) {

    static ModuleUnits of(ModuleCatalog module, BigDecimal volume, Texts texts) {
        Indicator hoofdfactor = module.hoofdfactorIndicator();
        return new ModuleUnits(
                texts.of(hoofdfactor.name()),
                texts.of(hoofdfactor.unit()),
                texts.of(hoofdfactor.unitSingular()),
                volume);
    }

    public String volumeText() {
        return ValueFormat.number(volume) + " " + plural;
    }
}
