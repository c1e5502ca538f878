package nl.maatstaf.catalog;

public record Task(String code, LocalizedText name, LocalizedText definition) {}
