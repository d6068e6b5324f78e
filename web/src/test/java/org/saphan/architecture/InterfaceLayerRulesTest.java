package org.saphan.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.saphan.interfaces.archfixture.ResourceUsingInfrastructure;

/**
 * The REST interface and the pages' servlets use the application layer, never infrastructure. The rule holds
 * outright (the servlets ask the application's {@code IdentityProvider} port whether Keycloak answers): nothing is
 * frozen, and any violation fails the build.
 */
class InterfaceLayerRulesTest {

    static ArchRule interfacesUseNoInfrastructure() {
        return noClasses().that().resideInAPackage("org.saphan.interfaces..")
                .should().dependOnClassesThat().resideInAPackage("org.saphan.infrastructure..")
                .as("the interface layers never use infrastructure");
    }

    @Test
    void theInterfacesUseNoInfrastructure() {
        JavaClasses web = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.saphan.interfaces");
        assertTrue(web.containPackage("org.saphan.interfaces.rest"), "the rule sees the REST resources");
        interfacesUseNoInfrastructure().check(web);
    }

    @Test
    void aResourceUsingInfrastructureBreaksTheRule() {
        JavaClasses fixture = new ClassFileImporter().importClasses(ResourceUsingInfrastructure.class);
        AssertionError error = assertThrows(AssertionError.class,
                () -> interfacesUseNoInfrastructure().check(fixture));
        assertTrue(error.getMessage().contains(ResourceUsingInfrastructure.class.getName()), error.getMessage());
    }
}
