package nl.maatstaf.results;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.catalog.Task;
import nl.maatstaf.common.DutchFormat;
import nl.maatstaf.engine.TaskInput;
import nl.maatstaf.submission.Basis;
import nl.maatstaf.submission.HireCorrection;
import nl.maatstaf.submission.HireCorrections;
import nl.maatstaf.submission.SubmissionBasis;

/** The basis and correction lines of an organisation's own results, in words for pages and exports. */
final class NotesTexts {

    private NotesTexts() {}

    static ResultsReport.Notes of(ModuleCatalog module, OrganisationResults results, Texts texts) {
        SubmissionNotes notes = results.notes();
        String basis = basis(notes.basis(), module.year(), texts);
        String warning = null;
        if (notes.differsFromGroup()) {
            SubmissionNotes.GroupBasis group = notes.group();
            String groupBasis = texts.get("results.basis.kind." + group.basis().name(), module.year());
            warning = texts.get("results.basis.differs", groupBasis, group.otherBasis(), group.size());
        }
        List<ResultsReport.TaskCorrection> corrections = new ArrayList<>();
        for (Task task : (Iterable<Task>) module.tasks()::iterator) {
            List<HireCorrection> lines = notes.correctionsOf(task.code());
            if (lines.isEmpty()) {
                continue;
            }
            TaskInput input = results.input().tasks().getOrDefault(task.code(), TaskInput.EMPTY);
            BigDecimal corrected = input.inhuurkosten();
            BigDecimal entered = corrected.add(HireCorrections.total(lines));
            corrections.add(new ResultsReport.TaskCorrection(
                    task.code(),
                    texts.of(task.name()),
                    DutchFormat.euro(entered),
                    lines.stream()
                            .map(line -> new ResultsReport.CorrectionLine(
                                    texts.get("results.corrections.kind."
                                            + line.kind().name()),
                                    DutchFormat.euro(line.amount()),
                                    line.reason(),
                                    line.amount()))
                            .toList(),
                    DutchFormat.euro(corrected),
                    entered,
                    corrected));
        }
        return new ResultsReport.Notes(basis, warning, corrections);
    }

    /** "Basis: begroting 2026" or "Basis: vastgestelde formatie per 1 januari 2026". */
    static String basis(SubmissionBasis basis, int year, Texts texts) {
        if (basis.basis() == Basis.FORMATIE) {
            String date =
                    DateTimeFormatter.ofPattern("d MMMM uuuu", texts.locale()).format(basis.peildatum());
            return texts.get("results.basis.line", texts.get("results.basis.kind.FORMATIE.on", date));
        }
        return texts.get("results.basis.line", texts.get("results.basis.kind.BEGROTING", year));
    }
}
