// Per language: every topic and person with its page, so a query that names one offers that page first;
// split into files of about NAMES_PER_FILE by the names' last word, so a query fetches one small file
// (searchNameFiles, src/lib/search/data.ts), fetched with its first search beside Pagefind's index.
import type { APIRoute, GetStaticPaths } from 'astro';
import { listingKey } from '../../../../lib/build-cache';
import { getExplainers, pageContext } from '../../../../lib/explainers';
import { searchLanguages, searchNameFiles, type SearchName } from '../../../../lib/search/data';
import { SITE } from '../../../../site';

export const getStaticPaths = (async () => {
  const explainers = await getExplainers();
  const context = pageContext();
  return searchLanguages(explainers, SITE.lang).flatMap((lang) =>
    searchNameFiles(explainers, lang).map((names, file) => ({ params: { lang, file: String(file) }, props: { names }, cacheKey: listingKey(context, 'search-names', names) })),
  );
}) satisfies GetStaticPaths;

interface Props {
  names: SearchName[];
}

export const GET: APIRoute<Props> = ({ props }) => new Response(JSON.stringify(props.names), { headers: { 'Content-Type': 'application/json' } });
