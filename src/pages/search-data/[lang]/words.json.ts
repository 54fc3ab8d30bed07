// Per language: every word of the sections, most frequent first, for "Did you mean …?". Fetched only
// when a word of a query is on no page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getExplainers, searchDataPaths } from '../../../lib/explainers';
import { searchVocabulary } from '../../../lib/search/data';

export const getStaticPaths = searchDataPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(searchVocabulary(await getExplainers(), params.lang!)), {
    headers: { 'Content-Type': 'application/json' },
  });
