// How one search result reads, in Pagefind's template language: which explainer, the section name,
// the excerpt with the matched words marked, and up to three headings inside the section.
// `{{ }}` escapes; `{{+ +}}` is kept only for Pagefind's excerpts, which carry its <mark> tags.
// The list item keeps Pagefind's `pf-result` class: its arrow-key navigation looks for it.
export const RESULT_TEMPLATE = `<li class="pf-result">
  <div class="search-result">
    {{#if meta.image}}<img class="search-result-image" src="{{ meta.image | safeUrl }}" alt="" loading="lazy">{{/if}}
    <a class="search-result-link" href="{{ url | safeUrl }}">
      {{#if meta.explainer}}<span class="search-result-explainer">{{ meta.explainer }}</span>{{/if}}
      <span class="search-result-title">{{ meta.title }}</span>
    </a>
    {{#if excerpt}}<p class="search-result-excerpt">{{+ excerpt +}}</p>{{/if}}
    {{#if sub_results}}
    <ul class="search-result-headings">
      {{#each sub_results as sub}}
      <li>
        <a class="search-result-heading" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a>
        <p class="search-result-excerpt">{{+ sub.excerpt +}}</p>
      </li>
      {{/each}}
    </ul>
    {{/if}}
  </div>
</li>`;
