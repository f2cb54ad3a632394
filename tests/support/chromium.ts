// Finds a Chromium for the browser tests, in this order: the CHROMIUM_PATH
// environment variable, a system Chromium or Chrome at its usual path, then the
// Chromium that `npm ci` brings in the @sparticuz/chromium dev dependency
// (unpacked to the temp folder on first use). Never a browser downloaded at
// test time.
import { accessSync, constants } from "node:fs";

/** How to launch the Chromium found: for playwright's `chromium.launch()`. */
export interface ChromiumLaunchOptions {
  executablePath: string;
  args: string[];
}

/** No Chromium could be found or unpacked; the message says what to do. */
export class NoChromiumError extends Error {
  override name = "NoChromiumError";
}

// Flags for a system Chromium run headless in a container or on CI.
const SYSTEM_ARGS = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const SYSTEM_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium to run the browser tests in, and the flags to launch it with.
 *
 * @throws NoChromiumError when none can be had, with a one-line message saying
 * what to do.
 */
export async function chromiumLaunchOptions(): Promise<{ executablePath: string; args: string[] }> {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (isExecutable(chosen)) return { executablePath: chosen, args: SYSTEM_ARGS };
    throw new NoChromiumError(
      `CHROMIUM_PATH is ${chosen}, which is not an executable file: point it at a Chromium or Chrome binary, or unset it.`,
    );
  }
  for (const path of SYSTEM_PATHS) {
    if (isExecutable(path)) return { executablePath: path, args: SYSTEM_ARGS };
  }
  let reason: string;
  try {
    const { default: chromium } = await import("@sparticuz/chromium");
    const executablePath = await chromium.executablePath();
    if (isExecutable(executablePath)) return { executablePath, args: chromium.args };
    reason = `none at the usual paths, and @sparticuz/chromium gave ${executablePath}, which is not executable`;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    reason =
      code === "ERR_MODULE_NOT_FOUND"
        ? "none at the usual paths, and @sparticuz/chromium is not installed"
        : `none at the usual paths, and @sparticuz/chromium could not be used (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`;
  }
  throw new NoChromiumError(
    `No Chromium for the browser tests: ${reason}. Run npm ci (it brings one for Linux), install Chromium (Debian: apt-get install chromium), or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
  );
}
