/**
 * Defence in depth behind the runner's masks: any text the action prints, outputs or summarises passes through here,
 * so a key that comes back in a gateway's error page, say, is blanked even where the runner does not mask
 * (a local run, a log forwarder reading raw step output).
 */
export type Redact = (text: string) => string

export function redactor(secrets: readonly string[]): Redact {
  const ordered = [...secrets].filter(s => s.length >= 4).sort((a, b) => b.length - a.length)
  return text => ordered.reduce((out, secret) => out.split(secret).join('***'), text)
}
