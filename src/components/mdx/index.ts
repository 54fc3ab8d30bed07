// The components every MDX file can use without imports; names.ts lists them for the content check.
import Photo from './Photo.astro';
import PhotoGroup from './PhotoGroup.astro';
import Quote from './Quote.astro';
import Mention from './Mention.astro';
import PercentFigure from './PercentFigure.astro';
import CapFigure from './CapFigure.astro';
import type { MdxComponentName } from './names';

export const mdxComponents = { Photo, PhotoGroup, Quote, Mention, PercentFigure, CapFigure } satisfies Record<MdxComponentName, unknown>;
