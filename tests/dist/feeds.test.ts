// The feeds of the real site and of the fixture explainers (which have updates naming sections): every
// explainer's own feed and the site's, parsed as XML.
import { describe } from 'vitest';
import { feedChecks, testChecks } from '../support/checks';
import { fixtureSite, realSite } from '../support/served';

describe('the built site', () => testChecks(feedChecks, realSite));
describe('the fixture site', () => testChecks(feedChecks, fixtureSite));
