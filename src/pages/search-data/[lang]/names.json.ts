// Per language: every topic and person with its page, so a query that names one offers that page
// first. Fetched with a page's first search, beside Pagefind's index.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getExplainers, searchDataPaths } from '../../../lib/explainers';
import { searchNames } from '../../../lib/search-data';

export const getStaticPaths = searchDataPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(searchNames(await getExplainers(), params.lang!)), {
    headers: { 'Content-Type': 'application/json' },
  });
