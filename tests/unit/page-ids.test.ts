// The build's last word on ids (src/lib/page-ids.ts): every id on a page valid and used once.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageIdProblems } from '../../src/integrations/page-ids';
import { digestFiles } from '../../src/lib/build-cache-files';
import { idProblems, idsIn } from '../../src/lib/page-ids';
import { headingIds } from '../../src/lib/slugs';
import { PAGE_IDS } from '../../src/lib/page-parts';

describe('ids on a built page', () => {
  it('reads ids from start tags only, whatever the quotes, and not from scripts, styles, comments or text', () => {
    const html = `<main id="main"><p title="a > b" id='x'>id="not-an-id" &lt;p id="nor-this"&gt;</p><a id=bare href="#x">x</a><script>document.body.innerHTML = '<i id="in-script">'</script><style>#s{}</style><!-- <b id="in-comment"> --><div data-id="d" aria-labelledby="x"></div></main>`;
    expect(idsIn(html)).toEqual(['main', 'x', 'bare']);
  });

  it('names each id used twice, an id with white space and an empty id, once each', () => {
    const html = '<main id="main"><h2 id="main">Main</h2><h2 id="main">Main</h2><svg><title id="a b">t</title></svg><p id="">x</p><p id="ok">y</p></main>';
    expect(idProblems(html)).toEqual([
      { id: 'main', message: 'id "main" is used 3 times: links and labels reach only the first' },
      { id: 'a b', message: 'id "a b" holds white space, which no id may' },
      { id: '', message: 'an element has an empty id' },
    ]);
    expect(idProblems('<p id="a"></p><p id="b"></p>')).toEqual([]);
  });
});

describe('the id check over a built site', () => {
  it('names each page by its address, and reads again only pages whose bytes did not pass before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'explainer-ids-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'index.html'), '<p id="x"></p>');
    writeFileSync(join(dir, 'a', 'index.html'), '<p id="y"></p><p id="y"></p>');
    expect(await pageIdProblems(dir)).toEqual(['/a/: id "y" is used 2 times: links and labels reach only the first']);
    const passed = digestFiles(dir);
    // What passed with the same bytes is taken as passed; a page changed since is read.
    expect(await pageIdProblems(dir, digestFiles(dir), passed)).toEqual([]);
    writeFileSync(join(dir, 'index.html'), '<p id=""></p>');
    expect(await pageIdProblems(dir, digestFiles(dir), passed)).toEqual(['/: an element has an empty id']);
  });
});

describe('subhead ids beside the page’s own', () => {
  it('never takes an id the page frame uses', () => {
    expect(headingIds(['Explainer contents', 'Main', 'Title', 'Explainer share', 'Main'])).toEqual(['explainer-contents-1', 'main-1', 'title-1', 'explainer-share-1', 'main-2']);
    for (const id of PAGE_IDS) expect(headingIds([id.replace(/-/g, ' ')])[0]).not.toBe(id);
  });
});
