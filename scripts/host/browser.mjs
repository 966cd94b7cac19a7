// Launches Debian's Chromium through playwright-core, headless and quiet: no downloads, no network beyond the page.
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from './hostPaths.mjs';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A browser with a fresh profile (playwright makes and removes one per launch); what Chromium writes
 * outside its profile (crash reports, caches) goes under `stateDir` instead of ~.
 */
export function launchBrowser(stateDir) {
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(stateDir, 'chromium', 'config'),
    XDG_CACHE_HOME: path.join(stateDir, 'chromium', 'cache'),
  };
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS, env });
}
