package org.wirescope.store;

import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.wirescope.model.Record;

/**
 * Every stored record in article id order, read a page at a time; a failed read is a
 * {@link StoreException} naming {@code storeName}.
 */
final class StoredRecords implements Iterator<Record> {

    static final int PAGE = 500;

    private final RecordReader reader;
    private final DateRange dates;
    private final String storeName;
    private List<Record> page = List.of();
    private int next;
    private String lastId;
    private boolean exhausted;

    StoredRecords(RecordReader reader, DateRange dates, String storeName) {
        this.reader = reader;
        this.dates = dates;
        this.storeName = storeName;
    }

    @Override
    public boolean hasNext() {
        if (next < page.size()) return true;
        if (exhausted) return false;
        try {
            page = reader.page(lastId, PAGE, dates);
        } catch (SQLException e) {
            throw new StoreException(storeName + ": cannot read articles after " + lastId + ": " + e.getMessage(), e);
        }
        next = 0;
        exhausted = page.size() < PAGE;
        if (!page.isEmpty()) lastId = page.get(page.size() - 1).id();
        return !page.isEmpty();
    }

    @Override
    public Record next() {
        if (!hasNext()) throw new NoSuchElementException();
        return page.get(next++);
    }
}
