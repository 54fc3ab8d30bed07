export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}
export function parseHeaders(text: string): HeaderRule[];
export function headersFor(rules: HeaderRule[], path: string): Record<string, string>;
