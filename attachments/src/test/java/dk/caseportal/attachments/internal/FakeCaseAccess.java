package dk.caseportal.attachments.internal;

import dk.caseportal.attachments.api.CaseFileAccess;
import dk.caseportal.attachments.api.FileUser;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The case module's answers, in memory: who is signed in, which cases they see, who is an agent. */
final class FakeCaseAccess implements CaseFileAccess {

    private final Map<Long, Set<Long>> visible = new HashMap<>();
    private final Set<Long> agents = new HashSet<>();
    private FileUser signedIn;

    FakeCaseAccess signIn(FileUser user) {
        signedIn = user;
        return this;
    }

    FakeCaseAccess sees(FileUser user, long caseNumber) {
        visible.computeIfAbsent(user.id(), id -> new HashSet<>()).add(caseNumber);
        return this;
    }

    FakeCaseAccess agent(FileUser user) {
        agents.add(user.id());
        return this;
    }

    @Override
    public Optional<FileUser> caller() {
        return Optional.ofNullable(signedIn);
    }

    @Override
    public boolean mayRead(long caseNumber) {
        return signedIn != null && (agents.contains(signedIn.id())
                || visible.getOrDefault(signedIn.id(), Set.of()).contains(caseNumber));
    }

    @Override
    public boolean mayAdd(long caseNumber) {
        return mayRead(caseNumber);
    }

    @Override
    public boolean mayRemove(long caseNumber, long uploaderId) {
        return mayRead(caseNumber) && (signedIn.id() == uploaderId || agents.contains(signedIn.id()));
    }
}
