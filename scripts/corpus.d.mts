// Types for scripts/corpus.mjs: the scaling benchmark's synthetic corpus.
/** Queries a reader would type on a corpus, one per kind the benchmark times. */
export interface CorpusQueries {
  /** A word in about three sections or fewer (one in 300 at most). */
  rare: string;
  /** The content word in the most sections. */
  common: string;
  /** Two words of middling frequency that appear together in some sections. */
  twoWords: string;
}
export interface Corpus {
  explainers: number;
  queries: CorpusQueries;
  /** For each query kind, in how many sections each of its words is. */
  inSections: Record<keyof CorpusQueries, number[]>;
}
export const VOCABULARY_SIZE: number;
export function writeCorpus(root: string, options: { sections: number; perExplainer?: number; seed?: number }): Corpus;
