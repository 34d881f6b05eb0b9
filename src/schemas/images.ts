import type { z } from 'astro/zod';

/**
 * The `image()` helper Astro passes to a collection's schema: it resolves a picture next to the
 * entry. Unit tests pass a plain string schema instead.
 */
export type ImageHelper = () => z.ZodType;
