import { useState } from 'preact/hooks';
import { activeLocale, t } from '../../platform/i18n';
import { contentIn, langOf } from '../shared/contentIn';

interface Props {
  onSearch(title: string): void;
}

function ArticleButton({ title, onSearch }: { title: string; onSearch(title: string): void }) {
  return (
    <button
      type="button"
      class="link-button"
      lang={langOf(title)}
      aria-label={t('searchFor', title)}
      onClick={() => onSearch(title)}
    >
      {title}
    </button>
  );
}

/** The article's neighbours and the site's recommended reading, behind their heading: the checklist's last group. */
export function RelatedArticles({ onSearch }: Props) {
  const { neighbours, recommended } = contentIn(activeLocale());
  const [open, setOpen] = useState(false);
  return (
    <section class="related" aria-labelledby="related-heading">
      <h2 class="group-heading">
        <button
          type="button"
          id="related-heading"
          class="group-toggle"
          aria-expanded={open}
          aria-controls="related-articles"
          onClick={() => setOpen(!open)}
        >
          {t('relatedHeading')}
        </button>
      </h2>
      <div id="related-articles" hidden={!open}>
        <p class="hint">{t('relatedHint')}</p>
        <dl class="neighbours">
          <dt>{t('previousArticle')}</dt>
          <dd>
            <ArticleButton title={neighbours.previous} onSearch={onSearch} />
          </dd>
          <dt>{t('nextArticle')}</dt>
          <dd>
            <ArticleButton title={neighbours.next} onSearch={onSearch} />
          </dd>
        </dl>
        <h3>{t('recommendedHeading')}</h3>
        <ul class="recommended">
          {recommended.map((article, index) => (
            <li key={index}>
              <ArticleButton title={article.title} onSearch={onSearch} />
              <p class="teaser" lang={langOf(article.teaser)}>
                {article.teaser}
              </p>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
