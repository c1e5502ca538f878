package nl.maatstaf.edition;

import java.util.Optional;

/** The kinds of reference group a beheerder can allow; the code is what URLs and the API use. */
public enum ReferencePolicy {
    /** All other approved participants of the module and year. */
    ALLE_GOEDGEKEURD,
    /** The other approved participants in the same size class by inhabitants. */
    GROOTTEKLASSE,
    /** The n approved participants most similar on inhabitants and hoofdfactor. */
    NAASTE_BUREN,
    /** The other consenting members of a named set (maatwerkvergelijking). */
    MAATWERK,
    /** The other approved participants that are municipalities (spec §8, a policy by type). */
    GEMEENTEN,
    /** The other approved participants that are cooperations of municipalities. */
    SAMENWERKINGEN;

    /** @return empty for null, blank or unknown text; never throws */
    public static Optional<ReferencePolicy> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (ReferencePolicy policy : values()) {
            if (policy.name().equalsIgnoreCase(code.strip())) {
                return Optional.of(policy);
            }
        }
        return Optional.empty();
    }
}
