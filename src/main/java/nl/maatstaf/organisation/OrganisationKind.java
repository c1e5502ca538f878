package nl.maatstaf.organisation;

public enum OrganisationKind {
    GEMEENTE,
    SAMENWERKING
}
