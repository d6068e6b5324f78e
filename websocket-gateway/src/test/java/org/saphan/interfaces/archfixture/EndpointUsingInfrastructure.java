package org.saphan.interfaces.archfixture;

import org.saphan.infrastructure.config.MatchingSettings;

/** Breaks the interfaces' layer rule on purpose (test sources only): the rule's own test checks it against this. */
public class EndpointUsingInfrastructure {

    public int waveSize(MatchingSettings settings) {
        return settings.waveSize();
    }
}
