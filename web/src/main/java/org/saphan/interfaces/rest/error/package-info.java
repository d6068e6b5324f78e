/** Exception mappers: every refusal and failure of the API leaves in the one error shape, never a stack trace. */
package org.saphan.interfaces.rest.error;
