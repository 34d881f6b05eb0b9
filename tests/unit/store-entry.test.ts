/** Entries reach Astro's store as its own glob loader and image() would put them there. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  IMAGE_IMPORT_PREFIX,
  imageFields,
  imageReference,
  storedImage,
} from '../../src/loaders/store-entry.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { storySchema } from '../../src/schemas/stories.ts';

describe('pictures', () => {
  it("carry the mark the installed Astro's content store looks for", () => {
    const consts = readFileSync('node_modules/astro/dist/content/consts.js', 'utf8');
    expect(consts).toContain(`const IMAGE_IMPORT_PREFIX = "${IMAGE_IMPORT_PREFIX}";`);
  });

  it('are found in the schemas that take one', () => {
    expect(imageFields(newsSchema(storedImage))).toEqual(['cover']);
    expect(imageFields(storySchema(storedImage, ['to-1'], ['nguoi-cao-tuoi']))).toEqual(['photo']);
  });

  it('next to the entry are made relative, as Astro does for a file that exists', () => {
    expect(imageReference('anh.jpg')).toBe('__ASTRO_IMAGE_./anh.jpg');
    expect(imageReference('./anh/ba-chau.jpg')).toBe('__ASTRO_IMAGE_./anh/ba-chau.jpg');
    expect(imageReference('../chung/anh.jpg')).toBe('__ASTRO_IMAGE_../chung/anh.jpg');
  });
});
