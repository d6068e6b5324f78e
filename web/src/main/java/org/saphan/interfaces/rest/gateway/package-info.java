/** REST resources that admit sockets to the gateway: tickets for signed-in users, join codes for guests. */
package org.saphan.interfaces.rest.gateway;
