// Clear words for zod's generic failures, set once for every schema: a missing field reads
// "is required" instead of "Invalid input: expected string, received undefined".
import { z } from 'zod';

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

z.config({
  customError: (issue) => {
    if (issue.code !== 'invalid_type') return undefined;
    if (issue.input === undefined) return 'is required';
    if (issue.expected === 'undefined') return 'must be left out: this request takes no data';
    return `must be ${issue.expected === 'array' ? 'a list' : article(String(issue.expected))}`;
  },
});
