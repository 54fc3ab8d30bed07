// One share image per section: explainer headline, section title and site name.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getExplainers, type ExplainerView } from '../../../lib/explainers';
import { sectionCard } from '../../../lib/page-share';
import { renderShareImage } from '../../../lib/share-image';
import { SITE } from '../../../site';

export const getStaticPaths = (async () =>
  (await getExplainers()).flatMap((explainer) =>
    explainer.sections.map((section, index) => ({
      params: { explainer: explainer.slug, section: section.slug },
      props: { explainer, index },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ explainer: ExplainerView; index: number }> = async ({ props }) =>
  new Response(await renderShareImage(sectionCard(props.explainer, props.index, SITE.name)), {
    headers: { 'Content-Type': 'image/png' },
  });
