// One share image per section: explainer headline, the section's question, its title and the site name, in the explainer's language.
import type { APIRoute, GetStaticPaths } from 'astro';
import { sectionImagePaths, type ExplainerView } from '../../../lib/explainers';
import { sectionCard } from '../../../lib/share/page';
import { cachedShareImage, keyedByImage } from '../../../lib/share/image';

export const getStaticPaths = (async () => keyedByImage(await sectionImagePaths(), ({ explainer, index }) => sectionCard(explainer, index))) satisfies GetStaticPaths;

export const GET: APIRoute<{ explainer: ExplainerView; index: number }> = async ({ props }) =>
  new Response(await cachedShareImage(sectionCard(props.explainer, props.index)), {
    headers: { 'Content-Type': 'image/png' },
  });
