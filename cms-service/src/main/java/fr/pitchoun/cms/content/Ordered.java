package fr.pitchoun.cms.content;

import java.util.ArrayList;
import java.util.List;

/**
 * An item editors put in order with "monter" / "descendre" buttons or a typed position (home blocks, menu items).
 * Positions are 1, 2, 3... with no gaps: every move renumbers the whole list.
 */
public interface Ordered {

    int position();

    void position(int position);

    /**
     * Moves {@code item} of {@code items} (in their current order) to {@code newPosition} (from 1, clamped to the
     * list) and renumbers them all; the position it had before.
     */
    static <T extends Ordered> int move(List<T> items, T item, int newPosition) {
        int before = item.position();
        List<T> order = new ArrayList<>(items);
        order.remove(item);
        order.add(Math.max(0, Math.min(order.size(), newPosition - 1)), item);
        for (int i = 0; i < order.size(); i++) {
            order.get(i).position(i + 1);
        }
        return before;
    }
}
