package org.interagency.agreements.robustness;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Documents too large to check in, produced on the fly as streams that hold only a few short
 * byte patterns in memory: whatever memory a read of them uses is the reader's own.
 */
final class GeneratedDocuments {

    /** Two hundred megabytes, as the issue asks: far beyond any sane title, and more than the test heap can hold twice. */
    static final long TWO_HUNDRED_MEGABYTES = 200L * 1024 * 1024;

    private GeneratedDocuments() {
    }

    /** {@code {"schemaVersion": "1.0", "vision": [[[[...]]]]}} with {@code depth} nested arrays. */
    static InputStream deeplyNestedArrays(int depth) {
        return new SegmentedInputStream(List.of(
                Segment.once("{\n  \"schemaVersion\": \"1.0\",\n  \"vision\": "),
                Segment.repeated("[", depth),
                Segment.repeated("]", depth),
                Segment.once("\n}\n")));
    }

    /** {@code {"schemaVersion": "1.0", "term": {"a": {"a": ... 1 ...}}}}: nesting along object keys. */
    static InputStream deeplyNestedObjects(int depth) {
        return new SegmentedInputStream(List.of(
                Segment.once("{\n  \"schemaVersion\": \"1.0\",\n  \"term\": "),
                Segment.repeated("{\"a\":", depth),
                Segment.once("1"),
                Segment.repeated("}", depth),
                Segment.once("\n}\n")));
    }

    /** The same nesting in YAML flow style: {@code vision: [[[[...]]]]}. */
    static InputStream deeplyNestedYaml(int depth) {
        return new SegmentedInputStream(List.of(
                Segment.once("schemaVersion: \"1.0\"\nvision: "),
                Segment.repeated("[", depth),
                Segment.repeated("]", depth),
                Segment.once("\n")));
    }

    /** A document whose title is one string of {@code length} letters 'a'. */
    static InputStream longTitle(long length) {
        return new SegmentedInputStream(List.of(
                Segment.once("{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \"long-title\",\n  \"title\": \""),
                Segment.repeated("a", length),
                Segment.once("\"\n}\n")));
    }

    /** A document whose first key is {@code length} letters 'k' long. */
    static InputStream longKey(long length) {
        return new SegmentedInputStream(List.of(
                Segment.once("{\n  \""),
                Segment.repeated("k", length),
                Segment.once("\": 1\n}\n")));
    }

    /** A document listing {@code count} identical, well-formed parties. */
    static InputStream manyParties(long count) {
        return new SegmentedInputStream(List.of(
                Segment.once("{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \"many-parties\",\n  \"title\": \"Many parties\",\n"
                        + "  \"kind\": \"memorandum-of-understanding\",\n  \"status\": \"draft\",\n"
                        + "  \"term\": { \"effective\": \"2027-01-01\", \"reviewCycle\": \"P1Y\" },\n  \"parties\": [\n"),
                Segment.once(PARTY),
                Segment.repeated(",\n" + PARTY, count - 1),
                Segment.once("\n  ]\n}\n")));
    }

    /**
     * A document listing {@code count} parties with distinct ids {@code agency-0000000},
     * {@code agency-0000001}, ..., each made when the reader gets to it.
     */
    static InputStream distinctParties(int count) {
        Enumeration<InputStream> parts = new Enumeration<>() {
            private int next = -1;

            @Override
            public boolean hasMoreElements() {
                return next <= count;
            }

            @Override
            public InputStream nextElement() {
                String part;
                if (next == -1) {
                    part = "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \"distinct-parties\",\n  \"title\": \"Distinct parties\",\n"
                            + "  \"kind\": \"memorandum-of-understanding\",\n  \"status\": \"draft\",\n"
                            + "  \"term\": { \"effective\": \"2027-01-01\", \"reviewCycle\": \"P1Y\" },\n  \"parties\": [\n";
                } else if (next == count) {
                    part = "\n  ]\n}\n";
                } else {
                    part = (next == 0 ? "" : ",\n") + String.format(Locale.ROOT,
                            "    { \"agencyId\": \"agency-%07d\", \"name\": \"Agency %d\", \"jurisdiction\": \"us\", \"roles\": [\"participant\"] }",
                            next, next);
                }
                next++;
                return new ByteArrayInputStream(part.getBytes(StandardCharsets.UTF_8));
            }
        };
        return new SequenceInputStream(parts);
    }

    /** Bytes of one party in {@link #manyParties}: 119 characters, all ASCII. */
    static final String PARTY =
            "    { \"agencyId\": \"agency\", \"name\": \"An agency\", \"jurisdiction\": \"us\", \"roles\": [\"participant\"] }";

    /** A pattern and how many times it appears in a row. */
    record Segment(byte[] pattern, long repetitions) {
        Segment {
            Objects.requireNonNull(pattern, "pattern");
            if (pattern.length == 0 || repetitions < 0) {
                throw new IllegalArgumentException("a segment needs a non-empty pattern and a repetition count of at least 0");
            }
        }

        static Segment once(String text) {
            return new Segment(text.getBytes(StandardCharsets.UTF_8), 1);
        }

        static Segment repeated(String text, long repetitions) {
            return new Segment(text.getBytes(StandardCharsets.UTF_8), repetitions);
        }

        long length() {
            return pattern.length * repetitions;
        }
    }

    /** Reads the segments in order without allocating: each read copies pattern bytes into the caller's buffer. */
    static final class SegmentedInputStream extends InputStream {
        private final List<Segment> segments;
        private int segment;
        private long offsetInSegment;
        private long delivered;

        SegmentedInputStream(List<Segment> segments) {
            this.segments = List.copyOf(segments);
        }

        /** How many bytes this stream has handed out so far: shows how far a reader got before it stopped. */
        long delivered() {
            return delivered;
        }

        /** The length of the whole document in bytes. */
        long length() {
            long total = 0;
            for (Segment s : segments) {
                total += s.length();
            }
            return total;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            Objects.checkFromIndexSize(offset, length, buffer.length);
            if (length == 0) {
                return 0;
            }
            int written = 0;
            while (written < length && segment < segments.size()) {
                Segment current = segments.get(segment);
                if (offsetInSegment >= current.length()) {
                    segment++;
                    offsetInSegment = 0;
                    continue;
                }
                byte[] pattern = current.pattern();
                int n;
                if (pattern.length == 1) {
                    // One repeated byte: fill the whole request at once, 200 MB would take long byte by byte.
                    n = (int) Math.min(length - written, current.length() - offsetInSegment);
                    Arrays.fill(buffer, offset + written, offset + written + n, pattern[0]);
                } else {
                    int inPattern = (int) (offsetInSegment % pattern.length);
                    n = (int) Math.min(Math.min(length - written, pattern.length - inPattern),
                            current.length() - offsetInSegment);
                    System.arraycopy(pattern, inPattern, buffer, offset + written, n);
                }
                written += n;
                offsetInSegment += n;
            }
            delivered += written;
            return written == 0 ? -1 : written;
        }
    }
}
