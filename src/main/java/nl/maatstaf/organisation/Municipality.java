package nl.maatstaf.organisation;

/**
 * A municipality as known in one reference year of the CBS list; {@code households} (private
 * households) is null where the list does not give it, as in the shipped 2019 list.
 */
public record Municipality(
        String code, String name, String province, int inhabitants, int referenceYear, Integer households) {}
