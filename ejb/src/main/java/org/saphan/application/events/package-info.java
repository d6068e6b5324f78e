/**
 * Events the application fires when offers and assignments change; the gateway observes them after the
 * transaction commits, so nobody is told of something that was rolled back.
 */
package org.saphan.application.events;
