// Vite (and so vitest, in Node and in the browser) imports any file as a string
// with `?raw`: fixtures load the same way in both, without node:fs.
declare module "*?raw" {
  const text: string;
  export default text;
}
