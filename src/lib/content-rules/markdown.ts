/**
 * Markdown bodies are data, never code. Every `.md` file (stories, news, letters, bulletins, and
 * the markdown guides and pages) is rendered by Astro's default Sätteri processor with raw HTML
 * parsed into elements (`features.rawHtml`), then cleaned by rehype-sanitize with GitHub's
 * allow-list before Astro's own image and heading plugins run: a `<script>`, an `on…=` handler,
 * a `javascript:` link, an `<iframe>`, a `<form>`, a `<meta http-equiv>` or a `<style>` written
 * in content never reaches a page as markup. Harmless formatting (`<b>`, `<br>`, a table) stays.
 *
 * Sätteri runs no unified plugins, but its hast plugins see a standard hast tree in their `after`
 * hook and may swap the whole root, which is exactly what rehype-sanitize's transformer returns.
 * MDX (guides and pages only, written by the ward with the guide components) is left alone: its
 * components would not survive an HTML allow-list.
 */
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/** GitHub's allow-list, with the text of a `<style>` dropped too (not shown as words). */
export const SANITIZE_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  strip: [...(defaultSchema.strip ?? []), 'style'],
};

const clean = rehypeSanitize(SANITIZE_SCHEMA);

/** The Sätteri hast plugin: markdown only, never MDX. */
export const sanitizeMarkdown: HastPluginEntry = (context) =>
  context.sourceFormat === 'markdown' && {
    name: 'sanitize-markdown',
    after(root, ctx) {
      ctx.replaceNode(root, clean(root as Parameters<typeof clean>[0]));
    },
  };
