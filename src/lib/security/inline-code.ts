/**
 * The project's own inline code and markup, known from the source: the only inline scripts and
 * styles the Content-Security-Policy allows, and the only forms a built page may hold.
 *
 * Scripts are bundled into files (astro.config.ts never inlines them), so they need no hash. A
 * component that must ship inline code takes it from here and nowhere else, e.g.
 *
 *   import { INLINE_STYLES } from '../../../lib/inline-code.ts';
 *   <style is:inline set:html={INLINE_STYLES.critical} />
 *
 * so that the build (src/integrations/security-headers.ts) lists its hash in the policy. Any
 * other inline script or style found in a built page fails the build: it came from content or
 * from code nobody registered, and hashing it would allow exactly what the policy should stop.
 */
import { cspHash } from './security-headers.ts';

/** Inline scripts, by name: the exact text between `<script>` and `</script>`. */
export const INLINE_SCRIPTS: Readonly<Record<string, string>> = {};

/** Inline styles, by name: the exact text between `<style>` and `</style>`. */
export const INLINE_STYLES: Readonly<Record<string, string>> = {};

/**
 * Forms of the project's own components, by the path they submit to (before the base path):
 * the header's search box. A form from anywhere else fails the build.
 */
export const FORM_ACTIONS: readonly string[] = ['/tim-kiem/'];

/**
 * The CSP hash sources of the registered inline code. `criticalStyles`: the project's own
 * stylesheets that src/lib/security/critical-css.ts writes into the pages' heads, registered by the build.
 */
export function allowedHashes(criticalStyles: readonly string[] = []): {
  scripts: string[];
  styles: string[];
} {
  return {
    scripts: Object.values(INLINE_SCRIPTS).map(cspHash),
    styles: [...new Set([...Object.values(INLINE_STYLES), ...criticalStyles])].map(cspHash),
  };
}
