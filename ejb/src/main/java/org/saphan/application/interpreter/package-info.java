/**
 * What the interpreter use cases take and return. Inputs have the shape of the JSON and nullable fields, and turn
 * themselves into domain values after the role check, with messages that name the field at fault; views are built
 * from the aggregate inside the transaction. Uses the domain model only.
 */
package org.saphan.application.interpreter;
