/** Servlet-level pieces of the web module: the container's error page and the headers every response carries. */
package org.saphan.interfaces.web;
