// An explainer's share image, used by its overview and its full-story page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getExplainers, type ExplainerView } from '../../lib/explainers';
import { overviewCard } from '../../lib/page-share';
import { renderShareImage } from '../../lib/share-image';
import { SITE } from '../../site';

export const getStaticPaths = (async () =>
  (await getExplainers()).map((explainer) => ({ params: { explainer: explainer.slug }, props: { explainer } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ explainer: ExplainerView }> = async ({ props }) =>
  new Response(await renderShareImage(overviewCard(props.explainer, SITE.name)), { headers: { 'Content-Type': 'image/png' } });
