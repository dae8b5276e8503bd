package dk.caseportal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a post's Origin or Referer is reduced to the origin it is compared by. */
class SameOriginPostsTest {

    @Test
    void anAddressIsReducedToSchemeHostAndPort() {
        assertThat(SameOriginPosts.origin("https://Portal.Example.com/cases/00002001?x=1"))
                .isEqualTo("https://portal.example.com:443");
        assertThat(SameOriginPosts.origin("http://localhost:8080")).isEqualTo("http://localhost:8080");
        assertThat(SameOriginPosts.origin("http://localhost")).isEqualTo("http://localhost:80");
    }

    @Test
    void whatIsNotAWebAddressHasNoOrigin() {
        assertThat(SameOriginPosts.origin("null")).isNull();
        assertThat(SameOriginPosts.origin("javascript:alert(1)")).isNull();
        assertThat(SameOriginPosts.origin("http://exa mple.com")).isNull();
    }
}
