// The components every MDX file can use without imports; names.ts lists them for the content check.
import Photo from './Photo.astro';
import PhotoGroup from './PhotoGroup.astro';
import type { MdxComponentName } from './names';

export const mdxComponents = { Photo, PhotoGroup } satisfies Record<MdxComponentName, unknown>;
