package org.wirescope.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import org.wirescope.dedup.StorySignature;

/** Reads the stored near-duplicate index back, one signature at a time, in the order it was built. */
final class SignatureReader {

    private SignatureReader() {
    }

    static long forEach(Connection connection, Consumer<StorySignature> each) throws SQLException {
        long n = 0;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT article_id, body_hash, min_hash, cluster FROM story_signatures ORDER BY seq")) {
            while (row.next()) {
                Object[] hashes = (Object[]) row.getArray("min_hash").getArray();
                int[] minHash = new int[hashes.length];
                for (int i = 0; i < hashes.length; i++) minHash[i] = ((Number) hashes[i]).intValue();
                each.accept(new StorySignature(row.getString("article_id"), row.getLong("body_hash"), minHash,
                        row.getString("cluster")));
                n++;
            }
        }
        return n;
    }
}
