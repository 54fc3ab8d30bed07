// Types for what src/middleware.ts puts on Astro.locals.
declare namespace App {
  interface Locals {
    /** The page's language (BCP 47). Absent when a component renders on its own (Container API tests): the site's default then. */
    lang?: string;
  }
}
