import { defineMessages } from '../define';

/** Messages of Dutch date extraction. */
export const datesMessages = defineMessages(
  {
    'error.dates.invalidReferenceDate': 'Geen geldige referentiedatum (JJJJ-MM-DD): {value}.',
  },
  {
    'error.dates.invalidReferenceDate': 'Not a valid reference date (YYYY-MM-DD): {value}.',
  },
);
