// The site's one slug rule: readable ids in any script, numbered repeats, punctuation folded.
import { describe, expect, it } from 'vitest';
import { headingIds, sectionSlugFromFile, slug } from '../../src/lib/slugs';

describe('slug', () => {
  it.each([
    ['Other questions, other countries', 'other-questions-other-countries'],
    ['Zelenskyy’s “angel”', 'zelenskyys-angel'],
    ['US–Russia relations', 'us-russia-relations'],
    ['Wrocław', 'wrocław'],
    ['Łódź', 'łódź'],
    ['ODZ', 'odz'],
    ['Київ', 'київ'],
    ['Олена Коваль', 'олена-коваль'],
    ['Αθήνα', 'αθήνα'],
    ['Cafe\u0301', 'café'],
    ['🛢️', ''],
  ])('%s -> %s', (text, expected) => {
    expect(slug(text)).toBe(expected);
  });

  it('numbers repeated headings as GitHub does', () => {
    expect(headingIds(['Why', 'Why', 'Why-1', 'Next'])).toEqual(['why', 'why-1', 'why-1-1', 'next']);
  });

  it('takes a section slug from its file name', () => {
    expect(sectionSlugFromFile('trump-putin-call/02-pressure-tactics.mdx')).toBe('pressure-tactics');
    expect(sectionSlugFromFile('x/arms-control.mdx')).toBe('arms-control');
  });
});
