// English: every string of the site's interface. The reference dictionary: every other language
// gives each of these keys (see types.ts). `{name}` is a parameter; numbers are formatted for the
// language; a message with plural forms takes `{count}`.
import type { Messages } from './types';

export default {
  // The publication, on every page.
  'site.tagline': 'The news, section by section.',
  'site.about': 'Explainers are built from published reporting, quoted word for word and credited to its source.',
  'site.skipToContent': 'Skip to content',
  'site.navLabel': 'Site',
  'site.allExplainers': 'All explainers',
  'site.printedFrom': 'Read online: {url}',
  'site.shareImageTitle': 'Short explainers of the news, to read, search and share',
  'site.shareImageAlt': '{site}: {tagline}',

  // The front page and the 404 page.
  'home.title': 'Explainers',
  'home.description': '{tagline} Explainers that break the news into sections you can read, search and share.',
  'home.lede': '{tagline} Each story is split into short sections you can read, search and share.',
  'notFound.title': 'Page not found',
  'notFound.description': 'This page does not exist. Here are the explainers you can read.',
  'notFound.heading': 'We can’t find that page',
  'notFound.lede': 'The link may be mistyped, or the page may have moved. These explainers are here:',
  'notFound.home': 'Go to the front page',

  // An explainer: its facts, overview and full story.
  'explainer.sectionCount': { one: '{count} section', other: '{count} sections' },
  'explainer.readingTime': { one: '{count} min read', other: '{count} min read' },
  'explainer.published': 'Published {date}',
  'explainer.updated': 'Updated {date}',
  'explainer.age': ', {ago}',
  'explainer.newer': 'Newer on this topic: {link}',
  'explainer.basedOn': 'Based on the report “{title}”.',
  'explainer.basedOnCiting': 'Based on the report “{title}”, which cites {sources}.',
  'explainer.photos': 'Photos: {credits}.',
  'explainer.overview': 'Overview',
  'explainer.readFullStory': 'Read the full story on one page',
  'explainer.shareCardKicker': { one: 'Explainer · {count} section', other: 'Explainer · {count} sections' },
  'explainer.imageAlt': {
    one: '{headline}: an explainer in {count} section from {site}',
    other: '{headline}: an explainer in {count} sections from {site}',
  },
  'overview.sectionsLabel': 'Sections of this explainer',
  'overview.startReading': 'Start reading: {title}',
  'overview.peopleLink': 'Who’s who: the people and organisations in this story',
  'fullStory.title': 'Full story: {headline}',
  'fullStory.position': 'The full story',
  'fullStory.contentsLabel': 'Sections on this page',
  'fullStory.contents': 'Contents',
  'fullStory.openSection': 'Open “{title}” on its own page',

  // A section page.
  'section.position': 'Section {position} of {total}',
  'section.kicker': '{title} · {position} of {total}',
  'section.inShort': 'In short',
  'section.imageAlt': '{question} {title}, a section of “{headline}”, an explainer from {site}',
  'section.tocLabel': 'In this explainer',
  'section.navLabel': 'Sections',
  'pager.label': 'Previous and next section',
  'pager.previous': 'Previous',
  'pager.next': 'Next',
  'pager.backTo': 'Back to',
  'pager.overview': 'Overview',
  'pager.finished': 'Finished',
  'pager.backToOverview': 'Back to the overview',
  // The reading bar: on phones at the foot of the screen, beside the text on wide screens.
  'bar.label': 'Reading',
  'bar.position': '{position} of {total}',
  'bar.positionLabel': 'Section {position} of {total}: all sections',
  'bar.share': 'Share',
  'topics.sectionLabel': 'Topics of this section',
  'topics.label': 'Topics',

  // Guides around the text.
  'takeaways.heading': 'Key takeaways',
  'takeaways.readSection': 'Read more in “{section}”',
  'timeline.heading': 'Timeline',
  'timeline.inSection': 'In “{section}”',
  'changes.heading': 'Updates',
  'changes.latest': '(latest)',
  'changes.note': 'Updated {date}: {what}',
  // Typographic slips in the source mended on the site: small print, not corrections of fact.
  'corrections.label': 'Source notes:',
  'corrections.slips': {
    one: 'we fixed {count} typographic slip in the original report:',
    other: 'we fixed {count} typographic slips in the original report:',
  },
  'corrections.item': '“{from}” to “{to}”',
  // Keep "…: {heading}": the share script reads the heading after the colon.
  'heading.anchorLabel': 'Link to this section: {heading}',

  // Components editors use in MDX.
  'figure.source': 'Source: {source}',
  'figure.sourceReport': 'Source: the report “{title}”',
  'figure.rest': 'The rest',
  'figure.inHundred': '{count} in 100',
  'photo.notReproduced': 'Photo (not reproduced):',

  // People and organisations: cards and the people page.
  'people.kind.person': 'Person',
  'people.kind.organisation': 'Organisation',
  'people.namedIn': 'Named in:',
  'people.introducedIn': 'Introduced in {section}:',
  'people.introducedQuotedIn': 'Introduced and first quoted in {section}:',
  'people.firstQuotedIn': 'First quoted in {section}:',
  'people.allQuotes': 'Everything {name} is quoted saying',
  'people.onPeoplePage': '{name} on the people page',
  'people.close': 'Close',
  'people.quotesBy': 'Quotes by {name}',
  'people.quoteWhere': 'in {section}',
  'people.inThisSection': 'People and organisations in this section',
  'peoplePage.title': 'People and organisations',
  'peoplePage.description':
    'Who is who in our explainers: everyone quoted or named, with their role as reported and everything they are quoted saying.',
  'peoplePage.lede':
    'Who’s who in our explainers: everyone they quote or name, with their role as the report gives it, the sentence that introduces them, and what they said, each quote in its sentence.',
  'peoplePage.jumpLabel': 'People and organisations on this page',
  'peoplePage.people': 'People',
  'peoplePage.organisations': 'Organisations',

  // Topics.
  'topicsPage.title': 'Topics',
  'topicsPage.description': 'Every topic our explainers cover, with the sections on each.',
  'topicPage.title': 'Topic: {topic}',
  'topicPage.description': { one: 'One section of our explainers on {topic}.', other: '{count} sections of our explainers on {topic}.' },
  'topicPage.lede': { one: 'The one section of our explainers on this topic.', other: 'The {count} sections of our explainers on this topic.' },
  'topicPage.from': 'From {explainer} · {readingTime}',

  // Sharing. Service names are brands and stay as they are; mail is a word.
  'share.label.section': 'Share this section',
  'share.label.explainer': 'Share this explainer',
  'share.label.fullStory': 'Share the full story',
  'share.copied.section': 'Copied link to this section',
  'share.copied.explainer': 'Copied link to this explainer',
  'share.copied.fullStory': 'Copied link to the full story',
  'share.copyLink': 'Copy link',
  'share.native': 'Share…',
  'share.on': 'Share on {service}',
  'share.by': 'Share by {service}',
  'share.email': 'Email',
  'share.newTab': '(opens in a new tab)',
  'share.copyQuote': 'Copy link to quote',
  'share.copiedQuote': 'Copied link to the quote',
  'share.copiedHeading': 'Copied link to “{heading}”',
  'share.copyFailed': 'Couldn’t copy automatically: the link is selected, press {keys} to copy it.',
  'share.linkLabel': 'Link',

  // Search: the header control, the search page, and Pagefind's interface.
  'search.open': 'Search',
  'search.shortcutTitle': 'Search (Ctrl+K, or ⌘K on a Mac)',
  'search.pageTitle': 'Search',
  'search.pageDescription': 'Search every section of every explainer by name, place or topic.',
  'search.needsJs': 'Search needs JavaScript',
  'search.noScript':
    '{needsJs}, which is turned off or not available in this browser. Every section is listed below, so you can still find what you are looking for.',
  'search.loading': 'Loading search…',
  'search.filtersLabel': 'Narrow the results',
  'search.filter.explainer': 'Explainer',
  'search.filter.section': 'Section',
  'search.filter.topics': 'Topic',
  'search.filter.people': 'Person',
  'search.narrow': 'Narrow these results by section, topic or person',
  'search.label': 'Search the explainers',
  'search.placeholder': 'A name, place or topic',
  'search.resultsLabel': 'Sections found',
  'search.close': 'Close',
  'search.filter.any': 'Any',
  'search.quoted': '“{term}”',
  // The summary says only what is true: every word named is on every section counted.
  'search.count': { one: '{count} section mentions {terms}', other: '{count} sections mention {terms}' },
  'search.partial': {
    one: 'No section mentions {missing}; showing {count} section with {found}',
    other: 'No section mentions {missing}; showing {count} sections with {found}',
  },
  // While the reader is still typing a word: the sections with a word that starts with what is typed.
  'search.startsWith': { one: '{count} section has a word starting {prefix}', other: '{count} sections have a word starting {prefix}' },
  'search.startsWithAnd': {
    one: '{count} section mentions {found} and has a word starting {prefix}',
    other: '{count} sections mention {found} and have a word starting {prefix}',
  },
  'search.none': 'No section mentions {terms}.',
  'search.tip': 'Try a single word, a surname, a broader topic, or another spelling.',
  'search.filtered': { one: '{count} section is filed under {filters}', other: '{count} sections are filed under {filters}' },
  'search.didYouMean': 'Did you mean {suggestion}?',
  'search.more': 'Show more sections',
  'search.browse.title': 'Browse the explainers',
  'search.browse.topics': 'Topics',
  'search.browse.people': 'People',
  'search.browse.allExplainers': 'All explainers',
  'search.browse.allTopics': 'All topics',
  'search.browse.allPeople': 'All people',
  'search.error': 'Search could not load. Reload the page to try again, or browse All explainers.',
} as const satisfies Messages;
