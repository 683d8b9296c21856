// Word lists for the demo data. Company names are invented; any resemblance is accidental.

export const FIRST_NAMES = [
  'Amelia', 'Noah', 'Sofia', 'Liam', 'Maya', 'Ethan', 'Chloe', 'Lucas', 'Aisha', 'Mateo',
  'Hannah', 'Omar', 'Grace', 'Daniel', 'Yuki', 'Leo', 'Priya', 'Samuel', 'Elena', 'Jonas',
  'Fatima', 'Oliver', 'Nora', 'Gabriel', 'Zara', 'Henry', 'Lina', 'Felix', 'Isabel', 'Kwame',
  'Clara', 'Ravi', 'Julia', 'Tomás', 'Ingrid', 'Marcus', 'Leila', 'Adrian', 'Mei', 'Patrick',
] as const;

export const LAST_NAMES = [
  'Anderson', 'Okafor', 'Müller', 'Rossi', 'Nakamura', 'Haddad', 'García', 'Johansson', 'Patel',
  'Kowalski', 'Dubois', 'Chen', 'Murphy', 'Silva', 'Novak', 'Schmidt', 'Khan', 'Larsen', 'Moreau',
  'Bianchi', 'Fischer', 'Ibrahim', 'Lindqvist', 'Santos', "O'Brien", 'Tanaka', 'Weber', 'Costa',
  'Andersen', 'Mensah', 'Hughes', 'Varga', 'Park', 'Ferreira', 'Becker', 'Mahmoud', 'Nilsen',
] as const;

export const JOB_TITLES = [
  'Head of Sales', 'VP of Engineering', 'Chief Operating Officer', 'Procurement Manager',
  'Marketing Director', 'IT Manager', 'Finance Director', 'Customer Success Lead', 'CTO',
  'Operations Manager', 'Product Manager', 'Head of People', 'Account Executive', 'CEO',
  'Data Engineer', 'Security Officer', 'Legal Counsel', 'Partnerships Manager',
] as const;

export type CompanySeed = {
  name: string;
  domain: string;
  city: string;
  country: string;
  callingCode: string;
  countryCode: string;
};

export const COMPANIES: readonly CompanySeed[] = [
  { name: 'Northwind Logistics', domain: 'northwind-logistics.com', city: 'Chicago', country: 'United States', callingCode: '+1', countryCode: 'US' },
  { name: 'Bluepeak Analytics', domain: 'bluepeak.io', city: 'Austin', country: 'United States', callingCode: '+1', countryCode: 'US' },
  { name: 'Helios Energy', domain: 'helios-energy.de', city: 'Berlin', country: 'Germany', callingCode: '+49', countryCode: 'DE' },
  { name: 'Corvid Security', domain: 'corvidsec.com', city: 'London', country: 'United Kingdom', callingCode: '+44', countryCode: 'GB' },
  { name: 'Tidewater Foods', domain: 'tidewaterfoods.com', city: 'Boston', country: 'United States', callingCode: '+1', countryCode: 'US' },
  { name: 'Lumen Health', domain: 'lumenhealth.co', city: 'Toronto', country: 'Canada', callingCode: '+1', countryCode: 'CA' },
  { name: 'Atlas Robotics', domain: 'atlas-robotics.ai', city: 'Munich', country: 'Germany', callingCode: '+49', countryCode: 'DE' },
  { name: 'Saffron Retail', domain: 'saffronretail.in', city: 'Bengaluru', country: 'India', callingCode: '+91', countryCode: 'IN' },
  { name: 'Meridian Capital', domain: 'meridiancap.com', city: 'New York', country: 'United States', callingCode: '+1', countryCode: 'US' },
  { name: 'Fjord Software', domain: 'fjordsoftware.no', city: 'Oslo', country: 'Norway', callingCode: '+47', countryCode: 'NO' },
  { name: 'Verde Mobility', domain: 'verdemobility.es', city: 'Madrid', country: 'Spain', callingCode: '+34', countryCode: 'ES' },
  { name: 'Kestrel Aerospace', domain: 'kestrel-aero.fr', city: 'Toulouse', country: 'France', callingCode: '+33', countryCode: 'FR' },
];

export const MEMBERS = [
  { firstName: 'Alex', lastName: 'Morgan', timeZone: 'America/New_York' },
  { firstName: 'Sam', lastName: 'Rivera', timeZone: 'America/Los_Angeles' },
  { firstName: 'Jordan', lastName: 'Lee', timeZone: 'Europe/London' },
  { firstName: 'Taylor', lastName: 'Nguyen', timeZone: 'Europe/Berlin' },
] as const;

export const CURRENCIES = ['USD', 'EUR', 'GBP'] as const;

export const OPPORTUNITY_PRODUCTS = [
  'Platform licence', 'Enterprise renewal', 'Pilot programme', 'Data migration', 'Support upgrade',
  'Expansion seats', 'Security add-on', 'Annual contract', 'Onboarding package', 'Analytics module',
] as const;
