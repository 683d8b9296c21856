import type { Rng } from './prng.ts';

// Sales-task titles and markdown bodies that read like a real pipeline, worded after the task's
// first linked record.

export type Target =
  | { kind: 'person'; id: string; firstName: string; lastName: string; companyId: string }
  | { kind: 'company'; id: string; name: string }
  | { kind: 'opportunity'; id: string; name: string };

const TOPICS = [
  'pricing',
  'the pilot results',
  'next steps',
  'the security review',
  'budget approval',
  'integration questions',
  'the renewal',
  'onboarding timeline',
] as const;

const PERSON_TITLES = [
  (f: string, _l: string, t: string) => `Follow up with ${f} about ${t}`,
  (f: string, l: string) => `Call ${f} ${l} to confirm decision makers`,
  (f: string) => `Send meeting recap to ${f}`,
  (f: string, l: string) => `Book product demo with ${f} ${l}`,
  (f: string) => `Introduce ${f} to our solutions engineer`,
  (f: string, l: string, t: string) => `Email ${f} ${l} re: ${t}`,
  (f: string) => `Check in with ${f} after onboarding`,
  (f: string) => `Connect with ${f} on LinkedIn`,
] as const;

const COMPANY_TITLES = [
  (c: string) => `Prepare QBR deck for ${c}`,
  (c: string) => `Send proposal to ${c}`,
  (c: string) => `Review ${c} contract redlines`,
  (c: string) => `Update account plan for ${c}`,
  (c: string) => `Complete security questionnaire for ${c}`,
  (c: string) => `Schedule kickoff call with ${c}`,
  (c: string) => `Research ${c} org chart before outreach`,
] as const;

const OPPORTUNITY_TITLES = [
  (o: string) => `Negotiate pricing: ${o}`,
  (o: string) => `Get legal sign-off on ${o}`,
  (o: string) => `Update close date and forecast for ${o}`,
  (o: string) => `Send order form for ${o}`,
  (o: string) => `Align with finance on discount for ${o}`,
] as const;

const GENERAL_TITLES = [
  'Clean up duplicate contacts in the CRM',
  'Update Q3 pipeline forecast',
  'Prepare notes for the weekly sales sync',
  'Refresh outbound email templates',
  'Review lost deals from last month',
  'Plan follow-ups from the trade show',
  'Draft case study outline with marketing',
] as const;

export function titleFor(rng: Rng, target: Target | undefined): string {
  const topic = rng.pick(TOPICS);
  switch (target?.kind) {
    case 'person':
      return rng.pick(PERSON_TITLES)(target.firstName, target.lastName, topic);
    case 'company':
      return rng.pick(COMPANY_TITLES)(target.name);
    case 'opportunity':
      return rng.pick(OPPORTUNITY_TITLES)(target.name);
    default:
      return rng.pick(GENERAL_TITLES);
  }
}

const subject = (target: Target | undefined) =>
  target === undefined ? 'the team' : target.kind === 'person' ? target.firstName : target.name;

const BODIES = [
  (s: string) =>
    `## Agenda\n\n- Recap of the last call with ${s}\n- Pricing options (annual vs. monthly)\n- Timeline to signature\n\n**Next step:** send the summary by end of day.`,
  (s: string) =>
    `Checklist before the call with ${s}:\n\n- [x] Review usage report\n- [ ] Confirm attendees\n- [ ] Prepare two customer references`,
  (s: string) =>
    `${s} asked for a *written* overview of the integration.\n\n1. API access and rate limits\n2. SSO setup\n3. Data export\n\nSee the [implementation guide](https://example.com/guide).`,
  (s: string) =>
    `Notes from discovery with ${s}:\n\n> "We need this live before the end of the quarter."\n\nBudget is approved; procurement needs a security review.`,
] as const;

export const bodyFor = (rng: Rng, target: Target | undefined) => rng.pick(BODIES)(subject(target));
