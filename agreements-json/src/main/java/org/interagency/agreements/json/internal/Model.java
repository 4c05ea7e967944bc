package org.interagency.agreements.json.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.constraints.ElementId;
import org.interagency.agreements.json.signing.DetachedSignature;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The document shapes of every model type, derived once from the records of the model.
 *
 * <p>Property names and order are the record components'. Which values may be absent is listed
 * here, in {@link #OPTIONAL}, rather than read from the {@code @Nullable} annotations, which are
 * not guaranteed to be visible at run time (JSpecify is an optional dependency); a test checks
 * that this list and the annotations agree.
 */
@API(status = INTERNAL, since = "0.1")
public final class Model {

    /** The components that may be absent, per record; lists are always optional (absent is empty). */
    static final Map<String, Set<String>> OPTIONAL = Map.ofEntries(
            Map.entry("AgreedWaiver", Set.of("location", "fingerprint")),
            Map.entry("Agreement", Set.of("vision", "lineage", "generalTerms", "payment")),
            Map.entry("Approval", Set.of("reference")),
            Map.entry("Assignment", Set.of("jurisdiction", "period")),
            Map.entry("AuditRight", Set.of("auditorAgencyId", "scope", "provisionId")),
            Map.entry("CommunicationChannel", Set.of("cadence")),
            Map.entry("Contact", Set.of("phone")),
            Map.entry("DataSet", Set.of("approximateRecords", "origin", "accuracyAssessment", "systemOfRecords")),
            Map.entry("DataSharingProtocol", Set.of("retention", "disposal", "breachNotificationWindow",
                    "retentionStart", "impactAssessment")),
            Map.entry("DateRange", Set.of("end")),
            Map.entry("DecisionRule", Set.of("numerator", "denominator")),
            Map.entry("EscalationLevel", Set.of("governanceBodyId", "responseTime")),
            Map.entry("EscalationPath", Set.of("finalResolution")),
            Map.entry("Funds", Set.of("availableUntil", "directCost", "overhead", "overheadExplanation")),
            Map.entry("Goal", Set.of("due")),
            Map.entry("ImpactAssessment", Set.of("reference")),
            Map.entry("Lineage", Set.of("supersedes", "renews")),
            Map.entry("Measure", Set.of("baseline")),
            Map.entry("Milestone", Set.of("achievedOn")),
            Map.entry("Notice", Set.of("recipient", "citation")),
            Map.entry("Party", Set.of("parentAgencyId", "governmentLevel")),
            Map.entry("PaymentTerms", Set.of("advanceAuthorityId", "billingFrequency", "terms")),
            Map.entry("Provision", Set.of("citation")),
            Map.entry("ResourceCommitment", Set.of("amount", "unit", "period", "funds")),
            Map.entry("Sponsor", Set.of("period", "alternate")),
            Map.entry("Term", Set.of("expires", "renewal", "terminationNotice")),
            Map.entry("TrainingProgramme", Set.of("cadence")),
            Map.entry("TrustMeasure", Set.of("cadence")),
            // Not a model record: one waiver of a waiver file, which names its target one way or the other.
            Map.entry("Waiver", Set.of("location", "fingerprint")));

    /**
     * The properties that schema version 1.1 added to records that 1.0 has, per record. The
     * properties of the records 1.1 added (Provision, Approval, …) need no entry: they can only
     * appear inside one of these. A document that declares 1.0 and uses one is rejected.
     */
    static final Map<String, Set<String>> ADDED_IN_1_1 = Map.of(
            "Agreement", Set.of("lineage", "generalTerms", "provisions", "approvals", "notices", "certifications", "auditRights",
                    "payment", "claims", "waivers"),
            "Party", Set.of("governmentLevel", "legalRoles", "identifiers"),
            "DataSet", Set.of("dataElements", "approximateRecords", "dataSubjectCategories", "specialCategories",
                    "origin", "accuracyAssessment", "systemOfRecords"),
            "DataSharingProtocol", Set.of("retentionStart", "safeguards", "impactAssessment"),
            "Sponsor", Set.of("period", "alternate"),
            "Term", Set.of("terminationNotice"),
            "ResourceCommitment", Set.of("funds"));

    /** Declared before INSTANCE, which uses it while it is constructed. */
    private static final Shape ID = new Scalars.Id();
    /** A signature document's key id and value are read more strictly than free text. */
    private static final Shape KEY_ID = new Scalars.KeyId();
    private static final Shape SIGNATURE_VALUE = new Scalars.CanonicalBase64();

    private static final Model INSTANCE = new Model();

    private final Map<Class<?>, Shape> shapes = new LinkedHashMap<>();
    private final RecordShape agreement;
    private final RecordShape signatureDocument;
    private final RecordShape waiverDocument;

    private Model() {
        shapes.put(String.class, new Scalars.PlainText());
        shapes.put(LocalDate.class, Scalars.date());
        shapes.put(Period.class, Scalars.period());
        shapes.put(Duration.class, Scalars.duration());
        shapes.put(BigDecimal.class, new Scalars.Decimal());
        shapes.put(int.class, new Scalars.Int());
        shapes.put(Integer.class, shapes.get(int.class));
        shapes.put(Long.class, new Scalars.Count());
        shapes.put(boolean.class, new Scalars.Bool());
        // The record constructors check every segment; parse() would check them twice.
        // Scope paths are not remembered: a responsibility's scope is usually its own.
        shapes.put(ScopePath.class, new Scalars.Parsed("a scope path such as \"emergency/flood/evacuation\"",
                text -> new ScopePath(segments(text)), false));
        // An ISO 3166 code (US-TX) maps to its hierarchical code (us/tx); see Jurisdiction.
        shapes.put(Jurisdiction.class, new Scalars.Parsed("a jurisdiction such as \"us/tx/harris-county\" or \"US-TX\"",
                text -> Jurisdiction.fromIso3166(text).orElseGet(() -> new Jurisdiction(segments(text)))));
        // A topic is checked against its vocabulary by its constructor; known topics are shared constants.
        shapes.put(ProvisionTopic.class, new Scalars.Parsed("a provision topic such as \"verification\" or"
                + " \"x-tribal-consultation\"", ProvisionTopic::of, false));
        this.agreement = (RecordShape) shapeOf(Agreement.class);
        this.signatureDocument = (RecordShape) shapeOf(SignatureDocument.class);
        this.waiverDocument = (RecordShape) shapeOf(WaiverDocument.class);
    }

    /** Whether a non-list component of a model record may be absent from a document. */
    public static boolean isOptional(Class<?> type, String component) {
        return OPTIONAL.getOrDefault(type.getSimpleName(), Set.of()).contains(component);
    }

    /** The shared, immutable model. */
    public static Model instance() {
        return INSTANCE;
    }

    /** The shape of the whole agreement. */
    RecordShape agreement() {
        return agreement;
    }

    /** The shape of a detached-signature document. */
    RecordShape signatureDocument() {
        return signatureDocument;
    }

    /** The shape of a waiver file. */
    RecordShape waiverDocument() {
        return waiverDocument;
    }

    /** The shape of a model type (a record, an enum, or a value type such as ScopePath). */
    Shape shape(Class<?> type) {
        Shape shape = shapes.get(type);
        if (shape == null) {
            throw new IllegalArgumentException(type + " is not a model type");
        }
        return shape;
    }

    /** Every record and enum type of the model, with its shape. */
    public Map<Class<?>, Shape> modelTypes() {
        Map<Class<?>, Shape> result = new LinkedHashMap<>();
        shapes.forEach((type, shape) -> {
            if (type.getPackageName().equals(Agreement.class.getPackageName())) {
                result.put(type, shape);
            }
        });
        return Collections.unmodifiableMap(result);
    }

    private Shape shapeOf(Class<?> type) {
        Shape known = shapes.get(type);
        if (known != null) {
            return known;
        }
        Shape shape;
        if (type.isEnum()) {
            shape = new Scalars.Enumeration(type);
        } else if (type.isRecord()) {
            shape = record(type);
        } else {
            throw new IllegalStateException("no document shape for " + type);
        }
        shapes.put(type, shape);
        return shape;
    }

    private RecordShape record(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Set<String> optional = OPTIONAL.getOrDefault(type.getSimpleName(), Set.of());
        Set<String> added = ADDED_IN_1_1.getOrDefault(type.getSimpleName(), Set.of());
        List<RecordShape.Property> properties = new ArrayList<>();
        Class<?>[] parameterTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            parameterTypes[i] = component.getType();
            Shape shape = type == DetachedSignature.class && component.getName().equals("keyId") ? KEY_ID
                    : type == DetachedSignature.class && component.getName().equals("value") ? SIGNATURE_VALUE
                    : componentShape(component.getAnnotatedType(), component.getGenericType());
            boolean required = !optional.contains(component.getName()) && !(shape instanceof ListShape);
            int sinceMinor = added.contains(component.getName()) ? 1 : 0;
            properties.add(new RecordShape.Property(component.getName(), shape, required, component.getAccessor(),
                    sinceMinor));
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(parameterTypes);
            // The model's records and constructors are public in an exported package, so this
            // always succeeds; it only spares each construction the caller's access check.
            constructor.trySetAccessible();
            return new RecordShape(type, noun(type), properties, constructor);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no canonical constructor in " + type, e);
        }
    }

    private Shape componentShape(AnnotatedType annotated, Type generic) {
        if (generic instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            AnnotatedType element = ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments()[0];
            return new ListShape(componentShape(element, parameterized.getActualTypeArguments()[0]));
        }
        Class<?> raw = (Class<?>) generic;
        if (raw == String.class && annotated.isAnnotationPresent(ElementId.class)) {
            return ID;
        }
        return shapeOf(raw);
    }

    /** The '/'-separated segments of a hierarchical code, empty ones included (the constructors reject them). */
    private static List<String> segments(String text) {
        List<String> segments = new ArrayList<>(4);
        int start = 0;
        int slash;
        while ((slash = text.indexOf('/', start)) >= 0) {
            segments.add(text.substring(start, slash));
            start = slash + 1;
        }
        segments.add(text.substring(start));
        return segments;
    }

    /** "DataSharingProtocol" becomes "data sharing protocol", for messages. */
    private static String noun(Class<?> type) {
        String name = type.getSimpleName();
        StringBuilder noun = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    noun.append(' ');
                }
                noun.append(Character.toLowerCase(c));
            } else {
                noun.append(c);
            }
        }
        return noun.toString();
    }
}
