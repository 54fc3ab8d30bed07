// An explainer's share image, used by its overview and its full-story page, in the explainer's language.
import type { APIRoute, GetStaticPaths } from 'astro';
import { explainerImagePaths, type ExplainerView } from '../../lib/explainers';
import { overviewCard } from '../../lib/share/page';
import { cachedShareImage, imageRoutes } from '../../lib/share/image';

export const getStaticPaths = (async () =>
  imageRoutes(
    await explainerImagePaths(),
    ({ explainer }) => overviewCard(explainer),
    ({ explainer }) => explainer.shareImage,
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ explainer: ExplainerView }> = async ({ props }) =>
  new Response(await cachedShareImage(overviewCard(props.explainer)), { headers: { 'Content-Type': 'image/png' } });
