// The people index was once one page with an entry per person (/people/#donald-trump): a link shared
// then still reaches the person, whose page (/people/donald-trump/) now holds that entry.
const id = decodeURIComponent(location.hash.slice(1));
if (id && /^[\p{L}\p{N}-]+$/u.test(id) && !document.getElementById(id)) location.replace(`${location.pathname.replace(/\d+\/$/, '')}${encodeURIComponent(id)}/`);
