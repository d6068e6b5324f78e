/**
 * The confidentiality log as the use cases write and the coordinators read it: the trail that every service appends
 * to in its own transaction, the request id that ties entries to a request, and the views of entries. Uses the audit
 * domain model and the caller; never the interface layer.
 */
package org.saphan.application.audit;
