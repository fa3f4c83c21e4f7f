import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium, which `.ci/run` installs (`apt-get install chromium`). */
export const CHROMIUM = process.env.CAMELGEN_CHROMIUM ?? "/usr/bin/chromium";

// The machine has no network beyond package registries: without these Chromium keeps opening
// connections to Google's services that the machine refuses.
const QUIET = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Headless Chromium driven by playwright-core; close it with `browser.close()`. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (.ci/run does) or set CAMELGEN_CHROMIUM`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: QUIET });
}
