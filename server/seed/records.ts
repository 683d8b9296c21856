import { OPPORTUNITY_STAGES } from '../metadata.ts';
import {
  COMPANIES,
  CURRENCIES,
  type CompanySeed,
  FIRST_NAMES,
  JOB_TITLES,
  LAST_NAMES,
  MEMBERS,
  OPPORTUNITY_PRODUCTS,
} from './names.ts';
import { spread, type Rng } from './prng.ts';

// The CRM records (members, companies, people, opportunities) as API-shaped create bodies,
// plus the few facts the task generator needs to write believable titles.

export type Body = Record<string, unknown>;
export type MemberSeed = { id: string; name: string; body: Body };
export type CompanyRecord = { id: string; name: string; body: Body };
export type PersonRecord = {
  id: string;
  firstName: string;
  lastName: string;
  companyId: string;
  body: Body;
};
export type OpportunityRecord = { id: string; name: string; body: Body };

const DAY = 86_400_000;

const companySeed = (i: number): CompanySeed => COMPANIES[i % COMPANIES.length] as CompanySeed;

/** createdAt/updatedAt some days before `now`, so "newest first" lists look lived-in. */
export function createdBetween(rng: Rng, now: Date, minDays: number, maxDays: number): Body {
  const at = new Date(now.getTime() - rng.int(minDays * 24 * 60, maxDays * 24 * 60) * 60_000);
  at.setSeconds(0, 0);
  return { createdAt: at.toISOString(), updatedAt: at.toISOString() };
}
const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

export function makeMembers(rng: Rng, count: number, now: Date): MemberSeed[] {
  return Array.from({ length: count }, (_, i) => {
    const base = MEMBERS[i % MEMBERS.length] ?? MEMBERS[0];
    const n = Math.floor(i / MEMBERS.length);
    const lastName = n === 0 ? base.lastName : `${base.lastName} ${n + 1}`;
    const id = rng.uuid();
    const email = `${ascii(base.firstName)}.${ascii(lastName)}${n === 0 ? '' : n + 1}@tasklink.dev`;
    return {
      id,
      name: `${base.firstName} ${lastName}`,
      body: {
        id,
        name: { firstName: base.firstName, lastName },
        userEmail: email,
        locale: 'en',
        colorScheme: 'System',
        timeZone: base.timeZone,
        position: i,
        ...createdBetween(rng, now, 300, 400),
      },
    };
  });
}

export function makeCompanies(
  rng: Rng,
  count: number,
  now: Date,
  members: MemberSeed[],
): CompanyRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const base = companySeed(i);
    const n = Math.floor(i / COMPANIES.length);
    // Beyond the 12 named companies (benchmark sizes) names and domains get a number.
    const name = n === 0 ? base.name : `${base.name} ${n + 1}`;
    const [label, tld] = base.domain.split(/\.(?=[^.]+$)/) as [string, string];
    const domain = n === 0 ? base.domain : `${label}-${n + 1}.${tld}`;
    const slug = domain.split('.')[0];
    const id = rng.uuid();
    return {
      id,
      name,
      body: {
        id,
        name,
        domainName: { primaryLinkUrl: `https://${domain}`, primaryLinkLabel: '' },
        linkedinLink: {
          primaryLinkUrl: `https://www.linkedin.com/company/${slug}`,
          primaryLinkLabel: '',
        },
        employees: rng.pick([12, 35, 80, 150, 420, 900, 2400, 7800]),
        annualRecurringRevenue: {
          amountMicros: rng.int(2, 90) * 50_000 * 1_000_000,
          currencyCode: 'USD',
        },
        address: { addressCity: base.city, addressCountry: base.country },
        idealCustomerProfile: rng.chance(0.4),
        accountOwnerId: rng.pick(members).id,
        position: i,
        ...createdBetween(rng, now, 90, 300),
      },
    };
  });
}

export function makePeople(
  rng: Rng,
  count: number,
  now: Date,
  companies: CompanyRecord[],
): PersonRecord[] {
  const emails = new Set<string>();
  const names = new Set<string>();
  return Array.from({ length: count }, (_, i) => {
    // Round-robin first, so every company has at least one contact.
    const companyIndex = i < companies.length ? i : rng.int(0, companies.length - 1);
    const company = companies[companyIndex] ?? companies[0];
    if (!company) throw new Error('people need at least one company');
    const base = companySeed(companyIndex);
    // Two "Maya Bianchi"s in a demo make every search and chip ambiguous, so re-draw a taken name
    // while the name pool allows (the benchmark's thousands of people exhaust it, and that is fine).
    let firstName = rng.pick(FIRST_NAMES);
    let lastName = rng.pick(LAST_NAMES);
    for (let tries = 0; names.has(`${firstName} ${lastName}`) && tries < 20; tries++) {
      firstName = rng.pick(FIRST_NAMES);
      lastName = rng.pick(LAST_NAMES);
    }
    names.add(`${firstName} ${lastName}`);
    const domain = String(
      (company.body.domainName as { primaryLinkUrl: string }).primaryLinkUrl,
    ).slice(8);
    let email = `${ascii(firstName)}.${ascii(lastName)}@${domain}`;
    for (let k = 2; emails.has(email); k++)
      email = `${ascii(firstName)}.${ascii(lastName)}${k}@${domain}`;
    emails.add(email);
    const id = rng.uuid();
    return {
      id,
      firstName,
      lastName,
      companyId: company.id,
      body: {
        id,
        name: { firstName, lastName },
        emails: { primaryEmail: email, additionalEmails: null },
        phones: {
          primaryPhoneNumber: `${rng.int(200, 989)} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`,
          primaryPhoneCountryCode: base.countryCode,
          primaryPhoneCallingCode: base.callingCode,
        },
        jobTitle: rng.pick(JOB_TITLES),
        city: base.city,
        companyId: company.id,
        position: i,
        ...createdBetween(rng, now, 30, 90),
      },
    };
  });
}

export function makeOpportunities(
  rng: Rng,
  count: number,
  now: Date,
  companies: CompanyRecord[],
  people: PersonRecord[],
  members: MemberSeed[],
): OpportunityRecord[] {
  const stages = spread(
    rng,
    count,
    OPPORTUNITY_STAGES.map((s) => [s, 1] as const),
  );
  return Array.from({ length: count }, (_, i) => {
    const company = companies[i % companies.length];
    if (!company) throw new Error('opportunities need at least one company');
    const contacts = people.filter((p) => p.companyId === company.id);
    const name = `${company.name} – ${rng.pick(OPPORTUNITY_PRODUCTS)}`;
    const closeDate = new Date(now.getTime() + rng.int(-20, 120) * DAY);
    closeDate.setUTCHours(0, 0, 0, 0);
    const id = rng.uuid();
    return {
      id,
      name,
      body: {
        id,
        name,
        amount: {
          amountMicros: rng.int(4, 250) * 1_000 * 1_000_000,
          currencyCode: rng.pick(CURRENCIES),
        },
        stage: stages[i],
        closeDate: closeDate.toISOString(),
        companyId: company.id,
        pointOfContactId: contacts.length > 0 ? rng.pick(contacts).id : null,
        ownerId: rng.pick(members).id,
        position: i,
        ...createdBetween(rng, now, 20, 60),
      },
    };
  });
}
