package dk.caseportal.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where the language switch returns to: the page it was on, never another site. */
class LanguageSwitchTest {

    @Test
    void aPageOfThePortalIsReturnedToWithItsQuery() {
        assertThat(LanguageSwitch.safeBack("/cases/00102001?tab=related", "")).isEqualTo("/cases/00102001?tab=related");
        assertThat(LanguageSwitch.safeBack("/?view=OPEN&q=l%C3%B8n", "")).isEqualTo("/?view=OPEN&q=l%C3%B8n");
        assertThat(LanguageSwitch.safeBack("/portal/profile", "/portal")).isEqualTo("/portal/profile");
    }

    @Test
    void anythingElseGoesToTheHomePage() {
        assertThat(LanguageSwitch.safeBack(null, "")).isEqualTo("/");
        assertThat(LanguageSwitch.safeBack("", "")).isEqualTo("/");
        assertThat(LanguageSwitch.safeBack("https://evil.example/", "")).isEqualTo("/");
        assertThat(LanguageSwitch.safeBack("//evil.example/", "")).isEqualTo("/");
        assertThat(LanguageSwitch.safeBack("/\\evil.example/", "")).isEqualTo("/");
        assertThat(LanguageSwitch.safeBack("/cases\r\nSet-Cookie: x=1", "")).isEqualTo("/");
        assertThat(LanguageSwitch.safeBack("/other/profile", "/portal")).isEqualTo("/portal/");
    }
}
