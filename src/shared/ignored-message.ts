/**
 * One line in the console for each message a receiving end refuses (wrong sender, unknown name, wrong shape),
 * so a misbehaving caller shows up while debugging. Only our own words go in it, never the message: it may
 * carry a client's mail, which stays private even in the console.
 */
export function warnIgnored(receiver: string, why: string): void {
  console.warn(`Gardefou (${receiver}): ignored a message ${why}`);
}
