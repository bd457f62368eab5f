/** Debian's Chromium, headless, as every browser suite runs it. */
export const chromiumFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] as const;
