package nl.maatstaf.organisation;

/**
 * One period in which a municipality is a member of an organisation: from a peiljaar up to and
 * including {@code untilYear}, or open-ended when that is null.
 */
public record Membership(String municipalityCode, String municipalityName, int fromYear, Integer untilYear) {

    public boolean includes(int year) {
        return fromYear <= year && (untilYear == null || untilYear >= year);
    }
}
