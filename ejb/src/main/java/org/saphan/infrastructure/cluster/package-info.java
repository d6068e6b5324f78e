/**
 * What makes several WildFly nodes one Saphan: the relay that carries live notices from the node where a change
 * committed to the sockets on every other node (WildFly's command dispatcher over its JGroups channel), the order
 * that keeps a late offer from following its own withdrawal, and the database lease that lets one node alone run the
 * cluster's clock. A node on its own is a cluster of one, and all of this costs it nothing.
 */
package org.saphan.infrastructure.cluster;
