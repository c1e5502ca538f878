package nl.maatstaf.organisation;

import java.util.List;

/**
 * The differences between an uploaded municipality list and the list in force for its reference
 * year, shown before anything is stored.
 *
 * @param baseYear the reference year of the list compared with, or null when there is none
 * @param replacing whether a list of this very reference year exists and would be replaced
 */
public record ListPreview(
        int referenceYear,
        Integer baseYear,
        boolean replacing,
        int count,
        List<Municipality> added,
        List<Disappeared> disappeared,
        List<Renamed> renamed,
        List<Changed> changed) {

    /** A municipality of the list in force that is not in the file; its successor, if known. */
    public record Disappeared(String code, String name, String successor) {}

    public record Renamed(String code, String oldName, String newName) {}

    /** A figure or the province that differs; {@code field} is inhabitants, households or province. */
    public record Changed(String code, String name, String field, String oldValue, String newValue) {}

    public boolean unchanged() {
        return added.isEmpty() && disappeared.isEmpty() && renamed.isEmpty() && changed.isEmpty();
    }
}
