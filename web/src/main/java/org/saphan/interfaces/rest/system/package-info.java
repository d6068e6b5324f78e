/** REST resources about Saphan itself: health. */
package org.saphan.interfaces.rest.system;
