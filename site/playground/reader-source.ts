// The export reader's bundle, fetched the first time a file may need it: a
// classic script beside the page (playground-reader.js) that sets a global to
// the bundle's source, which the page hands to the worker. A script tag, not
// `fetch`, so that the page also works from file://.

declare global {
  // Set by playground-reader.js.
  var __PLAYGROUND_READER__: string | undefined;
}

let loading: Promise<string> | null = null;

/** The reader bundle's source, loading its script once. */
export function readerSource(): Promise<string> {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = "playground-reader.js";
    script.onload = () => {
      const source = globalThis.__PLAYGROUND_READER__;
      if (typeof source === "string") resolve(source);
      else reject(new Error("playground-reader.js set no reader"));
    };
    script.onerror = () => {
      loading = null;
      reject(new Error("playground-reader.js could not be loaded"));
    };
    document.head.append(script);
  });
  return loading;
}
