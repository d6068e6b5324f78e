/**
 * Browser tests: Debian's Chromium driven headless through Debian's chromedriver (Selenium WebDriver), against the
 * real EAR, MariaDB and Keycloak. Pages are driven by their visible labels and roles, as a person would; axe-core
 * checks each page; screenshots land in {@code integration-tests/target/screenshots/}.
 */
package org.saphan.it.browser;
