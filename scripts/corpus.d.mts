export const CORPUS_ENV: "SYNDICATED_ARTICLE_CORPUS";
export function corpusRoot(): string;
export function requireCorpus(...datasets: string[]): string;
