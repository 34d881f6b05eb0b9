/**
 * The "Nghe" player, loaded on the first press of ListenButton.astro's button, and starting as it
 * loads: it reads the article the button sits in, sentence by sentence, with the phone's
 * Vietnamese voice.
 *
 * - What it reads: what the page shows, in order (the title, each step with its "Bước N:", facts
 *   and links as their text, phone numbers group by group: src/lib/site/listen-text.ts). Never
 *   navigation, footers, anything hidden or aria-hidden, nor what is marked `data-listen-skip`
 *   (the sample label, the kicker above the title), nor the player itself.
 * - One utterance per sentence: the sentence being read is highlighted (CSS Custom Highlight API,
 *   so the page's markup is never changed) and scrolled to, smoothly unless the phone asks for
 *   reduced motion. Short utterances also avoid Chrome's cut-off of long ones.
 * - Pause cancels the voice and resume says the sentence again: speechSynthesis.pause() stops for
 *   good on Android's Chrome instead of pausing.
 * - It stops when the page is left (pagehide: Chrome keeps speaking across pages otherwise), when
 *   the player starts on another page of the site (BroadcastChannel), or when a video or sound on
 *   the page starts.
 * - "Đọc chậm hơn" is remembered on the phone (localStorage).
 */
import { listen as words } from '../../i18n/listen.ts';
import { sentenceSpans, speakable, type Span } from '../../lib/site/listen-text.ts';

interface Sentence {
  spoken: string;
  range: Range;
}

const SKIP =
  'nav,footer,script,style,template,noscript,svg,img,picture,video,audio,iframe,button,input,select,textarea,[hidden],[aria-hidden="true"],[data-listen-skip],[data-listen]';
/** Elements whose text is a phone number. */
const PHONES = '.phone,a[href^="tel:"]';
const HIGHLIGHT = 'nghe';
const SLOWER_KEY = 'nghe-cham-hon';
const SLOWER_RATE = 0.75;
const CHANNEL = 'cong-dan-so-nghe';

/** A box of its own (a paragraph, a heading, a list item), as the page lays it out. */
function isBlock(element: Element): boolean {
  const style = getComputedStyle(element);
  // Positioned out of the flow (a label for screen readers only): read with the text around it.
  if (style.position === 'absolute' || style.position === 'fixed') return false;
  return !style.display.startsWith('inline') && style.display !== 'contents';
}

function shown(element: Element): boolean {
  if (element.matches(SKIP)) return false;
  if ('checkVisibility' in element)
    return element.checkVisibility({ visibilityProperty: true, opacityProperty: false });
  const style = getComputedStyle(element as HTMLElement);
  return style.display !== 'none' && style.visibility !== 'hidden';
}

/** The sentences `root` shows, in reading order, each with the range of the page it covers. */
function sentencesOf(root: Element): Sentence[] {
  const sentences: Sentence[] = [];
  let text = '';
  let nodes: { node: Text; at: number }[] = [];
  let phones: Span[] = [];

  const point = (offset: number, isEnd: boolean): [Text, number] => {
    let index = nodes.length - 1;
    while (index > 0 && (isEnd ? nodes[index]!.at >= offset : nodes[index]!.at > offset)) index--;
    const { node, at } = nodes[index]!;
    return [node, offset - at];
  };

  const flush = () => {
    for (const span of sentenceSpans(text)) {
      const inside = phones
        .filter((phone) => phone.start < span.end && phone.end > span.start)
        .map((phone) => ({
          start: Math.max(phone.start, span.start) - span.start,
          end: Math.min(phone.end, span.end) - span.start,
        }));
      const spoken = speakable(text.slice(span.start, span.end), inside);
      if (!/[\p{L}\p{N}]/u.test(spoken)) continue;
      const range = document.createRange();
      range.setStart(...point(span.start, false));
      range.setEnd(...point(span.end, true));
      sentences.push({ spoken, range });
    }
    text = '';
    nodes = [];
    phones = [];
  };

  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      nodes.push({ node: node as Text, at: text.length });
      text += (node as Text).data;
      return;
    }
    if (!(node instanceof Element) || !shown(node)) return;
    const block = isBlock(node);
    if (block) flush();
    const phoneStart = node.matches(PHONES) ? text.length : -1;
    for (const child of node.childNodes) walk(child);
    if (phoneStart >= 0) phones.push({ start: phoneStart, end: text.length });
    if (block) flush();
  };

  walk(root);
  flush();
  return sentences;
}

/**
 * The controls beside the "Nghe" button, made here rather than sent with every page: a stop
 * button, the "Đọc chậm hơn" box and the live region that says each state. Laid out through the
 * style object (which the Content-Security-Policy allows, unlike style attributes): the page's
 * CSS holds only the rules its own HTML uses.
 */
function controls(box: HTMLElement) {
  const main = box.querySelector('button')!;
  const stopButton = Object.assign(document.createElement('button'), {
    type: 'button',
    className: main.className,
    textContent: words['listen.stop'],
    hidden: true,
  });
  const slower = Object.assign(document.createElement('input'), { type: 'checkbox' });
  Object.assign(slower.style, {
    width: '1.5rem',
    height: '1.5rem',
    accentColor: 'var(--color-brand)',
  });
  const label = document.createElement('label');
  Object.assign(label.style, {
    display: 'inline-flex',
    alignItems: 'center',
    gap: '0.5rem',
    minHeight: '3rem',
  });
  label.append(slower, words['listen.slower']);
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  status.style.flexBasis = '100%';
  box.append(stopButton, label, status);
  return { main, stopButton, slower, status };
}

/** Starts reading the article around `box` (the ListenButton), and runs its buttons from then on. */
function listen(box: HTMLElement): void {
  const speech = window.speechSynthesis;
  const { main, stopButton, slower, status } = controls(box);
  const root = box.closest('article') ?? box.closest('main') ?? document.body;
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(CHANNEL) : undefined;
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

  let state: 'idle' | 'playing' | 'paused' = 'idle';
  let sentences: Sentence[] = [];
  let current = 0;
  // Each utterance knows the turn it was spoken in: events of a cancelled one are ignored.
  let turn = 0;

  const remembered = () => {
    try {
      return localStorage.getItem(SLOWER_KEY) === '1';
    } catch {
      return false;
    }
  };
  slower.checked = remembered();

  const show = (next: typeof state, message: string | undefined) => {
    state = next;
    main.textContent =
      words[
        state === 'playing' ? 'listen.pause' : state === 'paused' ? 'listen.resume' : 'listen.play'
      ];
    stopButton.hidden = state === 'idle';
    // A moment later: a live region made a moment ago says nothing of a change at once.
    setTimeout(() => (status.textContent = message ?? ''), 100);
  };

  const mark = (sentence: Sentence | undefined) => {
    const highlights = 'highlights' in CSS ? CSS.highlights : undefined;
    if (!sentence) return void highlights?.delete(HIGHLIGHT);
    highlights?.set(HIGHLIGHT, new Highlight(sentence.range));
    const rect = sentence.range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > innerHeight) {
      const behavior: ScrollBehavior = reducedMotion.matches ? 'auto' : 'smooth';
      scrollBy({ top: rect.top - innerHeight / 3, behavior });
    }
  };

  const voice = () => speech.getVoices().find((entry) => /^vi/i.test(entry.lang));

  const speak = (index: number) => {
    const mine = ++turn;
    current = index;
    const sentence = sentences[index];
    if (!sentence) {
      mark(undefined);
      return show('idle', words['listen.status.done']);
    }
    const utterance = new SpeechSynthesisUtterance(sentence.spoken);
    utterance.lang = 'vi-VN';
    const chosen = voice();
    if (chosen) utterance.voice = chosen;
    utterance.rate = slower.checked ? SLOWER_RATE : 1;
    utterance.onend = () => {
      if (mine === turn && state === 'playing') speak(index + 1);
    };
    utterance.onerror = () => {
      if (mine === turn && state === 'playing') stop(words['listen.status.stopped']);
    };
    mark(sentence);
    speech.speak(utterance);
  };

  /** Silences the voice; what it was saying reports an end or an error that is then ignored. */
  const silence = () => {
    turn++;
    speech.cancel();
  };

  const play = (from: number) => {
    silence();
    channel?.postMessage('start');
    show('playing', words['listen.status.reading']);
    speak(from);
  };

  const stop = (message: string | undefined) => {
    if (state === 'idle') return;
    silence();
    mark(undefined);
    show('idle', message);
  };

  main.addEventListener('click', () => {
    if (state === 'playing') {
      silence();
      show('paused', words['listen.status.paused']);
    } else if (state === 'paused') play(current);
    else {
      sentences = sentencesOf(root);
      play(0);
    }
  });
  stopButton.addEventListener('click', () => stop(words['listen.status.stopped']));
  slower.addEventListener('change', () => {
    try {
      localStorage.setItem(SLOWER_KEY, slower.checked ? '1' : '0');
    } catch {
      // A phone that keeps nothing: the choice holds for this page only.
    }
    // The new speed from the sentence being read.
    if (state === 'playing') play(current);
  });
  channel?.addEventListener('message', () => stop(words['listen.status.stopped']));
  document.addEventListener('play', () => stop(words['listen.status.stopped']), true);
  addEventListener('pagehide', () => stop(undefined));

  sentences = sentencesOf(root);
  play(0);
}

// Loaded once, on the first press (ListenButton.astro): start reading.
const box = document.querySelector<HTMLElement>('[data-listen]');
if (box) listen(box);
