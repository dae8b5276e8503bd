package dk.caseportal.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;

/**
 * Fills the running portal's database with realistic volume for trying it out and for the
 * benchmark: customers with licensed products, their users with product access, and cases spread
 * over them with varied products, classifications, statuses, dates and private flags. Runs once
 * the portal has migrated and loaded the demo data; adds only what is missing, so running it
 * again with the same number does nothing. Everything is random but seeded: the same number
 * gives the same data.
 *
 * <p>It writes the tables directly, because going through the portal's services would take hours
 * for 100,000 cases; ids come from {@link IdBlocks}.
 */
final class CaseDataGenerator {

    private static final Logger LOG = Logger.getLogger(CaseDataGenerator.class.getName());
    static final String CUSTOMER_PREFIX = "Testkunde ";
    private static final int CUSTOMERS = 60;
    private static final int USERS_PER_CUSTOMER = 12;
    private static final int BATCH = 1000;
    /** The demo customer "BPO Account" gets this share of the cases, so Patrick's lists are long. */
    private static final double BPO_SHARE = 0.05;
    private static final String[] TITLES = {"Fejl ved oprettelse af medarbejder", "Lønkørsel stopper med fejl",
        "Spørgsmål til ferieberegning", "Integration til bank fejler", "Rapport viser forkerte tal",
        "Ønske om nyt felt på lønseddel", "Opsætning af ny afdeling", "Login virker ikke", "Langsom svartid",
        "Eksport til Excel mangler kolonner", "Pensionsindberetning afvist", "Fejl i skattekort",
        "Bestilling af konsulent", "Ændring af kontoplan", "Timeregistrering låser"};
    private static final String[] STATUSES = {"NEW", "IN_PROGRESS", "WAITING_FOR_CUSTOMER", "SOLVED", "CLOSED"};
    private static final int[] STATUS_WEIGHTS = {10, 20, 10, 20, 40};

    private final Connection db;
    private final Random random;
    private final Instant now = Instant.now();
    private final IdBlocks ids;

    private CaseDataGenerator(Connection db, long seed) {
        this.db = db;
        this.random = new Random(seed);
        this.ids = new IdBlocks(db);
    }

    /** Brings the number of cases up to {@code wanted}; returns how many it added. */
    static int generate(String jdbcUrl, String user, String password, int wanted) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?")
                + "reWriteBatchedInserts=true", user, password)) {
            db.setAutoCommit(false);
            return new CaseDataGenerator(db, wanted).fill(wanted);
        }
    }

    private int fill(int wanted) throws SQLException {
        long existing = single("SELECT COUNT(*) FROM cases.support_case");
        if (existing >= wanted) {
            LOG.info(() -> "The database has " + existing + " cases; none generated");
            return 0;
        }
        List<Customer> customers = customers();
        db.commit();
        Map<Long, String> teamNames = names("SELECT id, name FROM identity.agent_team");
        List<long[]> owners = pairs("SELECT team_id, user_id FROM identity.team_member");
        Map<Long, String> userNames = names("SELECT id, name FROM identity.app_user");
        Map<String, String> priorities = priorities();
        List<Long> types = ids("TYPE");
        List<Long> urgencies = ids("URGENCY");
        List<Long> impacts = ids("IMPACT");
        List<Long> subjects = ids("SUBJECT");
        Customer bpo = customers.stream().filter(c -> c.name.equals("BPO Account")).findFirst().orElse(null);

        int toAdd = (int) (wanted - existing);
        Instant started = Instant.now();
        try (PreparedStatement cases = db.prepareStatement("""
                INSERT INTO cases.support_case (id, case_number, customer_id, customer_name, product_id, product_name,
                    type_id, urgency_id, impact_id, subject_id, title, description, private_case, status, priority,
                    team_id, team_name, owner_id, owner_name, contact_id, contact_name, created_at, updated_at)
                VALUES (?, nextval('cases.case_number_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?, ?)""");
             PreparedStatement followers = db.prepareStatement(
                     "INSERT INTO cases.case_follower (case_id, user_id) VALUES (?, ?)");
             PreparedStatement events = db.prepareStatement("""
                     INSERT INTO cases.case_event (id, case_id, occurred_at, actor_id, actor_name, kind, team_name,
                         owner_name, rule_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < toAdd; i++) {
                Customer customer = bpo != null && random.nextDouble() < BPO_SHARE ? bpo
                        : customers.get(random.nextInt(customers.size()));
                Member contact = customer.members.get(random.nextInt(customer.members.size()));
                long productId = contact.products.get(random.nextInt(contact.products.size()));
                long urgency = pick(urgencies);
                long impact = pick(impacts);
                long[] owner = owners.isEmpty() ? null : owners.get(random.nextInt(owners.size()));
                boolean unowned = owner == null || random.nextInt(4) == 0;
                Instant created = now.minus(Duration.ofMinutes(random.nextInt(2 * 365 * 24 * 60)));
                Instant updated = created.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 30)));
                Timestamp createdAt = Timestamp.from(created);
                Timestamp updatedAt = Timestamp.from(updated.isAfter(now) ? now : updated);
                long caseId = next("cases.support_case_seq");
                int p = 1;
                cases.setLong(p++, caseId);
                cases.setLong(p++, customer.id);
                cases.setString(p++, customer.name);
                cases.setLong(p++, productId);
                cases.setString(p++, customer.productNames.get(productId));
                cases.setLong(p++, pick(types));
                cases.setLong(p++, urgency);
                cases.setLong(p++, impact);
                cases.setLong(p++, pick(subjects));
                cases.setString(p++, TITLES[random.nextInt(TITLES.length)] + " (" + (i + 1) + ")");
                cases.setString(p++, "Genereret testsag. Beskrivelsen står her med flere linjer.\nLinje to.");
                cases.setBoolean(p++, random.nextInt(10) == 0);
                cases.setString(p++, weighted());
                cases.setString(p++, priorities.getOrDefault(urgency + "/" + impact, "MEDIUM"));
                setTeam(cases, p, owner == null ? null : owner[0], owner == null ? null : teamNames.get(owner[0]));
                p += 2;
                setTeam(cases, p, unowned ? null : owner[1], unowned ? null : userNames.get(owner[1]));
                p += 2;
                cases.setLong(p++, contact.id);
                cases.setString(p++, contact.name);
                cases.setTimestamp(p++, createdAt);
                cases.setTimestamp(p, updatedAt);
                cases.addBatch();
                followers.setLong(1, caseId);
                followers.setLong(2, contact.id);
                followers.addBatch();
                event(events, caseId, createdAt, contact, "CREATED", null, null);
                event(events, caseId, createdAt, null, "ASSIGNED_BY_RULE",
                        owner == null ? null : teamNames.get(owner[0]), unowned ? null : userNames.get(owner[1]));
                if ((i + 1) % BATCH == 0 || i + 1 == toAdd) {
                    cases.executeBatch();
                    followers.executeBatch();
                    events.executeBatch();
                    db.commit();
                }
            }
        }
        // Fresh statistics, and a visibility map so counts can be answered from the indexes alone.
        db.setAutoCommit(true);
        try (Statement statement = db.createStatement()) {
            statement.execute("VACUUM ANALYZE cases.support_case");
            statement.execute("VACUUM ANALYZE cases.case_follower");
            statement.execute("VACUUM ANALYZE cases.case_event");
        }
        LOG.info("Generated " + toAdd + " cases in " + Duration.between(started, Instant.now()).toSeconds() + " s");
        return toAdd;
    }

    private void event(PreparedStatement events, long caseId, Timestamp at, Member actor, String kind,
                       String team, String owner) throws SQLException {
        events.setLong(1, next("cases.case_event_seq"));
        events.setLong(2, caseId);
        events.setTimestamp(3, at);
        if (actor == null) {
            events.setNull(4, java.sql.Types.BIGINT);
            events.setNull(5, java.sql.Types.VARCHAR);
        } else {
            events.setLong(4, actor.id);
            events.setString(5, actor.name);
        }
        events.setString(6, kind);
        events.setString(7, team);
        events.setString(8, owner);
        events.setNull(9, java.sql.Types.BIGINT);
        events.addBatch();
    }

    private static void setTeam(PreparedStatement statement, int index, Long id, String name) throws SQLException {
        if (id == null) {
            statement.setNull(index, java.sql.Types.BIGINT);
            statement.setNull(index + 1, java.sql.Types.VARCHAR);
        } else {
            statement.setLong(index, id);
            statement.setString(index + 1, name);
        }
    }

    private long pick(List<Long> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String weighted() {
        int roll = random.nextInt(100);
        for (int i = 0; i < STATUSES.length; i++) {
            roll -= STATUS_WEIGHTS[i];
            if (roll < 0) {
                return STATUSES[i];
            }
        }
        return STATUSES[STATUSES.length - 1];
    }

    /** The demo customers and the generated ones (created on the first run), with members who have access. */
    private List<Customer> customers() throws SQLException {
        if (single("SELECT COUNT(*) FROM identity.customer WHERE name LIKE '" + CUSTOMER_PREFIX + "%'") == 0) {
            createCustomers();
        }
        Map<Long, Customer> byId = new HashMap<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery("""
                SELECT c.id, c.name, u.id, u.name, p.id, p.name
                FROM identity.product_access a
                JOIN identity.customer c ON c.id = a.customer_id
                JOIN identity.app_user u ON u.id = a.user_id
                JOIN identity.product p ON p.id = a.product_id
                WHERE c.active AND u.active AND p.active
                ORDER BY c.id, u.id, p.id""")) {
            while (rows.next()) {
                Customer customer = byId.computeIfAbsent(rows.getLong(1), id -> new Customer(id, nameOf(rows, 2)));
                long userId = rows.getLong(3);
                Member member = customer.members.stream().filter(m -> m.id == userId).findFirst().orElseGet(() -> {
                    Member created = new Member(userId, nameOf(rows, 4));
                    customer.members.add(created);
                    return created;
                });
                member.products.add(rows.getLong(5));
                customer.productNames.put(rows.getLong(5), rows.getString(6));
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static String nameOf(ResultSet rows, int column) {
        try {
            return rows.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void createCustomers() throws SQLException {
        List<Long> products = new ArrayList<>();
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM identity.product WHERE active ORDER BY id")) {
            while (rows.next()) {
                products.add(rows.getLong(1));
            }
        }
        String passwordHash = text("SELECT password_hash FROM identity.app_user"
                + " WHERE email = 'patrick.stjerne@bpo.example'");
        try (PreparedStatement customer = db.prepareStatement(
                "INSERT INTO identity.customer (id, name, customer_number) VALUES (?, ?, ?)");
             PreparedStatement licence = db.prepareStatement(
                     "INSERT INTO identity.customer_product (customer_id, product_id) VALUES (?, ?)");
             PreparedStatement user = db.prepareStatement("INSERT INTO identity.app_user (id, name, email,"
                     + " password_hash, locale, role) VALUES (?, ?, ?, ?, ?, 'CUSTOMER')");
             PreparedStatement membership = db.prepareStatement(
                     "INSERT INTO identity.membership (user_id, customer_id) VALUES (?, ?)");
             PreparedStatement access = db.prepareStatement(
                     "INSERT INTO identity.product_access (user_id, customer_id, product_id) VALUES (?, ?, ?)")) {
            for (int c = 1; c <= CUSTOMERS; c++) {
                long customerId = next("identity.customer_seq");
                customer.setLong(1, customerId);
                customer.setString(2, String.format("%s%03d A/S", CUSTOMER_PREFIX, c));
                customer.setString(3, String.format("9%04d", c));
                customer.executeUpdate();
                List<Long> licensed = new ArrayList<>(products.subList(0, 1 + random.nextInt(products.size())));
                for (long product : licensed) {
                    licence.setLong(1, customerId);
                    licence.setLong(2, product);
                    licence.addBatch();
                }
                licence.executeBatch();
                for (int u = 1; u <= USERS_PER_CUSTOMER; u++) {
                    long userId = next("identity.user_seq");
                    user.setLong(1, userId);
                    user.setString(2, String.format("Bruger %d-%02d", c, u));
                    user.setString(3, String.format("bruger%d.%02d@testkunde%03d.example", c, u, c));
                    user.setString(4, passwordHash);
                    user.setString(5, u % 4 == 0 ? "en" : "da");
                    user.addBatch();
                    membership.setLong(1, userId);
                    membership.setLong(2, customerId);
                    membership.addBatch();
                    for (long product : licensed) {
                        if (product == licensed.get(0) || random.nextBoolean()) {
                            access.setLong(1, userId);
                            access.setLong(2, customerId);
                            access.setLong(3, product);
                            access.addBatch();
                        }
                    }
                }
                user.executeBatch();
                membership.executeBatch();
                access.executeBatch();
            }
        }
    }

    private List<Long> ids(String kind) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT id FROM cases.reference_value WHERE active AND kind = '" + kind + "' ORDER BY position")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private Map<String, String> priorities() throws SQLException {
        Map<String, String> matrix = new HashMap<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT urgency_id, impact_id, priority FROM cases.priority_matrix")) {
            while (rows.next()) {
                matrix.put(rows.getLong(1) + "/" + rows.getLong(2), rows.getString(3));
            }
        }
        return matrix;
    }

    private Map<Long, String> names(String sql) throws SQLException {
        Map<Long, String> names = new HashMap<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                names.put(rows.getLong(1), rows.getString(2));
            }
        }
        return names;
    }

    private List<long[]> pairs(String sql) throws SQLException {
        List<long[]> pairs = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                pairs.add(new long[] {rows.getLong(1), rows.getLong(2)});
            }
        }
        return pairs;
    }

    private long single(String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String text(String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private long next(String sequence) throws SQLException {
        return ids.next(sequence);
    }

    private static final class Customer {
        private final long id;
        private final String name;
        private final List<Member> members = new ArrayList<>();
        private final Map<Long, String> productNames = new HashMap<>();

        Customer(long id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    private static final class Member {
        private final long id;
        private final String name;
        private final List<Long> products = new ArrayList<>();

        Member(long id, String name) {
            this.id = id;
            this.name = name;
        }
    }
}
