// Per language: the other spellings a query is rewritten with, and what search offers before a word
// is typed (explainers and their sections, topics, people). Fetched with the first search.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getExplainers } from '../../../lib/explainers';
import { searchLanguages, searchStart } from '../../../lib/search-data';
import { SITE } from '../../../site';

export const getStaticPaths = (async () =>
  searchLanguages(await getExplainers(), SITE.lang).map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(searchStart(await getExplainers(), params.lang!)), {
    headers: { 'Content-Type': 'application/json' },
  });
