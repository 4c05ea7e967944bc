package org.interagency.agreements.benchmarks.json;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.DocumentSyntax;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads a 50 MB agreement from a file and reports the heap it took: the peak of the heap memory
 * pools during the read (JMX peak usage, reset after a GC before the read) minus the heap in use
 * before it. Run it with a heap of five times the document to prove the bound end to end:
 *
 * <pre>
 * java -Xmx238m -cp agreements-benchmarks/target/benchmarks.jar \
 *     org.interagency.agreements.benchmarks.json.LargeAgreementHeap 135000
 * </pre>
 *
 * The argument is the number of responsibilities (135 000 make 50 MB; -Xmx238m is 249.6 MB, under five times 50.2 MB).
 */
public final class LargeAgreementHeap {

    private LargeAgreementHeap() {
    }

    /** Writes the document, reads it back, and prints the sizes. */
    public static void main(String[] args) throws IOException {
        int responsibilities = args.length > 0 ? Integer.parseInt(args[0]) : 135_000;
        Path file = Files.createTempFile("large-agreement", ".json");
        try {
            AgreementJson writer = AgreementJson.defaults();
            Files.write(file, writer.writeBytes(SyntheticAgreements.withResponsibilities(responsibilities)));
            long size = Files.size(file);
            AgreementJson reader = AgreementJson.builder()
                    .maxDocumentBytes(size)
                    .maxTokenCount(Long.MAX_VALUE)
                    .build();

            System.gc();
            long before = used();
            List<MemoryPoolMXBean> heap = heapPools();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            Agreement agreement = reader.read(DocumentSource.of(file, DocumentSyntax.JSON)).agreement();
            long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            System.gc();
            long retained = used() - before;

            System.out.printf(Locale.ROOT, "document: %.1f MB, %d responsibilities%n", size / 1e6,
                    agreement.responsibilities().size());
            System.out.printf(Locale.ROOT, "peak heap during the read (sum of pool peaks): %.1f MB = %.2f x the document%n",
                    (peak - before) / 1e6, (double) (peak - before) / size);
            System.out.printf(Locale.ROOT, "heap retained by the agreement: %.1f MB = %.2f x the document%n",
                    retained / 1e6, (double) retained / size);
            System.out.printf(Locale.ROOT, "max heap: %.1f MB%n", Runtime.getRuntime().maxMemory() / 1e6);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long used() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }
}
