package dk.caseportal.launcher;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortalLauncherTest {

    @Test
    void demoLoginsComeFromTheJar() {
        assertThat(PortalLauncher.demoLogins())
                .startsWith("Demo logins (password for all: Demo-Portal-1):")
                .contains("  admin@vendor.example            Anne Admin (administrator)")
                .endsWith("sofie.holm@nordicretail.example Sofie Holm (customer: Nordic Retail A/S, English)\n");
    }
}
