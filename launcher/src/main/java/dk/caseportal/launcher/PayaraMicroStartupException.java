package dk.caseportal.launcher;

import java.nio.file.Path;

/** Payara Micro did not become ready: it exited, failed to deploy or took too long. */
public final class PayaraMicroStartupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final transient Path logFile;

    PayaraMicroStartupException(String reason, String logTail, Path logFile) {
        super(reason + " Last lines of " + logFile + ":" + System.lineSeparator() + logTail);
        this.reason = reason;
        this.logFile = logFile;
    }

    /** What went wrong, in one sentence, without the log lines. */
    public String reason() {
        return reason;
    }

    /** Payara Micro's whole output. */
    public Path logFile() {
        return logFile;
    }
}
