// One share image per section: explainer headline, the section's question, its title and the site name, in the explainer's language.
import type { APIRoute, GetStaticPaths } from 'astro';
import { sectionPaths, type ExplainerView } from '../../../lib/explainers';
import { sectionCard } from '../../../lib/page-share';
import { renderShareImage } from '../../../lib/share-image';

export const getStaticPaths = sectionPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ explainer: ExplainerView; index: number }> = async ({ props }) =>
  new Response(await renderShareImage(sectionCard(props.explainer, props.index)), {
    headers: { 'Content-Type': 'image/png' },
  });
