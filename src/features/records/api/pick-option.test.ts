import { describe, expect, it } from 'vitest';
import type { PickOption } from './pick-option';
import { optionDetail } from './pick-option';

const person = (id: string, name: string, over: Partial<PickOption> = {}): PickOption => ({
  kind: 'person',
  id,
  name,
  ...over,
});
const company = (id: string, name: string, over: Partial<PickOption> = {}): PickOption => ({
  kind: 'company',
  id,
  name,
  ...over,
});
const opportunity = (id: string, name: string, over: Partial<PickOption> = {}): PickOption => ({
  kind: 'opportunity',
  id,
  name,
  ...over,
});
describe('optionDetail', () => {
  it('reads company · email for a person, and what it has when a part is missing', () => {
    const maya = person('p1', 'Maya Khan', { email: 'maya@lumen.health', companyId: 'c1' });
    expect(optionDetail(maya, 'Lumen Health')).toBe('Lumen Health · maya@lumen.health');
    expect(optionDetail(maya, undefined)).toBe('maya@lumen.health');
    expect(optionDetail(person('p2', 'Maya Rossi', { email: '' }), null)).toBe('');
  });

  it('reads the bare domain for a company', () => {
    expect(optionDetail(company('c1', 'Lumen', { domain: 'https://lumen.health/' }), null)).toBe(
      'lumen.health',
    );
    expect(optionDetail(company('c2', 'Nodomain', { domain: null }), null)).toBe('');
  });

  it('reads company · stage for an opportunity', () => {
    const deal = opportunity('o1', 'Pilot', { stage: 'PROPOSAL_SENT', companyId: 'c1' });
    expect(optionDetail(deal, 'Atlas Robotics')).toBe('Atlas Robotics · Proposal sent');
  });
});
