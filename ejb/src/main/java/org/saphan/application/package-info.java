/**
 * The use cases of Saphan as interfaces, and the records they return. Interface layers call these (passing and
 * catching the domain's values and exceptions) and nothing of infrastructure; the implementations in
 * {@code internal} are the transaction and security boundary. The application uses the domain and its own ports,
 * never infrastructure, which implements them.
 */
package org.saphan.application;
