/**
 * A command's refusal to go on, meant for staff: the message names the file or option, says what
 * is wrong and what to do. Commands print it and exit 1 without changing content/.
 */
export class Refusal extends Error {
  override name = 'Refusal';
}
