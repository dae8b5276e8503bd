package dk.caseportal.web.security;

/**
 * Whether an address the portal is about to send a browser to (after sign-in, after the language
 * switch) is one of its own pages: a path under the context path. Never another site, which a
 * browser would also read into {@code //host} and {@code /\host} (an open redirect), and nothing
 * that would break the {@code Location} header.
 */
public final class OwnPages {

    private OwnPages() {
    }

    public static boolean isOwnPage(String address, String contextPath) {
        return address != null && address.startsWith(contextPath + "/") && !address.startsWith("//")
                && address.chars().noneMatch(c -> c == '\\' || c < 0x20 || c == 0x7f);
    }
}
