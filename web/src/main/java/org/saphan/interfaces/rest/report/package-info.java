/** {@code /api/reports}: reports for coordinators, translated from the report use cases. */
package org.saphan.interfaces.rest.report;
