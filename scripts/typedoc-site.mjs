// TypeDoc plugin for the API site.
// - Sidebar categories: an export whose comment has no `@category` tag gets
//   one from `categories` below; an export in neither is reported, so a new
//   export cannot land in a catch-all "Other" unnoticed.
// - The README's `# <package name>` heading is dropped from the index page,
//   which already shows the project name as its title.
// - A link to the playground (built into playground/ by
//   scripts/build-playground.mjs) above the sidebar of every page.
// - Links to the published site (package.json `homepage`), as the README
//   writes them, point into this copy of the site instead.
// - Types declared as `interface Article extends z.infer<typeof articleSchema> {}`
//   show their fields as their own: no "Inherited from z.infer" and no
//   "= ..." initialiser (the zod schema call) beside every field.
import { readFileSync } from "node:fs";
import { Comment, CommentTag, Converter, JSX, PageEvent, ReflectionKind } from "typedoc";

/** Fallback category of each export, used only when its comment has no `@category`. */
const categories = {
  parseArticle: "Parsing",
  safeParseArticle: "Parsing",
  explainArticle: "Parsing",
  Decision: "Parsing",
  createParser: "Parsing",
  SafeParseArticleResult: "Parsing",
  ParseOptions: "Parsing",
  ParagraphMode: "Parsing",
  parseArticles: "Feeds and streams",
  splitArticles: "Feeds and streams",
  splitArticleSpans: "Feeds and streams",
  parseArticlesStream: "Feeds and streams",
  splitArticlesStream: "Feeds and streams",
  formatArticle: "Formatting",
  Article: "Types and schemas",
  ArticleSpans: "Types and schemas",
  Section: "Types and schemas",
  Span: "Types and schemas",
  TrailerField: "Types and schemas",
  Dateline: "Types and schemas",
  Note: "Types and schemas",
  articleSchema: "Types and schemas",
  articleSpansSchema: "Types and schemas",
  sectionSchema: "Types and schemas",
  spanSchema: "Types and schemas",
  trailerFieldSchema: "Types and schemas",
  datelineSchema: "Types and schemas",
  noteSchema: "Types and schemas",
  locales: "Locales and dialects",
  dialects: "Locales and dialects",
  builtinLanguages: "Locales and dialects",
  defaultLabels: "Locales and dialects",
  englishLabels: "Locales and dialects",
  chineseLabels: "Locales and dialects",
  frenchLabels: "Locales and dialects",
  spanishLabels: "Locales and dialects",
  germanLabels: "Locales and dialects",
  russianLabels: "Locales and dialects",
  ukrainianLabels: "Locales and dialects",
  LanguageLabels: "Locales and dialects",
  LabelTable: "Locales and dialects",
  TrailerKey: "Locales and dialects",
  trailerKeys: "Locales and dialects",
  ArticleParseError: "Errors",
  ArticleIssue: "Errors",
  ArticleIssueCode: "Errors",
  articleIssueCodes: "Errors",
  articleIssueSchema: "Errors",
  splitParagraphs: "Helpers",
  splitSections: "Helpers",
  splitBodyBlocks: "Helpers",
  BodyBlock: "Helpers",
  isHeadingLine: "Helpers",
  LineCounter: "Helpers",
  LinePos: "Helpers",
};

function hasCategory(reflection) {
  const comments = [reflection.comment, ...(reflection.signatures ?? []).map((s) => s.comment)];
  return comments.some((c) => c?.blockTags.some((t) => t.tag === "@category"));
}

function isZodInferred(type) {
  return type?.type === "reference" && ["output", "infer", "input"].includes(type.name);
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  // Before TypeDoc's own category pass (priority -200) and its validation.
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      const project = context.project;
      const first = project.readme?.[0];
      const title = `# ${project.name}\n`;
      if (first?.kind === "text" && first.text.startsWith(title)) {
        first.text = first.text.slice(title.length).replace(/^\n+/, "");
      }
      // With several entry points (the core and `syndicated-article/files`) the
      // project's children are modules: their exports are what is categorised.
      const exported = (project.children ?? []).flatMap((child) =>
        child.kind === ReflectionKind.Module ? (child.children ?? []) : [child],
      );
      for (const child of exported) {
        if (hasCategory(child)) continue;
        const category = categories[child.name];
        if (category === undefined) {
          app.logger.warn(`${child.name} has no @category (and no fallback in typedoc-site.mjs)`);
          continue;
        }
        child.comment ??= new Comment();
        child.comment.blockTags.push(
          new CommentTag("@category", [{ kind: "text", text: category }]),
        );
      }
      for (const iface of project.getReflectionsByKind(ReflectionKind.Interface)) {
        if (!iface.extendedTypes?.some(isZodInferred)) continue;
        iface.extendedTypes = iface.extendedTypes.filter((t) => !isZodInferred(t));
        if (iface.extendedTypes.length === 0) iface.extendedTypes = undefined;
        for (const field of iface.children ?? []) {
          if (!/^(z\.)?(infer|output|input)\./.test(field.inheritedFrom?.name ?? "")) continue;
          field.inheritedFrom = undefined;
          field.defaultValue = undefined;
        }
      }
    },
    100,
  );
  app.renderer.hooks.on("sidebar.begin", (context) =>
    JSX.createElement(
      "nav",
      { class: "tsd-navigation site-links", "aria-label": "Tools" },
      JSX.createElement(
        "a",
        { href: context.relativeURL("playground/index.html"), "data-testid": "playground-link" },
        "Playground: try the parser in your browser",
      ),
    ),
  );
  const { homepage } = JSON.parse(
    readFileSync(new URL("../package.json", import.meta.url), "utf8"),
  );
  const published = `href="${homepage.endsWith("/") ? homepage : `${homepage}/`}`;
  app.renderer.on(PageEvent.END, (page) => {
    if (!page.contents?.includes(published)) return;
    const up = "../".repeat(page.url.split("/").length - 1);
    page.contents = page.contents.replace(
      new RegExp(`${published.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}([^"#]*)`, "g"),
      (_, path) => `href="${up}${path === "" || path.endsWith("/") ? `${path}index.html` : path}`,
    );
  });
}
