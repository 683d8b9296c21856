import type { BackendSettings } from '@/backends/settings';
import { keepsKeyPrivate } from '@/lib/transport-security';
import { kindInfo } from './backend-kinds';

export type SettingsErrors = Partial<Record<'baseUrl' | 'apiKey', string>>;

/** What is wrong with settings a user typed, in words for the field it concerns. */
export function validateSettings(settings: BackendSettings): SettingsErrors {
  const info = kindInfo(settings.kind);
  if (!info.needsUrl) return {};
  const errors: SettingsErrors = {};
  const url = settings.baseUrl.trim();
  if (url === '') {
    errors.baseUrl = `Enter the address of the ${info.name} server, e.g. ${info.urlExample}.`;
  } else {
    let parsed: URL | null = null;
    try {
      parsed = new URL(url);
    } catch {
      errors.baseUrl = `Enter a full address starting with https:// (e.g. ${info.urlExample}).`;
    }
    if (parsed && parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      errors.baseUrl = 'Only http:// and https:// addresses can be used.';
    } else if (parsed && (parsed.username || parsed.password)) {
      errors.baseUrl = 'Put the API key in its own field, not in the address.';
    } else if (parsed && !keepsKeyPrivate(parsed)) {
      errors.baseUrl =
        'Use https:// for this address: over http:// the API key could be read on the network. (http:// is fine for localhost.)';
    }
  }
  if (settings.apiKey.trim() === '') {
    errors.apiKey = info.keyHelp;
  }
  return errors;
}
