// What an explainer page adds after its first view, in one file fetched by ./later-fetch.ts: the age
// line (./age.ts, which says nothing while the explainer is fresh) and the last-visit marks (./last-visit.ts).
import './age';
import './last-visit';
