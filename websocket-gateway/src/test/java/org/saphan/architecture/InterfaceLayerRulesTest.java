package org.saphan.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.saphan.interfaces.archfixture.EndpointUsingInfrastructure;

/**
 * The WebSocket gateway uses the application layer (and the domain's values), never infrastructure. The rule holds
 * outright: the gateway reaches the live feeds through the application's {@code LiveFeeds} port, so nothing is
 * frozen here and any violation fails the build.
 */
class InterfaceLayerRulesTest {

    static ArchRule interfacesUseNoInfrastructure() {
        return noClasses().that().resideInAPackage("org.saphan.interfaces..")
                .should().dependOnClassesThat().resideInAPackage("org.saphan.infrastructure..")
                .as("the interface layers never use infrastructure");
    }

    @Test
    void theInterfacesUseNoInfrastructure() {
        JavaClasses gateway = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.saphan.interfaces");
        assertTrue(gateway.containPackage("org.saphan.interfaces.websocket"), "the rule sees the gateway");
        interfacesUseNoInfrastructure().check(gateway);
    }

    @Test
    void aEndpointUsingInfrastructureBreaksTheRule() {
        JavaClasses fixture = new ClassFileImporter().importClasses(EndpointUsingInfrastructure.class);
        AssertionError error = assertThrows(AssertionError.class,
                () -> interfacesUseNoInfrastructure().check(fixture));
        assertTrue(error.getMessage().contains(EndpointUsingInfrastructure.class.getName()), error.getMessage());
    }
}
