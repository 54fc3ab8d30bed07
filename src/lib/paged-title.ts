// The title of a page of a long listing (the archive, a topic, the people and topics indexes): past the
// first page it says where the reader is, "Topics · Page 2 of 7", as PageNav does at its foot.
import type { Page } from 'astro';
import type { Translate } from '../i18n';

export function pagedTitle(title: string, page: Pick<Page, 'currentPage' | 'lastPage'>, t: Translate): string {
  return page.currentPage > 1 ? `${title} · ${t('pageNav.position', { page: page.currentPage, pages: page.lastPage })}` : title;
}
