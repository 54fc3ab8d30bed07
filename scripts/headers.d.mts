// Types for scripts/headers.mjs: the one reading of `_headers` the preview server and the tests share.
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}
export function parseHeaders(text: string): HeaderRule[];
export function matchingRules(rules: HeaderRule[], path: string): HeaderRule[];
export function headersFor(rules: HeaderRule[], path: string): Record<string, string>;
export function repeatedHeaders(rules: HeaderRule[], path: string): string[];
