// The command behind `npm run draft`: reads the story, drafts the explainer, and writes its folder,
// never over an existing one. Prints what the editor should do next and what the draft could not tell.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { canonicalTag } from '../../i18n/languages';
import { URL_SLUG } from '../slugs';
import { draftExplainer } from './draft';

const USAGE = 'usage: npm run draft -- path/to/article.txt [--out content/explainers] [--slug folder-name] [--lang es]';

/** Runs the command; returns the exit code. Messages go to stdout and stderr, one clear line each. */
export function main(args: readonly string[], today = new Date().toISOString().slice(0, 10)): number {
  const options = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--out' || arg === '--slug' || arg === '--lang') options.set(arg, args[++i] ?? '');
    else if (arg.startsWith('--')) return fail(`unknown option ${arg}\n${USAGE}`);
    else files.push(arg);
  }
  if (files.length !== 1) return fail(USAGE);
  let input: string;
  try {
    input = readFileSync(files[0]!, 'utf8');
  } catch (error) {
    return fail(`cannot read ${files[0]}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  if (!input.trim()) return fail(`${files[0]} is empty: paste the story into it, headline first`);

  const lang = options.get('--lang');
  if (lang !== undefined && !isLanguageTag(lang)) return fail(`--lang "${lang}": a language is a BCP 47 tag, such as es, uk or pt-BR`);
  const draft = draftExplainer(input, { today, ...(lang ? { lang } : {}) });
  const slug = options.get('--slug') || draft.slug;
  if (!URL_SLUG.test(slug)) return fail(`--slug "${slug}": a folder name is lowercase letters, digits and single hyphens`);
  const dir = join(options.get('--out') || join('content', 'explainers'), slug);
  if (existsSync(dir)) return fail(`${dir} already exists: the draft never writes over an explainer. Remove it, or pass --slug another-name`);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(draft.files)) writeFileSync(join(dir, name), text);

  const sections = Object.keys(draft.files).filter((f) => /^\d+-.*\.mdx$/.test(f));
  const quotes = draft.attributions.filter((a) => a.how !== 'title');
  const shown = relative(process.cwd(), dir);
  console.log(`Drafted ${shown.startsWith('..') ? dir : shown}/: ${sections.length} sections, ${draft.cards.length} cards, ${quotes.filter((a) => a.speaker).length} of ${quotes.length} quotations attributed.`);
  for (const note of draft.notes) console.log(`  note: ${note}`);
  const people = draft.files['people.yaml'] ? 'check people.yaml and every <Quote by>' : 'add people.yaml and <Quote by> for the people the story quotes (see docs/editing.md)';
  console.log(`Next: fill each TODO(editor) (npm run dev shows them highlighted; npm run build refuses them), ${people}.`);
  return 0;
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

/** A language and its subtags ("es", "pt-BR"), as --lang takes them; Intl then says whether it is well formed. */
const isLanguageTag = (tag: string) => /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/i.test(tag) && canonicalTag(tag) !== undefined;
