package org.interagency.agreements.robustness;

import net.jqwik.api.Arbitrary;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.testkit.AgreementArbitraries;
import org.interagency.agreements.testkit.Defects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One reader and one validator, shared by 16 threads, read and check 10 000 generated
 * documents and give exactly the reports a single thread gives, document by document.
 *
 * <p>The documents are written before the clock starts: nine in ten are valid agreements from
 * the testkit, one in ten carries a defect for one of the catalogue's rules, so the reports are
 * not all empty; one in four is written as YAML. The 16 workers start together behind a latch
 * and take documents in a shuffled order from a shared counter, so that the same document is
 * rarely checked at the same moment twice in a row and the interleavings differ from run to run.
 */
class ConcurrentUseTest {

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentUseTest.class);
    private static final int DOCUMENTS = 10_000;
    private static final int THREADS = 16;

    private static final AgreementJson READER = AgreementJson.defaults();
    private static final AgreementValidator VALIDATOR = AgreementValidator.builder()
            .clock(AgreementArbitraries.referenceClock())
            .build();

    /** A document and the syntax it is written in. */
    private record Document(byte[] bytes, boolean yaml) {
    }

    private static List<Document> documents;

    @BeforeAll
    static void writeDocuments() {
        long started = System.nanoTime();
        long startedCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        // Small agreements (the testkit's defaults are larger) keep the run near 30 s on two cores;
        // sharing bugs do not need big documents, they need many checks at once.
        List<Agreement> agreements = new ArrayList<>(AgreementArbitraries.agreements()
                .withParties(2, 4).withResponsibilities(1, 3).withProtocols(0, 1).withGoals(1, 2)
                .sampleStream().limit(DOCUMENTS - DOCUMENTS / 10).toList());
        List<String> ruleIds = List.copyOf(Defects.ruleIds());
        int perRule = (DOCUMENTS / 10 + ruleIds.size() - 1) / ruleIds.size();
        for (int i = 0; agreements.size() < DOCUMENTS; i++) {
            Arbitrary<Agreement> defective = Defects.of(ruleIds.get(i));
            defective.sampleStream().limit(Math.min(perRule, DOCUMENTS - agreements.size())).forEach(agreements::add);
        }
        Collections.shuffle(agreements, new Random(DOCUMENTS));
        List<Document> written = new ArrayList<>(DOCUMENTS);
        for (int i = 0; i < agreements.size(); i++) {
            boolean yaml = i % 4 == 3;
            Agreement agreement = agreements.get(i);
            written.add(new Document(yaml ? READER.writeYaml(agreement).getBytes(StandardCharsets.UTF_8)
                    : READER.writeBytes(agreement), yaml));
        }
        documents = List.copyOf(written);
        LOG.info("generated and wrote {} documents ({} defective, {} YAML) in {} ms ({} ms of CPU)", DOCUMENTS,
                DOCUMENTS / 10, DOCUMENTS / 4, (System.nanoTime() - started) / 1_000_000,
                (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - startedCpu) / 1_000_000);
    }

    @Test
    @DisplayName("16 threads sharing one reader and one validator give exactly the reports of one thread")
    void sharedReaderAndValidatorGiveTheSequentialReports() throws Exception {
        long started = System.nanoTime();
        long startedCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        List<Report> sequential = new ArrayList<>(DOCUMENTS);
        for (Document document : documents) {
            sequential.add(readAndValidate(document));
        }
        long sequentialMillis = (System.nanoTime() - started) / 1_000_000;
        long sequentialCpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - startedCpu) / 1_000_000;

        started = System.nanoTime();
        Report[] concurrent = concurrently();
        long concurrentMillis = (System.nanoTime() - started) / 1_000_000;

        LOG.info("read and validated {} documents: {} ms in one thread ({} ms of CPU), {} ms in {} threads;"
                        + " {} reports with errors", DOCUMENTS, sequentialMillis, sequentialCpuMillis, concurrentMillis, THREADS,
                sequential.stream().filter(Report::hasErrors).count());
        assertThat(sequential).anyMatch(Report::hasErrors).anyMatch(Report::isClean);
        for (int i = 0; i < DOCUMENTS; i++) {
            assertThat(concurrent[i]).as("the report of document %d", i).isEqualTo(sequential.get(i));
        }
    }

    private static Report[] concurrently() throws Exception {
        List<Integer> order = new ArrayList<>(DOCUMENTS);
        for (int i = 0; i < DOCUMENTS; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random());
        Report[] reports = new Report[DOCUMENTS];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    start.await();
                    for (int i = next.getAndIncrement(); i < DOCUMENTS; i = next.getAndIncrement()) {
                        int index = order.get(i);
                        reports[index] = readAndValidate(documents.get(index));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return reports;
    }

    private static Report readAndValidate(Document document) {
        Agreement agreement = document.yaml() ? READER.read(DocumentSource.of(document.bytes(), "document", DocumentSyntax.YAML)).agreement() : READER.read(DocumentSource.of(document.bytes(), "document", DocumentSyntax.JSON)).agreement();
        return VALIDATOR.validate(agreement);
    }
}
