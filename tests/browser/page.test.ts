import { expect, inject, it } from "vitest";
import expectedJson from "../../fixtures/seed-article.expected.json?raw";

// Loads page.html, which imports the built dist/index.js with a plain
// `<script type="module">` and an import map for zod, from a static server on
// 127.0.0.1 (see static-server.ts), and reads what the page parsed.
it("parses the seed in a plain HTML page that loads dist/index.js with an import map", async () => {
  const url = `${inject("pageOrigin")}/tests/browser/page.html`;
  const frame = document.createElement("iframe");
  const received = new Promise<{ ok: boolean; article?: unknown; error?: string }>((resolve) => {
    window.addEventListener("message", function listen(event: MessageEvent) {
      if (event.source !== frame.contentWindow || event.data?.from !== "syndicated-article-page") {
        return;
      }
      window.removeEventListener("message", listen);
      resolve(event.data);
    });
  });
  frame.src = url;
  document.body.append(frame);
  const message = await received;
  frame.remove();

  expect(message.error).toBeUndefined();
  expect(message.ok).toBe(true);
  const { spans, ...parts } = message.article as Record<string, unknown>;
  expect(parts).toEqual(JSON.parse(expectedJson));
  expect(spans).toMatchObject({ headline: { start: 1, end: 77 } });
});
