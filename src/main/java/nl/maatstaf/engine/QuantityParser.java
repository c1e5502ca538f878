package nl.maatstaf.engine;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Turns the catalogue's reference strings into {@link Quantity} values. */
final class QuantityParser {

    private static final Map<String, Quantity> FIXED = Map.of(
            "inhabitants", new Quantity.Inhabitants(),
            "hoofdfactor", new Quantity.Hoofdfactor(),
            "fte:total", new Quantity.TotalFte(),
            "cost:total", new Quantity.TotalCost(),
            "loonkosten:total", new Quantity.TotalLoonkosten(),
            "inhuur:total", new Quantity.TotalInhuur(),
            "fteGross:total", new Quantity.TotalGrossFte(),
            "outsourcing:total", new Quantity.TotalOutsourcing());

    // Longer prefixes first is not needed: no prefix is a prefix of another one.
    private static final List<Prefixed> PREFIXED = List.of(
            new Prefixed("indicator:", Quantity.Indicator::new),
            new Prefixed("finance:", Quantity.Finance::new),
            new Prefixed("fte:group:", Quantity.GroupFte::new),
            new Prefixed("fte:task:", Quantity.TaskFte::new),
            new Prefixed("cost:group:", Quantity.GroupCost::new),
            new Prefixed("cost:task:", Quantity.TaskCost::new));

    private QuantityParser() {}

    static Quantity parse(String reference) {
        if (reference == null) {
            throw new IllegalArgumentException("Quantity reference is missing");
        }
        Quantity fixed = FIXED.get(reference);
        if (fixed != null) {
            return fixed;
        }
        for (Prefixed prefixed : PREFIXED) {
            if (reference.startsWith(prefixed.prefix())) {
                String code = reference.substring(prefixed.prefix().length());
                if (isValidCode(code)) {
                    return prefixed.factory().apply(code);
                }
            }
        }
        throw new IllegalArgumentException("Unknown quantity reference '" + reference + "'");
    }

    private static boolean isValidCode(String code) {
        return !code.isEmpty() && code.chars().noneMatch(c -> Character.isWhitespace(c) || c == ':');
    }

    private record Prefixed(String prefix, Function<String, Quantity> factory) {}
}
