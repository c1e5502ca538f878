package nl.maatstaf.catalog;

import java.util.List;

/** A Dutch message of the catalog bundle by key, with its arguments. */
public record CatalogMessage(String key, List<String> arguments) {

    public CatalogMessage {
        arguments = List.copyOf(arguments);
    }

    public static CatalogMessage of(String key, String... arguments) {
        return new CatalogMessage(key, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
