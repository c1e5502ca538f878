package nl.maatstaf.organisation;

import java.util.List;

/**
 * A change to an organisation or its members that is refused, with the reason, the request field
 * it concerns and the arguments of its Dutch message ({@code organisation.error.<key>}).
 */
public class OrganisationRefusedException extends RuntimeException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    /** Why a change is refused; the kind decides the API status. */
    public enum Reason {
        NOT_FOUND("notFound", Kind.NOT_FOUND),
        UNKNOWN_MUNICIPALITY("unknownMunicipality", Kind.INVALID),
        NAME_MISSING("nameMissing", Kind.INVALID),
        NAME_TOO_LONG("nameTooLong", Kind.INVALID),
        NO_MEMBERS("noMembers", Kind.INVALID),
        DUPLICATE_MEMBER("duplicateMember", Kind.INVALID),
        NOT_A_COOPERATION("notACooperation", Kind.INVALID),
        EITHER_KIND("eitherKind", Kind.INVALID),
        YEAR_OUT_OF_RANGE("yearOutOfRange", Kind.INVALID),
        ALREADY_MEMBER("alreadyMember", Kind.INVALID),
        NO_RUNNING_MEMBERSHIP("noRunningMembership", Kind.INVALID),
        ENDS_BEFORE_START("endsBeforeStart", Kind.INVALID),
        NAME_TAKEN("nameTaken", Kind.CONFLICT),
        ALREADY_REGISTERED("alreadyRegistered", Kind.CONFLICT),
        STALE_VERSION("staleVersion", Kind.CONFLICT);

        private final String key;
        private final Kind kind;

        Reason(String key, Kind kind) {
            this.key = key;
            this.kind = kind;
        }

        public String messageKey() {
            return "organisation.error." + key;
        }

        public Kind kind() {
            return kind;
        }
    }

    /** Not found (404), invalid input (422) or a conflict with what is stored (409). */
    public enum Kind {
        NOT_FOUND,
        INVALID,
        CONFLICT
    }

    private final Reason reason;
    private final String field;
    private final transient List<Object> args;

    OrganisationRefusedException(Reason reason, String field, Object... args) {
        super(reason.name() + (args.length == 0 ? "" : " " + List.of(args)));
        this.reason = reason;
        this.field = field;
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    /** The request field the refusal concerns: name, municipality, members, year, version. */
    public String field() {
        return field;
    }

    public Object[] args() {
        return args.toArray();
    }
}
