package nl.maatstaf.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.ui.ExtendedModelMap;

/** The login page mentions the demo password only while the demo accounts are loaded. */
class LoginControllerTest {

    @Test
    void hidesTheDemoHintWithoutDemoData() {
        ExtendedModelMap model = new ExtendedModelMap();

        new LoginController(false).login(new MockHttpServletRequest(), model);

        assertThat(model.get("demoHint")).isEqualTo(false);
    }

    @Test
    void showsTheDemoHintWithDemoData() {
        ExtendedModelMap model = new ExtendedModelMap();

        new LoginController(true).login(new MockHttpServletRequest(), model);

        assertThat(model.get("demoHint")).isEqualTo(true);
    }
}
