package nl.maatstaf.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser opens several tabs or loads a page with its assets right after logging in: the first
 * requests of a new session arrive together and each stores the session's first attributes (the
 * CSRF token). None of them may fail.
 */
@IntegrationTest
class ConcurrentFirstRequestsIT {

    private static final int TABS = 20;
    private static final int YEAR = 2220;

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Test
    void twentySimultaneousFirstPagesOfANewSessionAllAnswer() throws Exception {
        TestData.Subject subject = testData.newOrganisation(YEAR);
        ExecutorService pool = Executors.newFixedThreadPool(TABS);
        try {
            for (int round = 0; round < 3; round++) {
                UserAgent browser = UserAgent.loggedIn(port, subject.deelnemer(), TestData.PASSWORD);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int tab = 0; tab < TABS; tab++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        HttpResponse<String> page = browser.get("/");
                        return page.statusCode();
                    }));
                }
                start.countDown();
                for (Future<Integer> answer : answers) {
                    assertThat(answer.get()).isEqualTo(200);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
