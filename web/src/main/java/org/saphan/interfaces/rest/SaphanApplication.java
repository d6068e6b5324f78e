package org.saphan.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Saphan's REST API, under {@code /api}. The container authenticates bearer tokens before a resource runs. */
@ApplicationPath("/api")
public class SaphanApplication extends Application {
}
