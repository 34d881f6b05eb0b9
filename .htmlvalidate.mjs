/**
 * html-validate on every built page (`npm run check:html`, part of `npm test`). The recommended
 * rules, less these, each for a stated reason. Inline styles stay forbidden (no-inline-style): the
 * Content-Security-Policy refuses them.
 */
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Titles are the page's own title then the site's name; a letter or bulletin title is written
    // as the ward issued it, often longer than 70 characters. Search engines shorten it themselves.
    'long-title': 'off',
    // Phone numbers are written in groups ("090 454 0490") inside links with white-space: nowrap,
    // which keeps them on one line as &nbsp; would, and keeps the text as editors typed it.
    'tel-non-breaking': 'off',
    // The phone menu and the desktop bar are one navigation shown at different widths (one is
    // display: none at any width), and the all-posters print page repeats one poster per group
    // with the same sections. axe checks the landmarks of the rendered pages at both widths.
    'unique-landmark': 'off',
    // Headings of letters and rules get ids from their text, and Vietnamese official headings
    // start with their number ("1. Mục đích, yêu cầu" → "1-mục-đích-yêu-cầu"). HTML allows any id
    // without spaces; the links and anchors to them are checked by check:links.
    // The progress tables repeat their elements' own roles: a phone lays their rows out as blocks,
    // and browsers drop the semantics of a table whose parts are not displayed as one
    // (src/components/progress/ProgressTable.astro). Any other redundant role is still an error.
    'no-redundant-role': [
      'error',
      { exclude: ['table', 'rowgroup', 'row', 'columnheader', 'rowheader', 'cell'] },
    ],
    'valid-id': ['error', { relaxed: true }],
  },
};
