package nl.maatstaf.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class AccountMailTest {

    @Test
    void aMailServerThatCannotBeReachedIsReportedAsNotSentWithoutFailing() {
        JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
        unreachable.setHost("127.0.0.1");
        unreachable.setPort(1);
        AccountMail mail = new AccountMail(
                new StaticListableBeanFactory(Map.of("mail", unreachable)).getBeanProvider(JavaMailSender.class),
                messages(),
                "maatstaf@localhost");

        boolean sent = mail.send(
                "j.jansen@gemeente.test",
                "Jan Jansen",
                TokenPurpose.ACTIVATION,
                "https://maatstaf.test/account/activeren/x",
                Instant.parse("2026-12-04T12:00:00Z"));

        assertThat(sent).isFalse();
    }

    @Test
    void withoutAMailServerNothingIsSent() {
        AccountMail mail = new AccountMail(
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                messages(),
                "maatstaf@localhost");

        assertThat(mail.configured()).isFalse();
        assertThat(mail.send("a@b.test", "A", TokenPurpose.RESET, "https://x", Instant.now()))
                .isFalse();
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        java.util.Locale dutch = java.util.Locale.forLanguageTag("nl-NL");
        messages.addMessage("mail.activation.subject", dutch, "Uw account voor Maatstaf");
        messages.addMessage("mail.activation.text", dutch, "Beste {0}, {1} tot {2}");
        messages.addMessage("mail.reset.subject", dutch, "Nieuw wachtwoord");
        messages.addMessage("mail.reset.text", dutch, "Beste {0}, {1} tot {2}");
        return messages;
    }
}
