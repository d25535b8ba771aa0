/**
 * Account names as a person compares them: Stripe's picker and its dashboard switcher may differ in case, spacing or
 * Unicode form, never in the words. A name is only ever a weaker match than an `acct_…` id: used when the picker
 * shows no ids.
 */
export function accountNameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

export function sameAccountName(a: string, b: string): boolean {
  const key = accountNameKey(a);
  return key !== '' && key === accountNameKey(b);
}
