/**
 * The files a page needs to be read without a signal, as the service worker keeps them
 * (scripts/service-worker.ts): its scripts and stylesheets, and each picture once, in the size a
 * phone shows. Not its icons or manifest (the browser fetches those itself when it installs the
 * site), not the files it links to.
 *
 * A picture is written as <picture> with one <source> per format (AVIF first) and an <img>, each
 * with several widths. A phone's screen is about 1,000 device pixels across, wider than any
 * picture the site makes for a page column, so it takes the widest candidate of the first format
 * it can show: the first <source> (every browser the site supports shows AVIF). Keeping all sizes
 * of all formats would cost nine files for one picture.
 */
import { DomUtils, parseDocument } from 'htmlparser2';

type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

/** The widest candidate of a srcset ("a.avif 360w, b.avif 720w" → b.avif); its only one if none. */
export function widestCandidate(srcset: string): string | undefined {
  const candidates = srcset
    .split(',')
    .map((part) => part.trim().split(/\s+/))
    .filter(([url]) => url)
    .map(([url, descriptor]) => ({ url: url!, width: Number.parseFloat(descriptor ?? '') || 0 }));
  return candidates.sort((a, b) => b.width - a.width)[0]?.url;
}

/** The one file a phone loads for a picture (<picture>, or an <img> alone). */
function pictureFile(element: Element): string | undefined {
  if (element.name === 'picture') {
    const source = DomUtils.getElementsByTagName('source', element.children).find(
      (child) => child.attribs.srcset,
    );
    if (source) return widestCandidate(source.attribs.srcset!);
    const img = DomUtils.getElementsByTagName('img', element.children)[0];
    return img && pictureFile(img);
  }
  if (element.attribs.srcset) return widestCandidate(element.attribs.srcset);
  return element.attribs.src;
}

/** The addresses of what `html` needs offline, in the order they appear, each once. */
export function offlineFiles(html: string): string[] {
  const document = parseDocument(html);
  const files: (string | undefined)[] = [];
  for (const element of DomUtils.findAll(() => true, document.children)) {
    if (element.name === 'script') files.push(element.attribs.src);
    else if (element.name === 'link' && element.attribs.rel === 'stylesheet')
      files.push(element.attribs.href);
    else if (element.name === 'picture') files.push(pictureFile(element));
    else if (element.name === 'img' && (element.parent as Element | null)?.name !== 'picture')
      files.push(pictureFile(element));
  }
  return [...new Set(files.filter((file): file is string => Boolean(file)))];
}
