// Writes a synthetic corpus of explainers (valid content, varied words) for the scaling benchmark.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS = `talks ceasefire sanctions tariffs oil pipeline treaty warheads summit envoy ministry parliament
election coalition inflation harvest drought reactor border refugees convoy embassy trade exports imports
currency budget strike union court ruling appeal verdict minister president governor senate committee
hearing inquiry report survey forecast satellite launch vaccine outbreak hospital school teachers students
farmers fishermen port shipping freight rail bridge storm flood wildfire heatwave emissions carbon solar
wind battery grid refinery cartel barrel price cap leverage negotiators framework accord protocol`.split(/\s+/);

/** A deterministic pseudo-random generator, so every run writes the same corpus. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 2 ** 32);
}

function sentence(next) {
  const n = 8 + Math.floor(next() * 14);
  const words = Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]);
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}.`;
}

/**
 * Writes `sections` sections spread over explainers of `perExplainer` sections each.
 * @returns the number of explainers written
 */
export function writeCorpus(root, { sections, perExplainer = 10 }) {
  const next = random(sections);
  const explainers = Math.ceil(sections / perExplainer);
  for (let e = 0; e < explainers; e++) {
    const dir = join(root, `explainer-${e + 1}`);
    mkdirSync(dir, { recursive: true });
    const day = String((e % 28) + 1).padStart(2, '0');
    writeFileSync(
      join(dir, 'index.mdx'),
      `---\nheadline: "Synthetic explainer ${e + 1}: ${sentence(next).slice(0, -1)}"\nsummary: "${sentence(next)}"\npublished: 2025-01-${day}\nupdated: 2025-01-${day}\nsource:\n  title: "Synthetic report ${e + 1}"\n---\n`,
    );
    const count = Math.min(perExplainer, sections - e * perExplainer);
    for (let s = 0; s < count; s++) {
      const paragraphs = Array.from({ length: 6 }, () => Array.from({ length: 4 }, () => sentence(next)).join(' '));
      writeFileSync(
        join(dir, `${String(s + 1).padStart(2, '0')}-part-${s + 1}.mdx`),
        `---\ntitle: Part ${s + 1}\norder: ${s + 1}\nsummary: "${sentence(next)}"\n---\n\n${paragraphs.slice(0, 3).join('\n\n')}\n\n## ${sentence(next).slice(0, 40).trim()}\n\n${paragraphs.slice(3).join('\n\n')}\n`,
      );
    }
  }
  return explainers;
}
