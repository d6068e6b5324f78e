/** Adapters to what Saphan is configured against: the identity provider's address and its availability. */
package org.saphan.infrastructure.config;
