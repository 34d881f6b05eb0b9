/**
 * What the service worker keeps of a page: its scripts and stylesheets, and each picture once, in
 * the size a phone shows (the widest of the first format), never its icons or the files it links.
 */
import { expect, it } from 'vitest';
import { offlineFiles, widestCandidate } from '../../src/lib/site/offline-files.ts';

it('keeps one size of each picture, the scripts and styles, and no icon or linked file', () => {
  const html = `<head><link rel="icon" href="/icon/192.png"><link rel="manifest" href="/m.webmanifest">
    <link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script></head>
    <body><picture>
      <source srcset="/_astro/p_360.avif 360w, /_astro/p_720.avif 720w, /_astro/p_540.avif 540w" type="image/avif">
      <source srcset="/_astro/p_360.webp 360w, /_astro/p_720.webp 720w" type="image/webp">
      <img src="/_astro/p_720.jpg" srcset="/_astro/p_360.jpg 360w, /_astro/p_720.jpg 720w" alt="">
    </picture>
    <img src="/_astro/q.png" alt=""><img src="/_astro/r_1.webp" srcset="/_astro/r_1.webp 1x, /_astro/r_2.webp 2x" alt="">
    <a href="/in-an/tai-ve/poster.pdf">PDF</a></body>`;
  // Nine files for the picture before; one now.
  expect(offlineFiles(html)).toEqual([
    '/_astro/a.css',
    '/_astro/b.js',
    '/_astro/p_720.avif',
    '/_astro/q.png',
    '/_astro/r_2.webp',
  ]);
});

it('takes the widest candidate, whatever the order', () => {
  expect(widestCandidate('/a.avif 720w, /b.avif 1080w,/c.avif 360w')).toBe('/b.avif');
  expect(widestCandidate('/only.avif')).toBe('/only.avif');
});
