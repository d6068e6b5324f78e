/**
 * {@code /api/audit}: the confidentiality log for coordinators (search, verify, CSV export), and the
 * {@link org.saphan.interfaces.rest.audit.Audited} annotation that names each resource method's action for refusals.
 */
package org.saphan.interfaces.rest.audit;
