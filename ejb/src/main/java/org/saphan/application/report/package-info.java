/** What the report use cases answer: plain records built inside the transaction, ready for JSON. */
package org.saphan.application.report;
