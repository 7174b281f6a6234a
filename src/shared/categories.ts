/** How each category looks in the banner and the popup; the page highlights use src/content/highlights.css. */
import type { Category } from '../analysis/types.ts';

/** The underline colour of each category's highlight, readable on light and dark backgrounds. */
export const CATEGORY_COLORS: Record<Category, string> = {
  urgency: 'rgb(197 34 31)',
  extra_revisions: 'rgb(123 31 162)',
  off_hours: 'rgb(48 63 159)',
  scope_creep: 'rgb(196 102 0)',
  rate_pressure: 'rgb(0 105 92)',
  availability_control: 'rgb(93 64 55)',
};

/** The `_locales` message naming each category. */
export const categoryMessage = (category: Category): string => `category_${category}`;
