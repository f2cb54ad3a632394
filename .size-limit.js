// Bundle-size budgets, measured the way an app would ship the package: every
// export imported, bundled with esbuild, minified and brotli-compressed.
export default [
  {
    // The target is 12 kB for the default entry (every dialect and locale).
    // MISSED: the dialects and locales of the first release's restructure took
    // it to 26.4 kB; this limit stops further growth while it is cut down.
    name: "own code (zod excluded)",
    path: "dist/index.js",
    import: "*",
    limit: "27 kB",
  },
  {
    // size-limit leaves peer dependencies out of every bundle; bundling zod
    // back in shows what an app pays in all, with zod's unused parts shaken off.
    name: "with the zod it uses",
    path: "dist/index.js",
    import: "*",
    limit: "51 kB",
    modifyEsbuildConfig: (config) => ({
      ...config,
      external: config.external.filter((name) => name !== "zod"),
    }),
  },
];
