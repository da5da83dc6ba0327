/**
 * Every form in which a secret may come back: the value, and each line of a multi-line value (the runner prints, and
 * masks, one line at a time; a server may echo one line). The one place that derives them: the masks and the redactor
 * are built from this list.
 */
export function secretForms(values: readonly string[]): string[] {
  const forms = values.flatMap(value => [value, ...value.split(/\r?\n/).map(line => line.trim())])
  return [...new Set(forms)].filter(form => form !== '')
}
