import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import type { Company, Opportunity, Person } from '@/domain/types';
import { domainHref, domainLabel, formatCount, formatDate, formatMoney, humanize } from '../format';
import type { Column } from './record-table';
import styles from './record-list.module.css';

function NameLink({
  kind,
  id,
  name,
}: {
  kind: 'person' | 'company' | 'opportunity';
  id: string;
  name: string;
}) {
  return (
    <Link to={paths.record(kind, id)} className={styles.nameLink}>
      {name}
    </Link>
  );
}

/** A company's domain as the company page shows it: a link when it is a web address. */
function DomainLink({ domain }: { domain: string | null }) {
  const href = domain ? domainHref(domain) : null;
  if (!domain || !href) return domain;
  return (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {domainLabel(domain)}
    </a>
  );
}

/** `companyNames` maps company ids to names, fetched in one batch per page. */
export function personColumns(companyNames: ReadonlyMap<string, string>): Column<Person>[] {
  return [
    { header: 'Name', cell: (p) => <NameLink kind="person" id={p.id} name={p.name} /> },
    {
      header: 'Email',
      cell: (p) => (p.email ? <a href={`mailto:${p.email}`}>{p.email}</a> : null),
      secondary: true,
    },
    {
      header: 'Company',
      cell: (p) =>
        p.companyId ? (
          <Link to={paths.record('company', p.companyId)}>
            {companyNames.get(p.companyId) ?? 'Open company'}
          </Link>
        ) : null,
    },
    { header: 'Job title', cell: (p) => p.jobTitle, secondary: true },
  ];
}

export const companyColumns: Column<Company>[] = [
  { header: 'Name', cell: (c) => <NameLink kind="company" id={c.id} name={c.name} /> },
  { header: 'Domain', cell: (c) => <DomainLink domain={c.domain} />, secondary: true },
  { header: 'Employees', cell: (c) => formatCount(c.employees), numeric: true },
  { header: 'City', cell: (c) => c.address?.city ?? null, secondary: true },
];

export const opportunityColumns: Column<Opportunity>[] = [
  { header: 'Name', cell: (o) => <NameLink kind="opportunity" id={o.id} name={o.name} /> },
  { header: 'Amount', cell: (o) => formatMoney(o.amount), numeric: true },
  { header: 'Stage', cell: (o) => humanize(o.stage) },
  { header: 'Close date', cell: (o) => formatDate(o.closeDate), secondary: true },
];
