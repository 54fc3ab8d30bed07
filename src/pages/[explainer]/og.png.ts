// An explainer's share image, used by its overview and its full-story page, in the explainer's language.
import type { APIRoute, GetStaticPaths } from 'astro';
import { explainerPaths, type ExplainerView } from '../../lib/explainers';
import { overviewCard } from '../../lib/page-share';
import { renderShareImage } from '../../lib/share-image';

export const getStaticPaths = explainerPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ explainer: ExplainerView }> = async ({ props }) =>
  new Response(await renderShareImage(overviewCard(props.explainer)), { headers: { 'Content-Type': 'image/png' } });
