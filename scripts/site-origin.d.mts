// Types for scripts/site-origin.mjs, for the TypeScript that imports it (astro.config, tests).
export declare const servePort: (env?: Record<string, string | undefined>) => number;
export declare const localOrigin: (env?: Record<string, string | undefined>) => string;
export declare const SITE_URL_MISSING: string;
export declare function readSiteUrl(value?: string): { origin: string } | { problem: string } | undefined;
export declare function builtOrigin(dist?: string): string | undefined;
