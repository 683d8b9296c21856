import { describe, expect, it } from 'vitest';
import { company, opportunity, person } from '@/testing/pick-options';
import { optionDetail } from './pick-option';

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
