import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import type { OpportunityDetail } from '@/domain/types';
import { formatDate, formatMoney, humanize } from '../format';
import { FieldList } from './field-list';

export function OpportunityFields({ opportunity }: { opportunity: OpportunityDetail }) {
  const { company, pointOfContact } = opportunity;
  return (
    <FieldList
      fields={[
        { label: 'Amount', value: formatMoney(opportunity.amount) },
        { label: 'Stage', value: humanize(opportunity.stage) },
        { label: 'Close date', value: formatDate(opportunity.closeDate) },
        {
          label: 'Company',
          value: company ? (
            <Link to={paths.record('company', company.id)}>{company.name}</Link>
          ) : null,
        },
        {
          label: 'Point of contact',
          value: pointOfContact ? (
            <Link to={paths.record('person', pointOfContact.id)}>{pointOfContact.name}</Link>
          ) : null,
        },
      ]}
    />
  );
}
