package org.saphan.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The layer rules the package-info files state: the domain uses nothing above it, the application never reaches
 * into infrastructure or the interfaces. (That interfaces never use infrastructure is checked in the web and gateway
 * modules, where the interfaces live.)
 */
final class LayerRules {

    static final String DOMAIN = "org.saphan.domain..";
    static final String APPLICATION = "org.saphan.application..";
    static final String INFRASTRUCTURE = "org.saphan.infrastructure..";
    static final String INTERFACES = "org.saphan.interfaces..";

    private LayerRules() {
    }

    static ArchRule domainUsesNothingAboveIt() {
        return noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(APPLICATION, INFRASTRUCTURE, INTERFACES)
                .as("the domain uses nothing of the application, infrastructure or interface layers");
    }

    static ArchRule applicationUsesNoAdapters() {
        return noClasses().that().resideInAPackage(APPLICATION)
                .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE, INTERFACES)
                .as("the application never uses infrastructure or the interface layers");
    }
}
