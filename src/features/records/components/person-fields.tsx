import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import type { PersonDetail } from '@/domain/types';
import { FieldList } from './field-list';

export function PersonFields({ person }: { person: PersonDetail }) {
  return (
    <FieldList
      fields={[
        {
          label: 'Email',
          value: person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : null,
        },
        {
          label: 'Phone',
          value: person.phone ? (
            <a href={`tel:${person.phone.replace(/[^\d+]/g, '')}`}>{person.phone}</a>
          ) : null,
        },
        { label: 'Job title', value: person.jobTitle },
        { label: 'City', value: person.city },
        {
          label: 'Company',
          value: person.company ? (
            <Link to={paths.record('company', person.company.id)}>{person.company.name}</Link>
          ) : null,
        },
      ]}
    />
  );
}
