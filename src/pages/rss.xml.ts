/** The RSS feed of news and official letters, linked from every page's head. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getLetters } from '../data/letters.ts';
import { getNews } from '../data/news.ts';
import { getSite } from '../data/site.ts';
import { t } from '../i18n/index.ts';
import { feedItems } from '../lib/site/feed.ts';
import { headingCase, letterPath } from '../lib/site/letters.ts';
import { newsPath } from '../lib/site/news.ts';
import { absoluteUrl } from '../lib/site/urls.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const news = (await getNews()).map((item) => ({
    title: item.data.title,
    date: item.data.date,
    summary: item.data.summary,
    path: newsPath(item.id),
    category: t('feed.news'),
  }));
  const letters = (await getLetters()).map((letter) => ({
    title: headingCase(letter.data.title),
    date: letter.data.date,
    summary: letter.data.summary,
    path: letterPath(letter.id),
    category: t('feed.letter'),
  }));
  return rss({
    title: t('feed.title', { site: site.site.title }),
    description: t('feed.description', { name: site.campaign.name, ward: site.ward.name }),
    site: site.site.url,
    items: feedItems([...news, ...letters], site.site.url),
    // The feed's own address, which feed validators ask for.
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>vi</language><atom:link href="${absoluteUrl(site.site.url, 'rss.xml')}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  });
};
