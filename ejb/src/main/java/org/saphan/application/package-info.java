/**
 * The use cases of Saphan as interfaces, and the records they return. Interface layers call these and nothing
 * below them; the implementations in {@code internal} are the transaction and security boundary.
 */
package org.saphan.application;
