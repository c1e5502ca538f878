package nl.maatstaf.account;

import java.time.Instant;
import java.util.Locale;
import nl.maatstaf.common.DutchTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mails a one-time link when SMTP is configured ({@code spring.mail.host}; Spring Boot only makes
 * a mail sender then). A mail that cannot be sent is logged and reported as not sent: the account
 * and its link stay, and whoever made the link still sees it to pass on.
 */
@Component
class AccountMail {

    private static final Logger log = LoggerFactory.getLogger(AccountMail.class);
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final String from;

    AccountMail(
            ObjectProvider<JavaMailSender> sender,
            MessageSource messages,
            @Value("${maatstaf.mail.from:maatstaf@localhost}") String from) {
        this.sender = sender;
        this.messages = messages;
        this.from = from;
    }

    /** Sends the link to the address; true when the mail server accepted it. */
    boolean send(String to, String displayName, TokenPurpose purpose, String link, Instant expiresAt) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || to == null || to.isBlank()) {
            return false;
        }
        String kind = purpose == TokenPurpose.ACTIVATION ? "activation" : "reset";
        String until = DutchTime.format(expiresAt);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(messages.getMessage("mail." + kind + ".subject", null, DUTCH));
        message.setText(messages.getMessage("mail." + kind + ".text", new Object[] {displayName, link, until}, DUTCH));
        try {
            mail.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Could not mail the {} link: {}", kind, e.getMessage());
            return false;
        }
    }

    boolean configured() {
        return sender.getIfAvailable() != null;
    }
}
