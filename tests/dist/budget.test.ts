// Page-weight budgets over the real site: what a reader downloads to first see a section, compressed.
import { describe } from 'vitest';
import { budgetChecks, testChecks } from '../support/checks';
import { realSite } from '../support/served';

describe('the built site', () => testChecks(budgetChecks, realSite));
