/** An evaluator's link as sent: the page's own address before the path the server gives. */
export function fullLink(link: string, origin: string = window.location.origin): string {
  return `${origin}${link}`;
}
