// The programs `npm test` needs from outside npm: Chromium for the browser tests, nginx for the nginx config
// test. Each is looked for where Debian puts it; a missing one is installed from Debian's packages when this
// process can (root, apt-get), and otherwise the run stops before any test with the one command to run.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** @typedef {import('./system-tools.d.mts').Tool} Tool */

/** @type {Record<'chromium' | 'nginx', Tool>} */
export const TOOLS = {
  chromium: {
    id: 'chromium',
    name: 'Chromium',
    purpose: 'the browser tests',
    envVar: 'CHROME_PATH',
    paths: ['/usr/bin/chromium'],
    commands: ['chromium'],
    debianPackage: 'chromium',
  },
  nginx: {
    id: 'nginx',
    name: 'nginx',
    purpose: 'the nginx config test',
    envVar: 'NGINX_PATH',
    paths: ['/usr/sbin/nginx'],
    commands: ['nginx'],
    debianPackage: 'nginx-light',
  },
};

/** True for a file this process may run. */
export function isProgram(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Where a tool is: its environment variable if set, else Debian's path, else the first on PATH. */
export function findTool(tool, env = process.env) {
  const chosen = env[tool.envVar];
  if (chosen) return isProgram(chosen) ? chosen : undefined;
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const candidates = [...tool.paths, ...tool.commands.flatMap((command) => onPath.map((dir) => join(dir, command)))];
  return candidates.find(isProgram);
}

function runCommand(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) throw new Error(`${[command, ...args].join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}); its output is above`);
}

const names = (tools) => tools.map((t) => `${t.name} (for ${t.purpose})`).join(' and ');
const is = (tools) => (tools.length > 1 ? 'are' : 'is');

/**
 * Finds every tool, installing Debian's packages for the missing ones when it can, and returns their paths by id.
 * Throws, before anything else runs, with what to do when a tool is still missing.
 * @param {Tool[]} tools
 * @param {import('./system-tools.d.mts').EnsureOptions} [options]
 */
export function ensureTools(tools, options = {}) {
  const {
    env = process.env,
    isRoot = process.getuid?.() === 0,
    hasApt = isProgram('/usr/bin/apt-get'),
    run = runCommand,
    log = console.log,
  } = options;
  const misdirected = tools.filter((t) => env[t.envVar] && !findTool(t, env));
  if (misdirected.length > 0) {
    const what = misdirected.map((t) => `${t.envVar} is "${env[t.envVar]}", which is not a program`).join('; ');
    throw new Error(`${what}. Point it at ${misdirected.map((t) => t.name).join(' and ')}, or unset it to use Debian's.`);
  }
  let missing = tools.filter((t) => !findTool(t, env));
  const packages = missing.map((t) => t.debianPackage).join(' ');
  if (missing.length > 0 && isRoot && hasApt) {
    log(`npm test: ${names(missing)} not found; installing Debian's package (apt-get update && apt-get install -y ${packages}).`);
    run('apt-get', ['update', '-q']);
    run('apt-get', ['install', '-y', '-q', ...missing.map((t) => t.debianPackage)]);
    missing = tools.filter((t) => !findTool(t, env));
    if (missing.length > 0) throw new Error(`apt-get installed ${packages}, yet ${names(missing)} ${is(missing)} still not found.`);
  }
  if (missing.length > 0) {
    const command = hasApt ? `sudo apt-get install -y ${packages}` : `(install ${missing.map((t) => t.name).join(' and ')}, then) export ${missing.map((t) => `${t.envVar}=/path/to/${t.commands[0]}`).join(' ')}`;
    throw new Error(`npm test needs ${names(missing)}, which ${is(missing)} not installed. Run this, then npm test again:\n\n  ${command}\n`);
  }
  return Object.fromEntries(tools.map((t) => [t.id, /** @type {string} */ (findTool(t, env))]));
}
