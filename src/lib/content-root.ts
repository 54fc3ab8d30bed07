// Where explainers live; EXPLAINER_CONTENT points a build at another corpus (tests, benchmarks).
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return env.EXPLAINER_CONTENT?.trim() || 'content/explainers';
}
