package dk.caseportal.attachments.api;

import java.io.Serializable;
import java.util.UUID;

/**
 * One "Opret en sag" form's files before the case exists. The files are the uploader's alone
 * until the case is saved; two forms open at once keep their files apart.
 */
public record DraftId(UUID value) implements Serializable {

    public DraftId {
        if (value == null) {
            throw new IllegalArgumentException("A draft id is required");
        }
    }

    public static DraftId random() {
        return new DraftId(UUID.randomUUID());
    }
}
