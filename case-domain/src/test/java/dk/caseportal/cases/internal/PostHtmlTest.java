package dk.caseportal.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What survives of what people write in a post, and what never does. */
class PostHtmlTest {

    private static final String IMAGE = "/files/3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b/inline";

    @Test
    void formattingListsLinksAndTheCasesOwnImagesAreKept() {
        String html = PostHtml.sanitize("<p>Hej <b>Lars</b>, <i>se</i> <strong>venligst</strong>:</p>"
                + "<ul><li>punkt 1</li><li>punkt 2</li></ul>"
                + "<p><a href=\"https://status.example.com/loen\">status</a> og <img src=\"" + IMAGE + "\" alt=\"skærmbillede\"></p>");

        assertThat(html).contains("<b>Lars</b>", "<i>se</i>", "<strong>venligst</strong>", "<ul><li>punkt 1</li>")
                .containsPattern("<a href=\"https://status.example.com/loen\" rel=\"[a-z ]+\">status</a>")
                .contains("<img src=\"" + IMAGE + "\" alt=\"skærmbillede\" />");
        assertThat(html.replaceAll("(?s).*rel=\"([a-z ]+)\".*", "$1").split(" "))
                .containsExactlyInAnyOrder("nofollow", "noopener", "noreferrer");
    }

    @Test
    void theEditorsBulletListsStayBullets() {
        assertThat(PostHtml.sanitize("<ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>a</li>"
                + "<li data-list=\"evil\">b</li></ol>"))
                .isEqualTo("<ol><li data-list=\"bullet\">a</li><li>b</li></ol>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">klik</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">klik</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">klik</a>",
            "<svg onload=alert(1)><circle r=5></circle></svg>",
            "<p style=\"background:url(javascript:alert(1))\">tekst</p>",
            "<style>body{display:none}</style>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<form action=\"https://evil.example\"><input name=x></form>",
            "<img src=\"https://evil.example/track.png\">",
            "<img src=\"/files/3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b\">",
            "<div onclick=\"alert(1)\">tekst</div>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
    })
    void attemptsToRunScriptOrLoadForeignContentAreRemoved(String attack) {
        String html = PostHtml.sanitize("<p>før</p>" + attack + "<p>efter</p>");

        assertThat(html.toLowerCase())
                .doesNotContain("<script", "onerror", "onload", "onclick", "javascript:", "data:", "<svg", "style",
                        "<iframe", "<form", "<input", "evil.example", "<object", "<embed", "<meta")
                .as("the text around an attack stays").startsWith("<p>før</p>");
        assertThat(html).doesNotContainPattern("<img(?![^>]*src=\"/files/[0-9a-f-]{36}/inline\")");
    }

    @Test
    void theTextIsWhatPeopleSearchFor() {
        assertThat(PostHtml.text(PostHtml.sanitize("<p>Lønkørsel <b>fejler</b> &amp; stopper</p><p>igen</p>")))
                .isEqualTo("Lønkørsel fejler & stopper\nigen");
        assertThat(PostHtml.text(null)).isEmpty();
    }
}
