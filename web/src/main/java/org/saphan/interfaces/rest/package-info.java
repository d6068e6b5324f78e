/**
 * The REST interface: resources that turn JSON into application calls and records back into JSON. Uses only
 * the application layer ({@code org.saphan.application}), never entities or the EntityManager.
 */
package org.saphan.interfaces.rest;
