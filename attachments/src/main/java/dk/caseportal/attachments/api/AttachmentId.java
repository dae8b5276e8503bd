package dk.caseportal.attachments.api;

import java.util.Optional;
import java.io.Serializable;
import java.util.UUID;

/** A file's public id: random, so an address tells nothing about other files. */
public record AttachmentId(UUID value) implements Serializable {

    public AttachmentId {
        if (value == null) {
            throw new IllegalArgumentException("An attachment id is required");
        }
    }

    public static AttachmentId random() {
        return new AttachmentId(UUID.randomUUID());
    }

    /** Empty for anything that is not a UUID: such an address simply finds nothing. */
    public static Optional<AttachmentId> parse(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AttachmentId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
