// Languages: every dictionary is complete and gives its language's plural forms, and an explainer in
// Ukrainian is built in Ukrainian throughout: <html lang>, interface text, dates, reading time, its own
// search index, feed items, JSON-LD, og:locale and share images. The corpus is the fixture site the
// run builds once: the Ukrainian fixture (tests/fixtures/explainers/biblioteka-tykhorichchia) beside an
// English one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import en from '../../src/i18n/en';
import { LANGUAGES, pageLanguage, textDirection } from '../../src/i18n/languages';
import { personId } from '../../src/lib/people';
import { languageField } from '../../src/i18n/schema';
import { countWords } from '../../src/lib/reading-time';
import { personPath } from '../../src/lib/urls';
import { renderShareImage } from '../../src/lib/share/image';
import { SITE } from '../../src/site';
import { fileFor } from '../support/dist';
import { builtSearch } from '../support/pagefind';
import { FIXTURE_SITE } from '../support/sites';
import { explainerSlugs, sectionsOf } from '../support/source';

type Message = string | Readonly<Record<string, string>>;
const forms = (message: Message) => (typeof message === 'string' ? [message] : Object.values(message));
/** `{name}` parameters and Pagefind's `[COUNT]` placeholders a message uses, in any of its forms. */
const placeholders = (message: Message) => new Set(forms(message).flatMap((text) => text.match(/\{\w+\}|\[[A-Z_]+\]/g) ?? []));

describe('dictionaries', () => {
  const dictionaries = Object.entries(LANGUAGES).map(([code, language]) => [code, language.dictionary as Record<string, Message>] as const);

  it.each(dictionaries)('%s gives every English key, in the same form and with the same placeholders', (_, dictionary) => {
    expect(Object.keys(dictionary).sort()).toEqual(Object.keys(en).sort());
    for (const [key, english] of Object.entries(en as Record<string, Message>)) {
      const message = dictionary[key]!;
      expect(typeof message, key).toBe(typeof english);
      expect(placeholders(message), key).toEqual(placeholders(english));
    }
  });

  it.each(dictionaries)('%s gives every plural category its language has', (code, dictionary) => {
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
    for (const [key, message] of Object.entries(dictionary)) {
      if (typeof message !== 'string') expect(Object.keys(message).sort(), key).toEqual([...categories].sort());
    }
  });

  it('picks Ukrainian plural forms by Intl.PluralRules: one, few, many, other', () => {
    const t = useTranslations('uk');
    const counts = [1, 2, 4, 5, 11, 21, 22, 25, 1.5];
    expect(counts.map((count) => t('explainer.sectionCount', { count }))).toEqual([
      '1 розділ',
      '2 розділи',
      '4 розділи',
      '5 розділів',
      '11 розділів',
      '21 розділ',
      '22 розділи',
      '25 розділів',
      '1,5 розділу',
    ]);
    expect(useTranslations('en')('explainer.sectionCount', { count: 1 })).toBe('1 section');
  });

  it('formats numbers and dates for the language', () => {
    expect(useTranslations('en').number(20000)).toBe('20,000');
    expect(useTranslations('uk').number(20000)).toBe('20\u00a0000');
    expect(useTranslations('uk')('section.position', { position: 1, total: 2 })).toBe('Розділ 1 з 2');
  });

  it('reads lang from index.mdx as a BCP 47 tag with a dictionary, the site default when absent', () => {
    expect(languageField.parse(undefined)).toBe(SITE.lang);
    expect(languageField.parse('UK')).toBe('uk');
    expect(languageField.parse('en-us')).toBe('en-US');
    expect(languageField.safeParse('en_GB').error?.issues[0]?.message).toMatch(/not a language tag/);
    expect(languageField.safeParse('de').error?.issues[0]?.message).toMatch(/no interface translation.*src\/i18n/);
  });

  it('knows each language’s direction, Intl locale and og:locale', () => {
    expect([textDirection('ar'), textDirection('he'), textDirection('uk'), textDirection('en')]).toEqual(['rtl', 'rtl', 'ltr', 'ltr']);
    expect(pageLanguage('uk')).toMatchObject({ tag: 'uk', dir: 'ltr', ogLocale: 'uk_UA' });
    expect(pageLanguage('en')).toMatchObject({ intl: 'en-GB', ogLocale: 'en_GB' });
    expect(pageLanguage('en-US')).toMatchObject({ intl: 'en-US', ogLocale: 'en_US' });
  });

  it('counts words as the language’s script divides them', () => {
    expect(countWords('«Ми хотіли, щоб бібліотека стала місцем», — сказала вона.', 'uk')).toBe(8);
    // Japanese is written without spaces: splitting on white space would see one word.
    expect(countWords('新しい図書館が開館した', 'ja')).toBeGreaterThan(2);
  });

  it('share images draw Cyrillic letters, not one missing-glyph box for all', async () => {
    const card = { kicker: 'Пояснення', siteName: SITE.name, lang: 'uk' };
    const a = Buffer.from(await renderShareImage({ ...card, title: 'Бібліотека' }));
    const b = Buffer.from(await renderShareImage({ ...card, title: 'Книгозбірн' }));
    expect(a.equals(b)).toBe(false);
  });
});

const UK = 'biblioteka-tykhorichchia';
const EN = 'ferry-strike';
const EN_SECTION = `/${EN}/the-vote/`;
const ukPages = [`/${UK}/`, `/${UK}/vidkryttia/`, `/${UK}/posluhy/`, `/${UK}/full-story/`];

describe('a Ukrainian explainer beside an English one, built', () => {
  const dist = FIXTURE_SITE.dist;
  const site = { url: inject('fixtureSiteUrl') };
  const page = (path: string): HTMLElement => parse(readFileSync(fileFor(path, dist)!, 'utf8'));
  const meta = (root: HTMLElement, property: string) => root.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
  const jsonLd = (root: HTMLElement) => JSON.parse(root.querySelector('script[type="application/ld+json"]')!.text) as { inLanguage: string };
  const uk = useTranslations('uk');

  it('gives its pages <html lang="uk">, and every other page the site default', () => {
    for (const path of ukPages) expect(page(path).querySelector('html')?.attributes, path).toMatchObject({ lang: 'uk', dir: 'ltr' });
    for (const path of ['/', '/people/', '/search/', '/404.html', `/${EN}/`, EN_SECTION]) {
      expect(page(path).querySelector('html')?.getAttribute('lang'), path).toBe(SITE.lang);
    }
  });

  it('shows no English interface word on its pages, and the Ukrainian ones instead', () => {
    // Latin words of a dictionary's messages, placeholders left out: Ukrainian uses only names (Ctrl, Mac, JavaScript).
    const words = (text: string) => new Set(text.replace(/\{\w+\}|\[[A-Z_]+\]/g, ' ').toLowerCase().match(/[a-z]{2,}/g) ?? []);
    const messages = (dictionary: Record<string, Message>) => Object.values(dictionary).flatMap(forms).join(' ');
    const ukWords = words(messages(LANGUAGES.uk.dictionary));
    expect([...ukWords].sort()).toEqual(['ctrl', 'javascript', 'mac']);
    const english = [...words(messages(en))].filter((w) => !ukWords.has(w));
    expect(english).toEqual(expect.arrayContaining(['share', 'section', 'published', 'read', 'search']));
    // What a reader sees or hears: text, labels, titles, the share script's messages, the page's own meta text.
    const readerText = (root: HTMLElement) => {
      root.querySelectorAll('body script, body style, body template').forEach((n) => n.remove());
      const attributes = (selector: string, names: (name: string) => boolean) =>
        root.querySelectorAll(selector).flatMap((el) => Object.entries(el.attributes).filter(([name]) => names(name)).map(([, value]) => value));
      return [
        root.querySelector('title')!.text,
        root.querySelector('body')!.textContent,
        ...attributes('[aria-label], [title], [alt], [placeholder]', (name) => ['aria-label', 'title', 'alt', 'placeholder'].includes(name)),
        ...attributes('[data-share-links]', (name) => name.startsWith('data-message-')),
        ...root
          .querySelectorAll('meta')
          .filter((m) => /(title|description|alt|site_name|section|tag)$/.test(m.getAttribute('name') ?? m.getAttribute('property') ?? ''))
          .map((m) => m.getAttribute('content') ?? ''),
      ].join(' ');
    };
    for (const path of ukPages) {
      // The publication's name is a name, and addresses (the printed "Read online" line) are not words.
      const text = readerText(page(path)).replaceAll(SITE.name, ' ').replace(/https?:\/\/\S+/g, ' ');
      expect(english.filter((w) => words(text).has(w)), path).toEqual([]);
    }
    const section = page(`/${UK}/vidkryttia/`).querySelector('body')!.textContent;
    for (const phrase of [uk('section.kicker', { title: 'Відкриття', position: 1, total: 2 }), uk('section.inShort'), uk('explainer.readingTime', { count: 1 }), uk('share.label.section'), uk('photo.notReproduced'), uk('site.tagline')]) {
      expect(section).toContain(phrase);
    }
  });

  it('writes its dates in Ukrainian', () => {
    const day = (iso: string) => new Intl.DateTimeFormat('uk', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso));
    const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
    const overview = page(`/${UK}/`);
    // The build's age, held unseen until the reader's clock gives its own (tests/e2e/age.test.ts).
    overview.querySelector('.age.reserved')?.remove();
    expect(fold(overview.querySelector('.dates')!.textContent)).toBe(
      fold(`${uk('explainer.published', { date: day('2025-03-03') })} · ${uk('explainer.updated', { date: day('2025-03-05') })}`),
    );
    expect(day('2025-03-03')).toMatch(/березня/);
    expect(overview.querySelector('.timeline time[datetime="2023-03"]')?.text).toMatch(/^березень 2023/);
  });

  it('has a search index of its own, which finds its Ukrainian words', async () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    // Every section page, each in its explainer's language's index: the Ukrainian fixture's two in uk, the English fixtures' in en.
    const sectionsIn = (uk: boolean) => explainerSlugs(FIXTURE_SITE.content).filter((e) => (e === UK) === uk).reduce((n, e) => n + sectionsOf(FIXTURE_SITE.content, e).length, 0);
    expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]))).toEqual({ en: sectionsIn(false), uk: 2 });
    expect(sectionsIn(false)).toBeGreaterThan(0);
    // Pagefind picks the index by the page's <html lang>: search as a page in each language would.
    const searchAs = async (lang: string, term: string) => (await (await builtSearch(site.url, dist, lang)).search(term)).map((r) => r.path);
    expect(await searchAs('uk', 'грамотності')).toEqual([`/${UK}/posluhy/`]);
    expect(await searchAs('en', 'грамотності')).toEqual([]);
  });

  it('names its language in the feed, JSON-LD and og:locale', () => {
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    const items = [...rss.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    const languageOf = (path: string) => /<dc:language>([^<]+)</.exec(items.find((i) => i.includes(`${path}</link>`))!)?.[1];
    expect([languageOf(`/${UK}/vidkryttia/`), languageOf(`/${UK}/posluhy/`), languageOf(EN_SECTION)]).toEqual(['uk', 'uk', 'en']);
    for (const path of ukPages) {
      expect(jsonLd(page(path)).inLanguage, path).toBe('uk');
      expect(meta(page(path), 'og:locale'), path).toBe('uk_UA');
    }
    expect(jsonLd(page(EN_SECTION)).inLanguage).toBe('en');
    expect(meta(page(EN_SECTION), 'og:locale')).toBe('en_GB');
  });

  it('marks its words with lang="uk" where site-wide pages quote them', () => {
    const home = page('/');
    expect(home.querySelector(`a[href="/${UK}/"]`)?.closest('[lang]')?.getAttribute('lang')).toBe('uk');
    expect(home.querySelector(`a[href="/${EN}/"]`)?.closest('[lang]')?.getAttribute('lang')).toBe('en');
    const role = page(personPath(personId('Олена Марченко'))).querySelector('[data-card="Олена Марченко"] .role-text');
    expect(role?.text).toBe('директорка міської бібліотеки');
    expect(role?.getAttribute('lang')).toBe('uk');
  });
});
