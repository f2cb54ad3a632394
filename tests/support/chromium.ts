// Where the browser for the page tests comes from: CHROMIUM_PATH, else Debian's
// /usr/bin/chromium, else the Chromium shipped inside the @sparticuz/chromium
// package (unpacked into the temp folder on first use). Never a download.
import { access, constants } from "node:fs/promises";

const FLAGS = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Launch options for playwright's `chromium.launch`: the executable and its flags. */
export async function chromiumLaunchOptions(): Promise<{ executablePath: string; args: string[] }> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return { executablePath: fromEnv, args: FLAGS };
  if (await isExecutable("/usr/bin/chromium")) {
    return { executablePath: "/usr/bin/chromium", args: FLAGS };
  }
  const { default: chromium } = await import("@sparticuz/chromium");
  return { executablePath: await chromium.executablePath(), args: chromium.args };
}
