package dk.caseportal.notifications.internal;

import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.identity.api.AccessRefusedException;
import dk.caseportal.identity.api.AuditContext;
import dk.caseportal.identity.api.UserSummary;
import dk.caseportal.notifications.api.CaseMailSettings;
import dk.caseportal.notifications.api.MailPreference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/** {@link CaseMailSettings}: the signed-in user's own choices, and the unsubscribe links. */
@ApplicationScoped
@Transactional
public class CaseMailSettingsService implements CaseMailSettings {

    private static final Logger LOG = Logger.getLogger(CaseMailSettingsService.class.getName());

    @Inject
    AuditContext caller;

    @Inject
    MailPreferences preferences;

    @Inject
    UnsubscribeTokens tokens;

    Clock clock = Clock.systemUTC();

    protected CaseMailSettingsService() {
        // for CDI
    }

    CaseMailSettingsService(AuditContext caller, MailPreferences preferences, UnsubscribeTokens tokens, Clock clock) {
        this.caller = caller;
        this.preferences = preferences;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public MailPreference mine() {
        return preferences.of(me().id().value());
    }

    @Override
    public void changeMine(MailPreference preference) {
        UserSummary me = me();
        preferences.change(me.id().value(), preference);
        LOG.info(() -> "User " + me.id() + " chose case mails " + preference);
    }

    @Override
    public boolean isMutedByMe(CaseNumber number) {
        return preferences.isMuted(me().id().value(), number.value());
    }

    @Override
    public void muteForMe(CaseNumber number, boolean muted) {
        UserSummary me = me();
        if (muted) {
            preferences.mute(me.id().value(), number.value(), clock.instant());
        } else {
            preferences.unmute(me.id().value(), number.value());
        }
        LOG.info(() -> "User " + me.id() + (muted ? " muted" : " unmuted") + " case " + number);
    }

    @Override
    public Optional<CaseNumber> unsubscribeTarget(String token) {
        return tokens.read(token).flatMap(target -> CaseNumber.of(target.caseNumber()));
    }

    @Override
    public boolean unsubscribe(String token) {
        Optional<UnsubscribeTokens.Target> target = tokens.read(token);
        target.filter(found -> CaseNumber.of(found.caseNumber()).isPresent()).ifPresent(found -> {
            preferences.mute(found.userId(), found.caseNumber(), clock.instant());
            LOG.info(() -> "User " + found.userId() + " unsubscribed from case " + found.caseNumber() + " by mail link");
        });
        return target.isPresent();
    }

    private UserSummary me() {
        return caller.actor().orElseThrow(() -> new AccessRefusedException("not signed in"));
    }
}
