import { clusterLinks, type Cluster } from './cluster';
import { LinkIndex } from './quote-index';
import { linkArticle, type Link } from './link';
import type { LinkArticleInput, LinkRecord } from './record';
import { LINK_DEFAULTS, type LinkTunables } from './tunables';

// A batch of articles linked among themselves, as a research corpus is: each article against the
// ones before it (so each pair once), then the clusters of the same statement.

export interface BatchLinks {
  records: LinkRecord[];
  links: Link[];
  clusters: Cluster[];
}

export function linkArticles(articles: Iterable<LinkArticleInput>, t: LinkTunables = LINK_DEFAULTS): BatchLinks {
  const index = new LinkIndex();
  const records: LinkRecord[] = [];
  const links: Link[] = [];
  for (const article of articles) {
    const found = linkArticle(article, index, t);
    links.push(...found.links);
    for (const r of found.records) {
      index.add(r);
      records.push(r);
    }
  }
  return { records, links, clusters: clusterLinks(records, links) };
}
