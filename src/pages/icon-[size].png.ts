// PNG icons drawn from public/favicon.svg, for home screens, the manifest and the publisher logo.
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { ICON_SIZES } from '../lib/urls';
import { LOGO_FILE, renderIcon } from '../lib/share/image';

export const getStaticPaths = (() => ICON_SIZES.map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await renderIcon(await readFile(LOGO_FILE, 'utf8'), Number(params.size)), {
    headers: { 'Content-Type': 'image/png' },
  });
