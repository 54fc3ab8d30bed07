export function writeCorpus(root: string, options: { sections: number; perExplainer?: number }): number;
