package nl.maatstaf.home;

import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.submission.SubmissionProgress;

/**
 * One module on an organisation's start page: where it stands and the one thing to do next.
 *
 * @param status {@code home.status.<status>} names it; GEPUBLICEERD once approved and published
 * @param remark the beheerder's remark when it was sent back, else null
 * @param actionKey the message of the next step's button
 */
record ModuleCard(ModuleCatalog module, String status, String remark, String actionKey, String actionUrl) {

    static final String PUBLISHED = "GEPUBLICEERD";

    static ModuleCard of(
            ModuleCatalog module, SubmissionProgress.ModuleProgress progress, boolean published, MaatstafUser user) {
        SubmissionProgress.Stage stage = progress == null ? SubmissionProgress.Stage.NIET_GESTART : progress.stage();
        String questionnaire = "/aanleveren/" + module.year() + "/" + module.slug();
        String results = "/resultaten/" + module.year() + "/" + module.slug();
        String remark = progress == null ? null : progress.returnRemark();
        if (stage == SubmissionProgress.Stage.GOEDGEKEURD && published) {
            return new ModuleCard(module, PUBLISHED, null, "home.action.results", results);
        }
        // A lezer may look but not type: every unfinished questionnaire is "view" for them.
        boolean mayEdit = user.organisationId() != null && user.mayEdit(user.organisationId());
        String action = switch (stage) {
            case NIET_GESTART -> mayEdit ? "home.action.start" : "home.action.view";
            case CONCEPT -> mayEdit ? "home.action.continue" : "home.action.view";
            case TERUGGESTUURD -> mayEdit ? "home.action.correct" : "home.action.view";
            case INGEDIEND, GOEDGEKEURD -> "home.action.viewSubmission";
        };
        return new ModuleCard(module, stage.name(), remark, action, questionnaire);
    }
}
