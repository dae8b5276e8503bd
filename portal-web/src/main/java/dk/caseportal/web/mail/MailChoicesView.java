package dk.caseportal.web.mail;

import dk.caseportal.notifications.api.CaseMailSettings;
import dk.caseportal.notifications.api.MailFrequency;
import dk.caseportal.notifications.api.MailPreference;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.omnifaces.util.Messages;

/** "Mails om sager" on the profile: every update, a daily digest at a chosen hour, or none. */
@Named
@ViewScoped
public class MailChoicesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<Integer> HOURS = IntStream.range(0, 24).boxed().toList();

    @Inject
    transient CaseMailSettings mailSettings;

    private MailFrequency frequency;
    private int digestHour;

    @PostConstruct
    void load() {
        MailPreference mine = mailSettings.mine();
        frequency = mine.frequency();
        digestHour = mine.digestHour();
    }

    public void save() {
        mailSettings.changeMine(new MailPreference(frequency == null ? MailFrequency.EVERY_UPDATE : frequency,
                digestHour));
        Messages.addGlobalInfo("profile.mail.saved");
    }

    public MailFrequency[] getFrequencies() {
        return MailFrequency.values();
    }

    public List<Integer> getHours() {
        return HOURS;
    }

    /** "07:00": the hour as the portal's pages write times. */
    public String hourLabel(int hour) {
        return (hour < 10 ? "0" : "") + hour + ":00";
    }

    public MailFrequency getFrequency() {
        return frequency;
    }

    public void setFrequency(MailFrequency frequency) {
        this.frequency = frequency;
    }

    public int getDigestHour() {
        return digestHour;
    }

    public void setDigestHour(int digestHour) {
        this.digestHour = digestHour;
    }
}
