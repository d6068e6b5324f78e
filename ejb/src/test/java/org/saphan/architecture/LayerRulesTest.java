package org.saphan.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.saphan.application.archfixture.ApplicationUsingInfrastructure;
import org.saphan.domain.archfixture.DomainUsingInfrastructure;

/**
 * The layer rules against the ejb module's production classes. They hold outright: nothing is frozen, and any
 * violation fails the build. The last two tests show that each rule fails on a class that breaks it.
 */
class LayerRulesTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.saphan");

    @Test
    void theDomainUsesNothingAboveIt() {
        LayerRules.domainUsesNothingAboveIt().check(PRODUCTION);
    }

    @Test
    void theApplicationUsesNoAdapters() {
        LayerRules.applicationUsesNoAdapters().check(PRODUCTION);
    }

    @Test
    void theRulesSeeTheWholeModule() {
        assertTrue(PRODUCTION.containPackage("org.saphan.domain.model.booking"));
        assertTrue(PRODUCTION.containPackage("org.saphan.application.internal"));
        assertTrue(PRODUCTION.containPackage("org.saphan.infrastructure.persistence.jpa"));
    }

    @Test
    void aDomainClassUsingInfrastructureBreaksTheRule() {
        assertBroken(LayerRules.domainUsesNothingAboveIt(), DomainUsingInfrastructure.class);
    }

    @Test
    void anApplicationClassUsingAnAdapterBreaksTheRule() {
        assertBroken(LayerRules.applicationUsesNoAdapters(), ApplicationUsingInfrastructure.class);
    }

    private static void assertBroken(ArchRule rule, Class<?> offender) {
        JavaClasses fixture = new ClassFileImporter().importClasses(offender);
        AssertionError error = assertThrows(AssertionError.class, () -> rule.check(fixture));
        assertTrue(error.getMessage().contains(offender.getName()), error.getMessage());
    }
}
