package org.saphan.domain.archfixture;

import org.saphan.infrastructure.config.MatchingSettings;

/** Breaks the domain's layer rule on purpose (test sources only): the rule's own test checks it against this. */
public class DomainUsingInfrastructure {

    public int waveSize(MatchingSettings settings) {
        return settings.waveSize();
    }
}
