package dk.caseportal.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * One case with a long conversation, for the case page's benchmark: Patrick's case at BPO Account
 * about Løn ABC, followed by Mette, with {@link #ENTRIES} feed entries — posts by Patrick, Mette
 * and the agent Lars (some of them internal notes), and now and then an agent's status change.
 * Written once, after the demo data; found again by its title.
 */
final class ConversationGenerator {

    static final String TITLE = "Lang samtale: lønkørslen (benchmark)";
    static final int ENTRIES = 1000;
    private static final Logger LOG = Logger.getLogger(ConversationGenerator.class.getName());
    private static final String[] STATUSES = {"IN_PROGRESS", "WAITING_FOR_CUSTOMER"};

    private final Connection db;
    private final IdBlocks ids;

    private ConversationGenerator(Connection db) {
        this.db = db;
        this.ids = new IdBlocks(db);
    }

    /** Returns the case's number, 8 digits; writes the case only the first time. */
    static String generate(String jdbcUrl, String user, String password) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            db.setAutoCommit(false);
            return new ConversationGenerator(db).ensure();
        }
    }

    private String ensure() throws SQLException {
        Long existing = number("SELECT case_number FROM cases.support_case WHERE title = ?", TITLE);
        if (existing != null) {
            return String.format("%08d", existing);
        }
        long customer = number("SELECT id FROM identity.customer WHERE name = ?", "BPO Account");
        long product = number("SELECT id FROM identity.product WHERE name = ?", "Løn ABC");
        long patrick = number("SELECT id FROM identity.app_user WHERE email = ?", "patrick.stjerne@bpo.example");
        long mette = number("SELECT id FROM identity.app_user WHERE email = ?", "mette.jensen@bpo.example");
        long lars = number("SELECT id FROM identity.app_user WHERE email = ?", "lars.nielsen@vendor.example");
        Instant start = Instant.now().minus(Duration.ofDays(60));
        long caseId = ids.next("cases.support_case_seq");
        long caseNumber;
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO cases.support_case (id, case_number, customer_id, customer_name, product_id, product_name,
                    type_id, urgency_id, impact_id, subject_id, title, description, private_case, status, priority,
                    contact_id, contact_name, created_at, updated_at)
                VALUES (?, nextval('cases.case_number_seq'), ?, 'BPO Account', ?, 'Løn ABC', 1, 6, 10, 15, ?,
                    'Lønkørslen stopper ved de samme medarbejdere hver måned.', FALSE, 'IN_PROGRESS', 'HIGH',
                    ?, 'Patrick Stjerne', ?, ?) RETURNING case_number""")) {
            insert.setLong(1, caseId);
            insert.setLong(2, customer);
            insert.setLong(3, product);
            insert.setString(4, TITLE);
            insert.setLong(5, patrick);
            insert.setTimestamp(6, Timestamp.from(start));
            insert.setTimestamp(7, Timestamp.from(start.plus(Duration.ofMinutes(ENTRIES))));
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                caseNumber = rows.getLong(1);
            }
        }
        try (PreparedStatement follow = db.prepareStatement(
                "INSERT INTO cases.case_follower (case_id, user_id) VALUES (?, ?)")) {
            for (long follower : new long[] {patrick, mette, lars}) {
                follow.setLong(1, caseId);
                follow.setLong(2, follower);
                follow.addBatch();
            }
            follow.executeBatch();
        }
        write(caseId, start, new long[] {patrick, mette, lars});
        db.commit();
        LOG.info(() -> "Wrote case " + caseNumber + " with " + ENTRIES + " feed entries");
        return String.format("%08d", caseNumber);
    }

    private void write(long caseId, Instant start, long[] people) throws SQLException {
        String[] names = {"Patrick Stjerne", "Mette Jensen", "Lars Nielsen"};
        try (PreparedStatement posts = db.prepareStatement("""
                INSERT INTO cases.case_post (id, case_id, author_id, author_name, vendor_side, internal, body_html,
                    body_text, posted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement events = db.prepareStatement("""
                     INSERT INTO cases.case_event (id, case_id, occurred_at, actor_id, actor_name, kind, vendor_side)
                     VALUES (?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement changes = db.prepareStatement("""
                     INSERT INTO cases.case_event_change (event_id, position, field, old_value, new_value)
                     VALUES (?, 0, 'STATUS', ?, ?)""")) {
            event(events, caseId, start, people[0], names[0], "CREATED", false);
            for (int i = 1; i < ENTRIES; i++) {
                Timestamp at = Timestamp.from(start.plus(Duration.ofMinutes(i)));
                if (i % 25 == 0) {
                    long eventId = event(events, caseId, at.toInstant(), people[2], names[2], "UPDATED", true);
                    changes.setLong(1, eventId);
                    changes.setString(2, STATUSES[(i / 25 + 1) % 2]);
                    changes.setString(3, STATUSES[(i / 25) % 2]);
                    changes.addBatch();
                    continue;
                }
                int who = i % 3;
                boolean vendor = who == 2;
                String text = "Indlæg " + i + ": lønkørslen for periode " + (1 + i % 12)
                        + " stopper ved medarbejder " + (100 + i % 37) + ". Vi har prøvet igen uden held.";
                posts.setLong(1, ids.next("cases.case_post_seq"));
                posts.setLong(2, caseId);
                posts.setLong(3, people[who]);
                posts.setString(4, names[who]);
                posts.setBoolean(5, vendor);
                posts.setBoolean(6, vendor && i % 10 == 2);
                posts.setString(7, "<p>" + text.replace(": ", ": <b>") + "</b></p>");
                posts.setString(8, text);
                posts.setTimestamp(9, at);
                posts.addBatch();
            }
            events.executeBatch();
            changes.executeBatch();
            posts.executeBatch();
        }
    }

    private long event(PreparedStatement events, long caseId, Instant at, long actor, String name, String kind,
                       boolean vendorSide) throws SQLException {
        long id = ids.next("cases.case_event_seq");
        events.setLong(1, id);
        events.setLong(2, caseId);
        events.setTimestamp(3, Timestamp.from(at));
        events.setLong(4, actor);
        events.setString(5, name);
        events.setString(6, kind);
        events.setBoolean(7, vendorSide);
        events.addBatch();
        return id;
    }

    private Long number(String sql, String parameter) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }
}
