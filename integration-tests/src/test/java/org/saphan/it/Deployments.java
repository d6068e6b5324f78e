package org.saphan.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The real EAR, exactly as the build made it: the tests deploy nothing else of Saphan's. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive saphanEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ItConfig.ear().toFile());
    }
}
