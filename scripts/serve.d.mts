export function resolveFile(root: string, urlPath: string): string | undefined;
export function serve(options?: {
  root?: string;
  port?: number;
  host?: string;
}): Promise<{ url: string; close: () => Promise<void> }>;
