// Every built page is valid HTML by html-validate's standard preset.
import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { fileFor, pagePaths } from '../support/dist';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate (standard preset)', () => {
  it.each(pagePaths())('%s has no errors', async (path) => {
    const report = await validator.validateFile(fileFor(path)!);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});
