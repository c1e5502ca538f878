package nl.maatstaf.organisation;

/** A municipality as known in one reference year of the CBS list. */
public record Municipality(String code, String name, String province, int inhabitants, int referenceYear) {}
