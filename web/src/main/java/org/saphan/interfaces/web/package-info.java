/**
 * Servlet-level pieces of the web module: the container's error page, the headers every response carries, and the
 * addresses of the session room and guest pages.
 */
package org.saphan.interfaces.web;
