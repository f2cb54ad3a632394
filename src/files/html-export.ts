import { europresseHtmlDocuments } from "./europresse-html.js";
import { factivaHtmlDocuments } from "./factiva-html.js";
import { fail } from "./failure.js";
import type { FoundDocuments } from "./found.js";
import { parseMarkup } from "./markup.js";
import { nexisHtmlDocuments } from "./nexis-html.js";
import { proquestHtmlDocuments } from "./proquest-html.js";

/** The documents of an HTML export: Factiva's views, then Nexis UK's, Europresse's, ProQuest's. */
export function htmlDocuments(html: string, maxDepth: number): FoundDocuments {
  const root = parseMarkup(html, false, maxDepth);
  const factiva = factivaHtmlDocuments(root);
  if (factiva) return { ...factiva, cover: null };
  const nexis = nexisHtmlDocuments(root);
  if (nexis) return nexis;
  const europresse = europresseHtmlDocuments(root);
  if (europresse) return europresse;
  const proquest = proquestHtmlDocuments(root);
  if (proquest) return proquest;
  return fail(
    "not-an-export",
    "The HTML is no export this reader knows: no Factiva article, no Nexis document marker, no Europresse or ProQuest document.",
  );
}
