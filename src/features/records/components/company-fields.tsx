import { useId } from 'react';
import { Link } from 'react-router-dom';
import cardStyles from '@/components/ui/card.module.css';
import { paths } from '@/config/paths';
import type { CompanyDetail } from '@/domain/types';
import {
  domainHref,
  domainLabel,
  formatAddress,
  formatCount,
  formatMoney,
  humanize,
} from '../format';
import { FieldList } from './field-list';
import styles from './record-detail.module.css';

export function CompanyFields({ company }: { company: CompanyDetail }) {
  const href = company.domain ? domainHref(company.domain) : null;
  return (
    <FieldList
      fields={[
        {
          label: 'Domain',
          value:
            company.domain && href ? (
              <a href={href} target="_blank" rel="noreferrer noopener">
                {domainLabel(company.domain)}
              </a>
            ) : (
              company.domain
            ),
        },
        { label: 'Employees', value: formatCount(company.employees) },
        { label: 'Address', value: formatAddress(company.address) },
      ]}
    />
  );
}

/** The company's people and opportunities, each a link to its page. */
export function CompanyMembers({ company }: { company: CompanyDetail }) {
  const peopleId = useId();
  const opportunitiesId = useId();
  return (
    <>
      <section aria-labelledby={peopleId} className={`${cardStyles.card} ${styles.card}`}>
        <h2 id={peopleId} className={styles.cardHeading}>
          People <span className={cardStyles.count}>{company.people.length}</span>
        </h2>
        {company.people.length === 0 ? (
          <p className={styles.empty}>No people at {company.name} yet.</p>
        ) : (
          <ul className={styles.links}>
            {company.people.map((person) => (
              <li key={person.id}>
                <Link to={paths.record('person', person.id)}>{person.name}</Link>
                {person.jobTitle ? (
                  <span className={styles.linkMeta}>{person.jobTitle}</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={opportunitiesId} className={`${cardStyles.card} ${styles.card}`}>
        <h2 id={opportunitiesId} className={styles.cardHeading}>
          Opportunities <span className={cardStyles.count}>{company.opportunities.length}</span>
        </h2>
        {company.opportunities.length === 0 ? (
          <p className={styles.empty}>No opportunities with {company.name} yet.</p>
        ) : (
          <ul className={styles.links}>
            {company.opportunities.map((opportunity) => (
              <li key={opportunity.id}>
                <Link to={paths.record('opportunity', opportunity.id)}>{opportunity.name}</Link>
                <span className={styles.linkMeta}>
                  {[formatMoney(opportunity.amount), humanize(opportunity.stage)]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
