package org.saphan.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.ViolationStore;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.saphan.domain.archfixture.ApplicationLikeUse;
import org.saphan.domain.archfixture.DomainUsingInfrastructure;

/**
 * The layer rules against the ejb module's production classes. The violations that exist today are frozen in
 * {@code src/test/archunit-store} (they go with the reshaping of the application layer onto domain ports); any
 * other violation fails the build now. When a frozen violation is fixed, ArchUnit removes it from the store: commit
 * that change.
 */
class LayerRulesTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.saphan");

    @Test
    void theDomainUsesNothingAboveIt() {
        FreezingArchRule.freeze(LayerRules.domainUsesNothingAboveIt()).check(PRODUCTION);
    }

    @Test
    void theApplicationUsesNoAdapters() {
        FreezingArchRule.freeze(LayerRules.applicationUsesNoAdapters()).check(PRODUCTION);
    }

    @Test
    void theRulesSeeTheWholeModule() {
        assertTrue(PRODUCTION.containPackage("org.saphan.domain.model.booking"));
        assertTrue(PRODUCTION.containPackage("org.saphan.application.internal"));
        assertTrue(PRODUCTION.containPackage("org.saphan.infrastructure.persistence.jpa"));
    }

    @Test
    void aDomainClassUsingInfrastructureBreaksTheRule() {
        JavaClasses fixture = new ClassFileImporter().importClasses(DomainUsingInfrastructure.class);
        AssertionError error = assertThrows(AssertionError.class,
                () -> LayerRules.domainUsesNothingAboveIt().check(fixture));
        assertTrue(error.getMessage().contains(DomainUsingInfrastructure.class.getName()), error.getMessage());
    }

    @Test
    void aFrozenRuleStillFailsOnANewViolation() {
        ArchRule frozen = FreezingArchRule.freeze(LayerRules.domainUsesNothingAboveIt()).persistIn(new InMemoryStore());
        JavaClasses today = new ClassFileImporter().importClasses(DomainUsingInfrastructure.class);
        JavaClasses tomorrow = new ClassFileImporter().importClasses(DomainUsingInfrastructure.class,
                ApplicationLikeUse.class);

        frozen.check(today); // the first check freezes what it finds
        frozen.check(today); // and lets it pass from then on

        // even while the committed stores are being recorded again (-Darchunit.freeze.refreeze=true)
        ArchConfiguration config = ArchConfiguration.get();
        String refreeze = config.getPropertyOrDefault("freeze.refreeze", "false");
        String asked = System.clearProperty("archunit.freeze.refreeze");
        config.setProperty("freeze.refreeze", "false");
        AssertionError error;
        try {
            error = assertThrows(AssertionError.class, () -> frozen.check(tomorrow));
        } finally {
            config.setProperty("freeze.refreeze", refreeze);
            if (asked != null) {
                System.setProperty("archunit.freeze.refreeze", asked);
            }
        }
        assertTrue(error.getMessage().contains(ApplicationLikeUse.class.getName()), error.getMessage());
        assertFalse(error.getMessage().contains(DomainUsingInfrastructure.class.getName() + "."),
                "only the new violation is reported: " + error.getMessage());
    }

    /** A violation store in memory, so that the demonstration above leaves the committed store alone. */
    private static final class InMemoryStore implements ViolationStore {
        private final Map<String, List<String>> stored = new HashMap<>();

        @Override
        public void initialize(Properties properties) {
        }

        @Override
        public boolean contains(ArchRule rule) {
            return stored.containsKey(rule.getDescription());
        }

        @Override
        public void save(ArchRule rule, List<String> violations) {
            stored.put(rule.getDescription(), new ArrayList<>(violations));
        }

        @Override
        public List<String> getViolations(ArchRule rule) {
            return stored.getOrDefault(rule.getDescription(), List.of());
        }
    }
}
