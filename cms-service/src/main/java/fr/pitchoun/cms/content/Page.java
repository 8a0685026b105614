package fr.pitchoun.cms.content;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.List;

/** One page of a list: its items, its number (from 1) and how many pages there are. */
public record Page<T>(List<T> items, int number, int count, long total) {

    public static final int SIZE = 20;

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < count;
    }

    public int previous() {
        return number - 1;
    }

    public int next() {
        return number + 1;
    }

    /** The requested page of a query's results (the first or last page when the number is out of range). */
    public static <T> Page<T> of(PanacheQuery<T> query, int requested) {
        long total = query.count();
        int count = pageCount(total);
        int number = Math.min(Math.max(1, requested), count);
        return new Page<>(query.page(number - 1, SIZE).list(), number, count, total);
    }

    public static int pageCount(long total) {
        return (int) Math.max(1, (total + SIZE - 1) / SIZE);
    }
}
