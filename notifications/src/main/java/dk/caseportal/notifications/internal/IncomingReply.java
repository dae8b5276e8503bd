package dk.caseportal.notifications.internal;

import java.util.List;

/**
 * A mail read from the replies mailbox, as far as the portal cares.
 *
 * @param key        what makes it unique: its Message-ID (or a digest of its headers without one)
 * @param from       the sender's address; null when it has none
 * @param references the Message-IDs it answers (In-Reply-To, then References)
 * @param automatic  sent by a program (an auto-reply, a bounce, a mailing list): never answered
 * @param unverified the receiving server found the sender's domain's DMARC check failing
 * @param text       the reply's own words, quote and signature removed
 */
record IncomingReply(String key, String from, String subject, List<String> references, boolean automatic,
                     boolean unverified, String text, List<Attachment> attachments) {

    IncomingReply {
        references = List.copyOf(references);
        attachments = List.copyOf(attachments);
    }

    /** A file attached to the reply. */
    record Attachment(String fileName, byte[] content) {
    }
}
