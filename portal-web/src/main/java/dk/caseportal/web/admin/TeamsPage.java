package dk.caseportal.web.admin;

import dk.caseportal.identity.api.ConcurrentChangeException;
import dk.caseportal.identity.api.NameAlreadyInUseException;
import dk.caseportal.identity.api.TeamAdministration;
import dk.caseportal.identity.api.TeamDetails;
import dk.caseportal.identity.api.TeamId;
import dk.caseportal.identity.api.UserSummary;
import dk.caseportal.web.faces.LazyTables;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Backs the administrators' team list: create and rename teams, add and remove agents. */
@Named
@ViewScoped
public class TeamsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 10;

    @Inject
    transient TeamAdministration teams;

    private LazyDataModel<TeamDetails> list;
    private TeamId editedId;
    private long editedVersion;
    private String name;
    private TeamDetails staffed;
    private UserSummary newMember;

    @PostConstruct
    void init() {
        list = new TeamModel(teams);
    }

    public void newTeam() {
        editedId = null;
        name = null;
    }

    public void edit(TeamDetails team) {
        editedId = team.id();
        editedVersion = team.version();
        name = team.name();
    }

    /** Keeps the dialog open with what was typed when the name is taken or the team changed meanwhile. */
    public void save() {
        try {
            if (editedId == null) {
                teams.create(name);
                Messages.addGlobalInfo("teams.created", name.strip());
            } else {
                teams.rename(editedId, name, editedVersion);
                Messages.addGlobalInfo("teams.renamed", name.strip());
            }
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (NameAlreadyInUseException e) {
            Messages.addError("teamForm:name", "teams.nameInUse");
        } catch (ConcurrentChangeException e) {
            Messages.addError("teamForm:name", "teams.changedMeanwhile");
        }
    }

    public void staff(TeamDetails team) {
        staffed = team;
        newMember = null;
    }

    public List<UserSummary> completeStaff(String text) {
        return teams.findStaff(text, SUGGESTIONS);
    }

    public void addMember() {
        if (newMember == null) {
            Messages.addError("membersForm:agent", "teams.chooseAgent");
            return;
        }
        teams.addMember(staffed.id(), newMember.id());
        Messages.addGlobalInfo("teams.memberAdded", newMember.name(), staffed.name());
        newMember = null;
        reloadStaffed();
    }

    public void removeMember(UserSummary agent) {
        teams.removeMember(staffed.id(), agent.id());
        Messages.addGlobalInfo("teams.memberRemoved", agent.name(), staffed.name());
        reloadStaffed();
    }

    private void reloadStaffed() {
        staffed = teams.find(staffed.id()).orElse(staffed);
    }

    public String memberNames(TeamDetails team) {
        return team.members().stream().map(UserSummary::name).collect(Collectors.joining(", "));
    }

    public LazyDataModel<TeamDetails> getList() {
        return list;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TeamDetails getStaffed() {
        return staffed;
    }

    public UserSummary getNewMember() {
        return newMember;
    }

    public void setNewMember(UserSummary newMember) {
        this.newMember = newMember;
    }

    /** Teams by name, one page at a time from the database. */
    static class TeamModel extends LazyDataModel<TeamDetails> {

        private static final long serialVersionUID = 1L;

        private final transient TeamAdministration teams;

        TeamModel(TeamAdministration teams) {
            this.teams = teams;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(teams.count(LazyTables.text(filterBy, "name")));
        }

        @Override
        public List<TeamDetails> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            return teams.find(LazyTables.text(filterBy, "name"), first, pageSize, LazyTables.ascending(sortBy, true));
        }
    }
}
