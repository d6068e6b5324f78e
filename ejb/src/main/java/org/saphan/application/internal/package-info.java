/**
 * Stateless session beans implementing the application interfaces: roles checked here, transactions begun here,
 * entities turned into records here before they leave.
 */
package org.saphan.application.internal;
