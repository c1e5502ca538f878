package nl.maatstaf.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real SMTP server in the test JVM (GreenMail) that the one shared application mails to. Started
 * once for all integration tests on a free port, rather than by one test class with its own mail
 * properties: a second set of properties would start a second application context, which on the
 * shared database would wipe and reload the demo data under the first one. Tests tell their mails
 * apart by their own recipient address.
 */
public final class TestMailServer {

    private static GreenMail server;

    private TestMailServer() {}

    static synchronized GreenMail server() {
        if (server == null) {
            GreenMail started = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            started.start();
            server = started;
        }
        return server;
    }

    /** The mails received so far for the address. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessages())
                .filter(message -> sentTo(message, address))
                .toList();
    }

    /** The text of a mail, decoded (a long link may be split over quoted-printable lines). */
    public static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            var recipients = message.getRecipients(Message.RecipientType.TO);
            return recipients != null
                    && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points the application's mail sender at the test server. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            int port = server().getSmtp().getPort();
            TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + port)
                    .applyTo(context);
        }
    }
}
