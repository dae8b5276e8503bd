package dk.caseportal.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    private static final String LINK = "https://portal.example/reset-password?token=abc";

    @Test
    void danishRecipientsGetDanishTextAndHtml() {
        OutgoingMail mail = MailTemplates.render("passwordReset", Locale.forLanguageTag("da"),
                "mette.jensen@bpo.example", LINK, "Mette Jensen");

        assertThat(mail.to()).isEqualTo("mette.jensen@bpo.example");
        assertThat(mail.subject()).isEqualTo("Nulstil din adgangskode til Case Portal");
        assertThat(mail.text()).startsWith("Hej Mette Jensen").contains("Vælg en ny adgangskode:\n" + LINK)
                .contains("virker i en time");
        assertThat(mail.html()).contains("lang=\"da\"", "href=\"" + LINK.replace("&", "&amp;") + "\"",
                "Venlig hilsen<br>Case Portal");
    }

    @Test
    void englishRecipientsGetEnglish() {
        OutgoingMail mail = MailTemplates.render("passwordReset", Locale.ENGLISH, "sofie.holm@nordicretail.example",
                LINK, "Sofie Holm");

        assertThat(mail.subject()).isEqualTo("Reset your Case Portal password");
        assertThat(mail.text()).startsWith("Hello Sofie Holm").contains("one hour");
    }

    @Test
    void namesAreEscapedInHtml() {
        OutgoingMail mail = MailTemplates.render("passwordReset", Locale.ENGLISH, "x@example.test", LINK,
                "<script>alert('x')</script> & Co");

        assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co");
        assertThat(mail.text()).contains("<script>"); // plain text is not markup
    }

    @Test
    void invitationsSayHowToSignInAndHowLongTheLinkWorks() {
        OutgoingMail mail = MailTemplates.render("invitation", Locale.forLanguageTag("da"), "nina.ny@bpo.example",
                LINK, "Nina Ny", "nina.ny@bpo.example");

        assertThat(mail.subject()).isEqualTo("Du er inviteret til Case Portal");
        assertThat(mail.text()).contains("e-mailadresse nina.ny@bpo.example", "72 timer", "Vælg din adgangskode:\n" + LINK);
    }
}
