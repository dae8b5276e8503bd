package dk.caseportal.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The new words of a reply, as the mail programs people use quote and sign. */
class ReplyTextTest {

    @Test
    void gmailInEnglishAndDanishQuoteBelowAWroteLine() {
        assertThat(ReplyText.of("""
                Thanks, that fixed it.

                On Fri, 27 Nov 2026 at 11:00, Case Portal <noreply@caseportal.example> wrote:
                > Patrick Stjerne (Customer) wrote on the case:
                """)).isEqualTo("Thanks, that fixed it.");
        assertThat(ReplyText.of("""
                Tak, det hjalp.

                Den fre. 27. nov. 2026 kl. 11.00 skrev Case Portal <
                noreply@caseportal.example>:

                > Patrick Stjerne (Kunde) skrev på sagen:
                """)).isEqualTo("Tak, det hjalp.");
    }

    @Test
    void outlookQuotesBelowItsHeaderBlockOrLine() {
        assertThat(ReplyText.of("""
                Vi prøver igen i morgen.

                Fra: Case Portal <noreply@caseportal.example>
                Sendt: 27. november 2026 11:00
                Til: Mette Jensen <mette.jensen@bpo.example>
                Emne: [Sag 00002001] Lønkørslen fejler
                """)).isEqualTo("Vi prøver igen i morgen.");
        assertThat(ReplyText.of("Se vedhæftede log.\r\n________________________________\r\nFrom: Case Portal"))
                .isEqualTo("Se vedhæftede log.");
        assertThat(ReplyText.of("OK\n\n-----Original Message-----\nFrom: x")).isEqualTo("OK");
    }

    @Test
    void signaturesAreCutAwayAndLinesAboveThemKept() {
        assertThat(ReplyText.of("Første linje\nAnden linje\n\n-- \nMette Jensen\nBPO Account")).isEqualTo(
                "Første linje\nAnden linje");
        assertThat(ReplyText.of("Ja tak\n\nSendt fra min iPhone")).isEqualTo("Ja tak");
        assertThat(ReplyText.of("> only a quote")).isEmpty();
    }

    @Test
    void aReplyAsPostHtmlIsEscapedWithItsParagraphsAndLineBreaks() {
        assertThat(ReplyText.toHtml("Hej <b>support</b>\nlinje 2\n\nNyt afsnit & mere"))
                .isEqualTo("<p>Hej &lt;b&gt;support&lt;/b&gt;<br>linje 2</p><p>Nyt afsnit &amp; mere</p>");
    }

    @Test
    void anHtmlOnlyReplyLosesItsQuotedMail() {
        String text = ReplyMessages.htmlText("""
                <div dir="ltr">Tak for svaret.<br>Vi venter.</div><br>
                <div class="gmail_quote"><div class="gmail_attr">Den fre. 27. nov. skrev Case Portal:</div>
                <blockquote>Patrick Stjerne (Kunde) skrev på sagen</blockquote></div>""");
        assertThat(ReplyText.of(text)).isEqualTo("Tak for svaret.\nVi venter.");
        assertThat(ReplyText.of(ReplyMessages.htmlText("""
                <div>Det virker nu.</div><div id="appendonsend"></div><hr>
                <div id="divRplyFwdMsg"><b>Fra:</b> Case Portal</div><div>Patrick skrev</div>""")))
                .isEqualTo("Det virker nu.");
    }
}
