// Every built page of the real site: semantic and valid HTML, unique ids, internal links and #anchors
// that resolve, scripts only for search, a strict CSP and safe external links.
import { describe } from 'vitest';
import { structureChecks, testChecks } from '../support/checks';
import { realSite } from '../support/served';

describe('the built site', () => testChecks(structureChecks, realSite));
