package dk.caseportal.launcher;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Ids for rows the generators write, in the blocks of 50 EclipseLink takes from the same
 * sequences (a sequence value is the top of its block), so the portal's own inserts never
 * collide with them.
 */
final class IdBlocks {

    private final Connection db;
    private final Map<String, long[]> blocks = new HashMap<>();

    IdBlocks(Connection db) {
        this.db = db;
    }

    long next(String sequence) throws SQLException {
        long[] block = blocks.get(sequence);
        if (block == null || block[0] > block[1]) {
            try (Statement statement = db.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT nextval('" + sequence + "')")) {
                rows.next();
                long top = rows.getLong(1);
                block = new long[] {top - 49, top};
                blocks.put(sequence, block);
            }
        }
        return block[0]++;
    }
}
