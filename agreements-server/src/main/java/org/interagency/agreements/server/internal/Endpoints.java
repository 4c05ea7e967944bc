package org.interagency.agreements.server.internal;

import io.javalin.http.Context;
import org.apiguardian.api.API;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.accountability.Accountability;
import org.interagency.agreements.assessment.Rubric;
import org.interagency.agreements.core.AgreementDiff;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.core.PortfolioReport;
import org.interagency.agreements.core.RuleConfiguration;
import org.interagency.agreements.core.RuleConfigurationException;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.AgreementSchema;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.json.ReadResult;
import org.interagency.agreements.report.AssessmentOutcome;
import org.interagency.agreements.report.AssessmentWriter;
import org.interagency.agreements.report.CheckOutcome;
import org.interagency.agreements.report.CheckedDocument;
import org.interagency.agreements.report.ReportWriter;
import org.interagency.agreements.report.RuleSummary;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Report;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The handlers of the service's endpoints. Each reads its body within the limits, runs the work
 * on the {@link ValidationPool}, and answers JSON; every error is a {@link Problem}.
 */
@API(status = INTERNAL, since = "0.1")
public final class Endpoints {

    /** The media type of a SARIF log. */
    public static final String SARIF = "application/sarif+json";

    /** Validators kept for the pack and as-of combinations asked for; more are built per request. */
    private static final int MAX_CACHED_VALIDATORS = 64;

    private final AgreementJson reader;
    private final ValidationPool pool;
    private final Duration readTimeout;
    private final List<String> packs;
    private final @Nullable RuleConfiguration configuration;
    private final java.nio.file.@Nullable Path configurationFile;
    private final String version;
    private final AgreementValidator defaultValidator;
    private final Map<String, AgreementValidator> validators = new ConcurrentHashMap<>();
    private final java.nio.file.@Nullable Path portfolioDirectory;
    private final AtomicReference<@Nullable PortfolioDirectory> portfolio = new AtomicReference<>();
    private final Consumer<List<Finding>> findingsSeen;
    private final String openApi;

    /**
     * The endpoints.
     *
     * @param reader the bounded reader; its document limit is the body limit
     * @param pool where validations run
     * @param readTimeout how long a whole request body may take
     * @param packs the packs every check runs (besides those a request names)
     * @param configuration the rules every check runs and their severities, or {@code null} for
     *     the defaults
     * @param configurationFile the file {@code configuration} was read from, to name in errors, or
     *     {@code null}
     * @param portfolioDirectory the portfolio for "who is accountable", or {@code null}
     * @param version this build's version, for SARIF
     * @param findingsSeen told the findings of each check, for the metrics (rule ids and counts only)
     * @param openApi the OpenAPI description's text
     * @throws Problem.ProblemException if a pack is unknown, or the configuration names a rule or
     *     a pack that nothing has (its detail names the file)
     */
    public Endpoints(AgreementJson reader, ValidationPool pool, Duration readTimeout, List<String> packs,
            @Nullable RuleConfiguration configuration, java.nio.file.@Nullable Path configurationFile,
            java.nio.file.@Nullable Path portfolioDirectory, String version, Consumer<List<Finding>> findingsSeen,
            String openApi) {
        this.reader = reader;
        this.pool = pool;
        this.readTimeout = readTimeout;
        this.packs = List.copyOf(packs);
        this.configuration = configuration;
        this.configurationFile = configurationFile;
        this.version = version;
        this.portfolioDirectory = portfolioDirectory;
        this.findingsSeen = findingsSeen;
        this.openApi = openApi;
        this.defaultValidator = build(null, List.of());
        if (portfolioDirectory != null) {
            portfolio.set(PortfolioDirectory.read(portfolioDirectory, reader));
        }
    }

    /** Whether the service can answer everything it was started for. */
    public boolean ready() {
        return portfolioDirectory == null || portfolio.get() != null;
    }

    /** {@code POST /v1/check}: one agreement, its report as {@code agreements check --format json|sarif}. */
    public void check(Context ctx) {
        DocumentSyntax syntax = Documents.syntax(ctx.contentType());
        String format = parameter(ctx, "format", "json");
        if (!format.equals("json") && !format.equals("sarif")) {
            throw badParameter("format", "is json or sarif");
        }
        AgreementValidator validator = validator(ctx);
        String name = parameter(ctx, "name", syntax == DocumentSyntax.YAML ? "document.yaml" : "document.json");
        byte[] body = body(ctx);
        String report = pool.run(() -> {
            ReadResult read = Documents.read(reader, body, name, syntax);
            Report findings = validator.validate(read.agreement());
            findingsSeen.accept(findings.findings());
            CheckOutcome outcome = CheckOutcome.of(
                    List.of(CheckedDocument.checked(name, read.agreement(), findings, read.positions())), null,
                    RuleSummary.of(validator));
            return write(format.equals("sarif") ? ReportWriter.sarif(version) : ReportWriter.json(), outcome);
        });
        ctx.status(200).contentType(format.equals("sarif") ? SARIF : "application/json").result(report);
    }

    /** {@code POST /v1/portfolio}: several agreements, their reports and the findings between them. */
    public void portfolio(Context ctx) {
        requireJson(ctx);
        AgreementValidator validator = validator(ctx);
        byte[] body = body(ctx);
        String report = pool.run(() -> {
            JsonNode documents = tree(body).path("documents");
            if (!documents.isArray() || documents.isEmpty()) {
                throw Problem.of(400, "malformed-request", "Malformed request",
                        "the body is an object with \"documents\": a non-empty array of {name, mediaType, content}").toException();
            }
            List<CheckedDocument> checked = new ArrayList<>();
            List<Agreement> agreements = new ArrayList<>();
            Map<String, String> nameById = new HashMap<>();
            for (int i = 0; i < documents.size(); i++) {
                Part part = part(documents.get(i), "documents/" + i, "document-" + (i + 1) + ".json");
                try {
                    ReadResult read = Documents.read(reader, part.content(), part.name(), part.syntax());
                    String earlier = nameById.putIfAbsent(read.agreement().id(), part.name());
                    if (earlier != null) {
                        throw Problem.of(400, "duplicate-agreement", "One agreement twice", "the documents " + earlier
                                + " and " + part.name() + " hold the same agreement id: a portfolio holds each agreement once")
                                .toException();
                    }
                    agreements.add(read.agreement());
                    checked.add(CheckedDocument.checked(part.name(), read.agreement(), Report.empty(), read.positions()));
                } catch (Problem.ProblemException e) {
                    if (e.problem().problems().isEmpty()) {
                        throw e;
                    }
                    checked.add(CheckedDocument.unreadable(part.name(), e.problem().problems()));
                }
            }
            PortfolioReport portfolioReport = validator.validatePortfolio(agreements);
            List<CheckedDocument> reported = new ArrayList<>();
            for (CheckedDocument document : checked) {
                Report own = document.agreement() == null ? null : portfolioReport.report(document.agreement().id());
                if (own != null) {
                    findingsSeen.accept(own.findings());
                }
                reported.add(own == null ? document : document.withReport(own));
            }
            return write(ReportWriter.json(), CheckOutcome.of(reported, portfolioReport, RuleSummary.of(validator)));
        });
        ctx.status(200).contentType("application/json").result(report);
    }

    /** {@code POST /v1/diff}: the changes between two versions of an agreement. */
    public void diff(Context ctx) {
        requireJson(ctx);
        byte[] body = body(ctx);
        String comparison = pool.run(() -> {
            JsonNode tree = tree(body);
            Part previous = part(tree.path("previous"), "previous", "previous.json");
            Part current = part(tree.path("current"), "current", "current.json");
            Agreement before = Documents.read(reader, previous.content(), previous.name(), previous.syntax()).agreement();
            Agreement after = Documents.read(reader, current.content(), current.name(), current.syntax()).agreement();
            return ServiceJson.comparison(AgreementDiff.between(before, after));
        });
        ctx.status(200).contentType("application/json").result(comparison);
    }

    /** {@code POST /v1/assess}: the collaboration assessment of one agreement. */
    public void assess(Context ctx) {
        DocumentSyntax syntax = Documents.syntax(ctx.contentType());
        AgreementValidator validator = validator(ctx);
        String name = parameter(ctx, "name", syntax == DocumentSyntax.YAML ? "document.yaml" : "document.json");
        byte[] body = body(ctx);
        String assessment = pool.run(() -> {
            Agreement agreement = Documents.read(reader, body, name, syntax).agreement();
            AssessmentOutcome outcome = new AssessmentOutcome(
                    List.of(new AssessmentOutcome.Document(name, Rubric.builtIn().assess(agreement, validator))), null);
            // The object agreements assess --format json writes for this document, on one line.
            return write(AssessmentWriter.jsonLines(), outcome);
        });
        ctx.status(200).contentType("application/json").result(assessment);
    }

    /** {@code GET /v1/schema}: the JSON Schema of agreement documents. */
    public void schema(Context ctx) {
        ctx.status(200).contentType("application/schema+json").result(AgreementSchema.text());
    }

    /** {@code GET /v1/rules}: the rule catalogue, with citations. */
    public void rules(Context ctx) {
        ctx.status(200).contentType("application/json").result(ServiceJson.rules(validator(ctx)));
    }

    /** {@code GET /v1/openapi.json}: the OpenAPI 3.1 description of the service. */
    public void openApi(Context ctx) {
        ctx.status(200).contentType("application/json").result(openApi);
    }

    /** {@code GET /v1/accountable}: who is accountable for a scope, a jurisdiction and a day. */
    public void accountable(Context ctx) {
        PortfolioDirectory current = requirePortfolio();
        ScopePath scope = parsed(ctx, "scope", ScopePath::parse);
        Jurisdiction jurisdiction = parsed(ctx, "jurisdiction", Jurisdiction::parse);
        LocalDate on = parsed(ctx, "on", LocalDate::parse);
        Accountability answer = current.index().accountable(scope, jurisdiction, on);
        ctx.status(200).contentType("application/json").result(ServiceJson.accountability(answer, current.agreements()));
    }

    /** {@code POST /v1/portfolio/reload}: reads the portfolio directory again. */
    public void reload(Context ctx) {
        requirePortfolio();
        PortfolioDirectory fresh;
        try {
            fresh = pool.run(() -> PortfolioDirectory.read(Objects.requireNonNull(portfolioDirectory), reader));
        } catch (java.io.UncheckedIOException e) {
            throw Problem.of(500, "reload-failed", "Portfolio not reloaded",
                    "the portfolio directory could not be listed; the previous portfolio is still served").toException();
        }
        portfolio.set(fresh);
        tools.jackson.databind.node.ObjectNode node = ServiceJson.MAPPER.createObjectNode();
        node.put("agreements", fresh.agreements());
        node.put("assignments", fresh.index().size());
        tools.jackson.databind.node.ArrayNode unreadable = node.putArray("unreadable");
        fresh.unreadable().forEach(unreadable::add);
        ctx.status(200).contentType("application/json").result(ServiceJson.MAPPER.writeValueAsString(node));
    }

    private PortfolioDirectory requirePortfolio() {
        PortfolioDirectory current = portfolio.get();
        if (current == null) {
            throw Problem.of(404, "no-portfolio", "No portfolio",
                    "the service was started without --portfolio DIR, so it knows no portfolio to answer from").toException();
        }
        return current;
    }

    /** One document of a portfolio or diff request: {@code {name, mediaType, content}}. */
    private record Part(String name, DocumentSyntax syntax, byte[] content) {
    }

    private static Part part(JsonNode node, String where, String defaultName) {
        JsonNode content = node.path("content");
        if (!content.isString()) {
            throw Problem.of(400, "malformed-request", "Malformed request",
                    where + " needs \"content\": the document's text, as a string").toException();
        }
        String name = node.path("name").isString() ? node.path("name").stringValue() : defaultName;
        DocumentSyntax syntax = node.path("mediaType").isString() ? Documents.syntax(node.path("mediaType").stringValue())
                : Documents.syntaxOfName(name, DocumentSyntax.JSON);
        return new Part(name, syntax, content.stringValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static JsonNode tree(byte[] body) {
        try {
            return ServiceJson.MAPPER.readTree(body);
        } catch (JacksonException e) {
            // The parser's message may quote the body: give its location only.
            String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw Problem.of(400, "malformed-request", "Malformed request", "the body is not JSON" + at).toException();
        }
    }

    private static void requireJson(Context ctx) {
        if (Documents.syntax(ctx.contentType()) != DocumentSyntax.JSON) {
            throw Problem.of(415, "unsupported-media-type", "Unsupported media type",
                    "this endpoint takes application/json: an object whose documents hold their own media type").toException();
        }
    }

    private byte[] body(Context ctx) {
        try {
            return BoundedBody.read(ctx.req().getInputStream(), ctx.req().getContentLengthLong(),
                    reader.maxDocumentBytes(), readTimeout);
        } catch (java.io.IOException e) {
            throw Problem.of(400, "broken-request", "Request body incomplete", "the request body could not be read")
                    .toException();
        }
    }

    /** The validator of the request's {@code pack} and {@code asOf} parameters, with the service's packs. */
    private AgreementValidator validator(Context ctx) {
        List<String> requested = ctx.queryParams("pack");
        String asOf = ctx.queryParam("asOf");
        if (requested.isEmpty() && asOf == null) {
            return defaultValidator;
        }
        LocalDate day = asOf == null ? null : parsed(ctx, "asOf", LocalDate::parse);
        String key = day + "|" + String.join(",", requested.stream().sorted().toList());
        AgreementValidator cached = validators.get(key);
        if (cached != null) {
            return cached;
        }
        AgreementValidator built = build(day, requested);
        if (validators.size() < MAX_CACHED_VALIDATORS) {
            validators.putIfAbsent(key, built);
        }
        return built;
    }

    private AgreementValidator build(@Nullable LocalDate asOf, List<String> requested) {
        AgreementValidator.Builder builder = AgreementValidator.builder();
        if (asOf != null) {
            builder.clock(Clock.fixed(asOf.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        }
        List<String> all = new ArrayList<>(packs);
        all.addAll(requested);
        builder.packs(all.toArray(String[]::new));
        if (configuration != null) {
            builder.configuration(configuration);
        }
        try {
            return builder.build();
        } catch (RuleConfigurationException e) {
            // An id that no pack of the service or the request has came from the configuration:
            // the default validator is built at start, so the service then does not start.
            boolean configured = configurationFile != null && !all.contains(e.ruleId());
            throw Problem.of(400, "unknown-pack", "Unknown pack", (configured
                    ? "configuration " + Messages.quoteName(configurationFile) + ": " : "") + e.getMessage()).toException();
        }
    }

    /** A parser of a query parameter's text. */
    @FunctionalInterface
    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> T parsed(Context ctx, String name, Parser<T> parser) {
        String text = ctx.queryParam(name);
        if (text == null || text.isEmpty()) {
            throw badParameter(name, "is required");
        }
        try {
            return parser.parse(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw badParameter(name, "is not valid: " + (e instanceof DateTimeParseException ? "dates are yyyy-MM-dd"
                    : e.getMessage()));
        }
    }

    private static String parameter(Context ctx, String name, String fallback) {
        String value = ctx.queryParam(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static Problem.ProblemException badParameter(String name, String why) {
        return Problem.of(400, "bad-parameter", "Bad parameter", "the query parameter " + name + " " + why).toException();
    }

    private static String write(ReportWriter writer, CheckOutcome outcome) {
        StringWriter text = new StringWriter();
        writer.write(outcome, new PrintWriter(text));
        return text.toString();
    }

    private static String write(AssessmentWriter writer, AssessmentOutcome outcome) {
        StringWriter text = new StringWriter();
        writer.write(outcome, new PrintWriter(text));
        return text.toString();
    }
}
