// Types for scripts/serve.mjs: the static server behind `npm start`, `npm run preview` and the browser tests.
export const HOST_DEFAULT_CACHE: string;
export const ERROR_CACHE: string;
export const ALLOWED_METHODS: string;
export function readTarget(target: string): { path: string; query: string } | { status: 400 | 404 };
export function serve(options?: {
  root?: string;
  port?: number;
  host?: string;
}): Promise<{ url: string; close: () => Promise<void> }>;
