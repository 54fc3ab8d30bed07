// One share image per section: explainer headline, the section's question, its title and the site name, in the explainer's language.
import type { APIRoute, GetStaticPaths } from 'astro';
import { sectionImagePaths, type ExplainerView } from '../../../lib/explainers';
import { sectionCard } from '../../../lib/share/page';
import { cachedShareImage, imageRoutes } from '../../../lib/share/image';

export const getStaticPaths = (async () =>
  imageRoutes(
    await sectionImagePaths(),
    ({ explainer, index }) => sectionCard(explainer, index),
    ({ explainer, index }) => explainer.sections[index]!.shareImage,
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ explainer: ExplainerView; index: number }> = async ({ props }) =>
  new Response(await cachedShareImage(sectionCard(props.explainer, props.index)), {
    headers: { 'Content-Type': 'image/png' },
  });
