/** REST resources about the caller itself: who it is and which role checks it passes. */
package org.saphan.interfaces.rest.identity;
