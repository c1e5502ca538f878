package nl.maatstaf.results;

import java.util.ArrayList;
import java.util.List;
import nl.maatstaf.submission.ApprovedSubmissions;
import nl.maatstaf.testsupport.TestData;

/** Organisations with approved Participatie figures in one peiljaar of an integration test. */
final class EditionFixtures {

    private EditionFixtures() {}

    /**
     * @return {@code count} organisations; the i-th (from 0) has 400 + 10·i uitkeringen and
     *     loonkosten 200.000 + 10.007·i
     */
    static List<TestData.Subject> approvedParticipants(
            TestData testData, ApprovedSubmissions approved, int year, int count) {
        List<TestData.Subject> subjects = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            TestData.Subject subject = testData.newOrganisation(year);
            approved.storeApproved(
                    subject.organisationId(),
                    year,
                    "PARTICIPATIE",
                    ItFigures.participatie(400 + 10 * i, 200_000 + 10_007L * i),
                    "test");
            subjects.add(subject);
        }
        return subjects;
    }

    static String html(java.net.http.HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("Expected 200, got " + response.statusCode() + ": " + response.body());
        }
        return response.body().replace("&amp;", "&");
    }
}
