package org.saphan.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The real EAR, exactly as the build made it: the tests deploy nothing else of Saphan's. */
final class Deployments {

    private Deployments() {
    }

    static EnterpriseArchive saphanEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ItConfig.ear().toFile());
    }
}
