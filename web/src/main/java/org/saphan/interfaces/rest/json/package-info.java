/** Reading JSON request bodies into the application's input records, strictly by JSON type. */
package org.saphan.interfaces.rest.json;
