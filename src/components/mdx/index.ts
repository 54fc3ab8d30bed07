// The components every MDX file can use without imports; their attribute rules are in src/lib/component-props.ts.
import Photo from './Photo.astro';
import PhotoGroup from './PhotoGroup.astro';
import Quote from './Quote.astro';
import Mention from './Mention.astro';
import PercentFigure from './PercentFigure.astro';
import CapFigure from './CapFigure.astro';
import StatFigure from './StatFigure.astro';
import On from './On.astro';
import Context from './Context.astro';
import type { ComponentName } from '../../lib/component-props';

export const mdxComponents = { Photo, PhotoGroup, Quote, Mention, Context, PercentFigure, CapFigure, StatFigure, On } satisfies Record<ComponentName, unknown>;
