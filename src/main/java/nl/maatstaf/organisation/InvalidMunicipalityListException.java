package nl.maatstaf.organisation;

import java.util.List;

/**
 * A municipality list that cannot be imported: what is wrong ({@link #problem()}, a key under
 * {@code municipalities.error.}), the line (0 for the whole file) and the arguments of the message.
 */
public class InvalidMunicipalityListException extends IllegalArgumentException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    private final int lineNumber;
    private final String problem;
    private final transient List<Object> args;

    InvalidMunicipalityListException(int lineNumber, String problem, Object... args) {
        super("Municipality list line " + lineNumber + ": " + problem);
        this.lineNumber = lineNumber;
        this.problem = problem;
        this.args = List.of(args);
    }

    public int lineNumber() {
        return lineNumber;
    }

    /**
     * One of empty, garbled, encoding, separator, header, missingColumn, row, code, name, province,
     * inhabitants, households, duplicate, successor, partial, published, stale.
     */
    public String problem() {
        return problem;
    }

    /** The arguments of the message: the line number first, then the problem's own. */
    public Object[] messageArgs() {
        Object[] all = new Object[args.size() + 1];
        all[0] = String.valueOf(lineNumber);
        for (int i = 0; i < args.size(); i++) {
            all[i + 1] = args.get(i);
        }
        return all;
    }
}
