/**
 * The agreement model, its Bean Validation constraints and the rule SPI.
 */
// record-builder-core is an automatic module, read at compile time only (static).
// "module": the qualified opens names Hibernate Validator, which this module does not read.
@SuppressWarnings({"requires-automatic", "module"})
module org.interagency.agreements.api {
    requires transitive jakarta.validation;
    requires static transitive org.jspecify;
    // @API(status = ...): read by tools and people, not needed at run time (as in JUnit 5).
    requires static transitive org.apiguardian.api;
    // The generated builders carry @javax.annotation.processing.Generated (source retention).
    requires static transitive java.compiler;
    requires static io.soabase.recordbuilder.core;

    exports org.interagency.agreements;
    exports org.interagency.agreements.constraints;
    exports org.interagency.agreements.rules;
    exports org.interagency.agreements.versions;
    // org.interagency.agreements.internal (the model's implementation details) is not exported.
    // The findings of a check as the engine collects them and the report orders them.
    exports org.interagency.agreements.rules.internal to org.interagency.agreements.core;

    // Bean Validation and data binders read the records' fields reflectively.
    opens org.interagency.agreements;
    // Hibernate Validator creates the constraints' validators reflectively.
    opens org.interagency.agreements.internal.constraintvalidators to org.hibernate.validator;
}
