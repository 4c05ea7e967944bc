package org.interagency.agreements.core.internal.roles;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers distinct strings 0, 1, 2… in the order they are first seen, with open addressing over
 * the strings' cached hash codes. It replaces a {@code HashMap<String, Integer>} on the path that
 * reads every assignment's agency: at 10^4 and more assignments that map's entry and boxed value
 * were two cache misses per assignment, and the table's largest single cost. Not thread-safe.
 */
final class StringNumbering {

    private final List<String> strings = new ArrayList<>();
    private String[] keys;
    private int[] numbers;
    private int mask;

    /** An empty numbering, sized for {@code expected} distinct strings. */
    StringNumbering(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1;
        keys = new String[capacity];
        numbers = new int[capacity];
        mask = capacity - 1;
    }

    /** The number of {@code string}, given it now if it is new. */
    int number(String string) {
        for (int i = slot(string, mask); ; i = i + 1 & mask) {
            String key = keys[i];
            if (key == null) {
                int number = strings.size();
                strings.add(string);
                keys[i] = string;
                numbers[i] = number;
                if (2 * strings.size() > keys.length) {
                    grow();
                }
                return number;
            }
            if (key == string || key.equals(string)) {
                return numbers[i];
            }
        }
    }

    /** The strings in the order of their numbers: {@code strings().get(number(s)) == s}. */
    List<String> strings() {
        return strings;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldNumbers = numbers;
        keys = new String[2 * oldKeys.length];
        numbers = new int[keys.length];
        mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = slot(oldKeys[j], mask);
                while (keys[i] != null) {
                    i = i + 1 & mask;
                }
                keys[i] = oldKeys[j];
                numbers[i] = oldNumbers[j];
            }
        }
    }

    private static int slot(String string, int mask) {
        int h = string.hashCode() * 0x9E3779B9;
        return (h ^ h >>> 16) & mask;
    }
}
