package nl.maatstaf.submission;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.maatstaf.account.UserAccounts;
import nl.maatstaf.audit.AuditEntry;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.catalog.ModuleCatalog;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact persons of the enrolled organisations that have not submitted a module of a
 * peiljaar, as a CSV file for a reminder (UTF-8 with BOM and {@code ;}, so a Dutch spreadsheet
 * opens it as it is). The contact person is the one the draft names; without one, the
 * organisation's org-admins by name (accounts keep no e-mail address). Personal data: every
 * download is audited.
 */
@Component
class NonSubmitterContacts {

    static final String AUDIT_ENTITY = "contactpersonen";
    static final String HEADER = "organisatie;code;module;status;contactpersoon;e-mail";

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final StatusOverview overview;
    private final UserAccounts accounts;
    private final AuditLog audit;
    private final MessageSource messages;

    NonSubmitterContacts(StatusOverview overview, UserAccounts accounts, AuditLog audit, MessageSource messages) {
        this.overview = overview;
        this.accounts = accounts;
        this.audit = audit;
        this.messages = messages;
    }

    /** The file's bytes; the download is on record in the same transaction. */
    @Transactional
    byte[] csv(int year, List<ModuleCatalog> modules, String username) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        int count = 0;
        for (StatusOverview.Row row : overview.of(year, modules).rows()) {
            for (StatusOverview.Cell cell : row.cells()) {
                if (!cell.notSubmitted()) {
                    continue;
                }
                count++;
                SubmissionRow draft = cell.row();
                String name = draft == null ? null : blankToNull(draft.contactName());
                String email = draft == null ? null : blankToNull(draft.contactEmail());
                if (name == null) {
                    List<UserAccounts.Contact> admins =
                            accounts.orgAdminContacts(row.organisation().id());
                    name = orgAdmins(admins);
                    email = admins.stream()
                            .map(UserAccounts.Contact::email)
                            .filter(address -> address != null && !address.isBlank())
                            .collect(Collectors.collectingAndThen(
                                    Collectors.joining(", "), joined -> joined.isEmpty() ? null : joined));
                }
                lines.add(String.join(
                        ";",
                        field(row.organisation().name()),
                        field(row.organisation().code()),
                        field(cell.module().name().nl()),
                        field(text("submission.status." + cell.status())),
                        field(name),
                        field(email == null ? text("admin.status.contacts.noEmail") : email)));
            }
        }
        audit.record(new AuditEntry(
                username,
                null,
                "GEDOWNLOAD",
                AUDIT_ENTITY,
                String.valueOf(year),
                "regels",
                null,
                String.valueOf(count)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes((String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private String orgAdmins(List<UserAccounts.Contact> admins) {
        String names = admins.stream().map(UserAccounts.Contact::displayName).collect(Collectors.joining(", "));
        return names.isEmpty()
                ? text("admin.status.contacts.noContact")
                : text("admin.status.contacts.orgAdmins", names);
    }

    /**
     * One CSV field: quoted when it holds the separator, a quote or a line break; a leading
     * character a spreadsheet would read as a formula is neutralised with an apostrophe.
     */
    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, DUTCH);
    }
}
