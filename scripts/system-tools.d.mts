// Types for scripts/system-tools.mjs: finding (or installing) Chromium and nginx for the tests.
export interface Tool {
  id: string;
  /** What a reader calls it. */
  name: string;
  /** Which tests need it. */
  purpose: string;
  /** The environment variable that points at it, winning over everything else. */
  envVar: string;
  /** Where Debian puts it. */
  paths: string[];
  /** Its name on PATH. */
  commands: string[];
  debianPackage: string;
}
export interface EnsureOptions {
  env?: Record<string, string | undefined>;
  isRoot?: boolean;
  hasApt?: boolean;
  run?: (command: string, args: string[]) => void;
  log?: (message: string) => void;
}
export const TOOLS: Record<'chromium' | 'nginx', Tool>;
export function isProgram(path: string): boolean;
export function findTool(tool: Tool, env?: Record<string, string | undefined>): string | undefined;
export function ensureTools(tools: Tool[], options?: EnsureOptions): Record<string, string>;
