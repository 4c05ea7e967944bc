/**
 * Rule packs for the law that governs some kinds of agreement, each rule citing the provision it
 * enforces: {@code us-cma} (computer matching agreements, 5 U.S.C. 552a(o)) and
 * {@code us-hipaa} (HIPAA business associate and data use agreements, 45 CFR 164.504(e),
 * 164.514(e), 164.314(a)) and {@code us-iaa} (interagency acquisitions, 31 U.S.C. 1535 and FAR
 * subpart 17.5), {@code eu-gdpr} (GDPR Arts. 26 and 28(3)), {@code uk-ico-dsa} (the UK ICO data
 * sharing code's data sharing agreements) and {@code us-emac} (Emergency Management Assistance
 * Compact missions, Pub. L. 104-321).
 *
 * <p>The module reads the model and the rule SPI of agreements-api and nothing else: the engine
 * finds the packs with {@link java.util.ServiceLoader}, so that a user who needs no law adds no
 * law. The rules themselves are internal; users name them by id.
 */
module org.interagency.agreements.packs {
    requires transitive org.interagency.agreements.api;

    exports org.interagency.agreements.packs;

    // The provides list names the same classes as META-INF/services (for the class path);
    // PackDescriptorTest keeps the two equal.
    provides org.interagency.agreements.rules.RulePack with
            org.interagency.agreements.packs.UsComputerMatchingPack,
            org.interagency.agreements.packs.UsHipaaPack,
            org.interagency.agreements.packs.UsInteragencyAcquisitionPack,
            org.interagency.agreements.packs.EuGdprPack,
            org.interagency.agreements.packs.UkIcoDataSharingPack,
            org.interagency.agreements.packs.UsEmacPack;
}
