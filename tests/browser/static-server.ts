// A tiny static server on 127.0.0.1 for tests/browser/page.html: it serves the
// built package, zod from node_modules and the fixtures as plain files, with no
// bundler and no transform, the way a static web host would.
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import type { TestProject } from "vitest/node";

const root = join(import.meta.dirname, "..", "..");
const served = ["tests/browser/", "dist/", "node_modules/zod/", "fixtures/"];
const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

declare module "vitest" {
  export interface ProvidedContext {
    pageOrigin: string;
  }
}

export default async function setup(project: TestProject) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname))
      .slice(1)
      .split(sep)
      .join("/");
    if (path.includes("..") || !served.some((prefix) => path.startsWith(prefix))) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(join(root, path));
      response
        .writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  project.provide("pageOrigin", `http://127.0.0.1:${port}`);
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      // The browser keeps connections alive; close them or the run never ends.
      server.closeAllConnections();
    });
}
