// Per language: search's interface messages, the other spellings a query is rewritten with, and what
// search offers before a word is typed (explainers and their sections, topics, people). Fetched when
// search opens.
import type { APIRoute, GetStaticPaths } from 'astro';
import { messagesUnder } from '../../../i18n';
import { getExplainers, searchDataPaths } from '../../../lib/explainers';
import { SEARCH_UI_PREFIX, searchStart } from '../../../lib/search/data';

export const getStaticPaths = searchDataPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(searchStart(await getExplainers(), params.lang!, messagesUnder(params.lang!, SEARCH_UI_PREFIX))), {
    headers: { 'Content-Type': 'application/json' },
  });
