package dk.caseportal.web.cases;

import dk.caseportal.cases.api.CaseFollowers;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.cases.api.Follower;
import dk.caseportal.identity.api.AccessRefusedException;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserSummary;
import dk.caseportal.notifications.api.CaseMailSettings;
import dk.caseportal.web.session.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * "Følgere" under "Relaterede": who follows the case, adding a colleague, following and stopping,
 * and turning off mails about the case for oneself.
 * The case module decides who may be added and removed; the page only offers what it allows.
 */
@Named
@ViewScoped
public class CaseFollowersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseFollowers followers;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient CaseMailSettings mailSettings;

    private CaseNumber caseNumber;
    private boolean privateCase;
    private List<Follower> list = List.of();
    private List<UserSummary> candidates = List.of();
    private Long chosen;
    private boolean muted;
    /** Read when "Relaterede" is first rendered, not with every page. */
    private boolean loaded;

    /** Where the case page left the case it loaded. */
    @Inject
    CaseTabs tabs;

    /** Made when "Relaterede" is built: the case the page loaded (one the caller may see). */
    @PostConstruct
    void init() {
        caseNumber = tabs.getCaseNumber();
        privateCase = tabs.isPrivateCase();
    }

    private void load() {
        loaded = true;
        list = followers.followers(caseNumber);
        muted = mailSettings.isMutedByMe(caseNumber);
        // The caller follows with "Følg sagen", not by choosing themselves.
        candidates = followers.candidates(caseNumber).stream().filter(user -> !user.id().equals(me())).toList();
    }

    /** "Tilføj" with the chosen colleague. */
    public void add() {
        if (chosen == null) {
            Messages.addError("caseTabs:followersForm:candidate", "followers.choose");
            return;
        }
        String name = getCandidates().stream().filter(c -> c.id().value() == chosen).map(UserSummary::name)
                .findFirst().orElse("");
        change(() -> followers.add(caseNumber, new UserId(chosen)), "followers.added", name);
        chosen = null;
    }

    public void remove(Follower follower) {
        change(() -> followers.remove(caseNumber, follower.id()), "followers.removed", follower.name());
    }

    /** "Følg sagen". */
    public void follow() {
        change(() -> followers.add(caseNumber, me()), "followers.following", null);
    }

    /** "Følg ikke længere". */
    public void unfollow() {
        change(() -> followers.remove(caseNumber, me()), "followers.notFollowing", null);
    }

    /** "Slå mails fra/til for denne sag": the caller's own choice, whether they follow or own the case. */
    public void toggleMute() {
        boolean mute = !isMuted();
        mailSettings.muteForMe(caseNumber, mute);
        muted = mute;
        Messages.addGlobalInfo(mute ? "followers.muted" : "followers.unmuted");
    }

    public boolean isMuted() {
        loadOnce();
        return muted;
    }

    private void change(Runnable action, String message, String name) {
        try {
            action.run();
            Messages.addGlobalInfo(message, name);
        } catch (AccessRefusedException e) {
            Messages.addGlobalError("followers.refused");
        }
        // The page's script then fetches the feed again, which shows the change's history entry.
        load();
    }

    private UserId me() {
        return currentUser.getUser().id();
    }

    public boolean isMe(Follower follower) {
        return follower.id().equals(me());
    }

    public boolean isPrivateCase() {
        return privateCase;
    }

    public boolean isShown() {
        return caseNumber != null;
    }

    public boolean isFollowing() {
        return getList().stream().anyMatch(f -> f.id().equals(me()));
    }

    /** The creator always follows: no "Følg ikke længere" for them. */
    public boolean isMayUnfollow() {
        return getList().stream().anyMatch(f -> f.id().equals(me()) && f.removable());
    }

    public List<Follower> getList() {
        loadOnce();
        return list;
    }

    public List<UserSummary> getCandidates() {
        loadOnce();
        return candidates;
    }

    private void loadOnce() {
        if (!loaded && caseNumber != null) {
            load();
        }
    }

    public Long getChosen() {
        return chosen;
    }

    public void setChosen(Long chosen) {
        this.chosen = chosen;
    }
}
