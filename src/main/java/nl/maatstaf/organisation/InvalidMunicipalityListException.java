package nl.maatstaf.organisation;

/** A municipality list that cannot be imported; names the line and what is wrong with it. */
public class InvalidMunicipalityListException extends IllegalArgumentException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    private final int lineNumber;
    private final String problem;

    InvalidMunicipalityListException(int lineNumber, String problem) {
        super("Municipality list line " + lineNumber + ": " + problem);
        this.lineNumber = lineNumber;
        this.problem = problem;
    }

    public int lineNumber() {
        return lineNumber;
    }

    /** One of header, row, inhabitants, duplicate, empty. */
    public String problem() {
        return problem;
    }
}
