package org.saphan.it.browser;

/** The two screens every page is checked on: an office desktop and a phone. */
public enum Viewport {

    DESKTOP(1366, 768), PHONE(390, 844);

    public final int width;
    public final int height;

    Viewport(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** "1366x768", as screenshot names carry it. */
    public String label() {
        return width + "x" + height;
    }
}
