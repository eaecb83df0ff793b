/**
 * A keydown handler for a drawn element with role="button" (an SVG <g> cannot be a <button>):
 * Enter and Space activate it, as they do a native button (WAI-ARIA APG, Button pattern), and
 * Space does not scroll the page.
 */
export function onActivateKey(activate: () => void): (event: KeyboardEvent) => void {
	return (event) => {
		if (event.key === 'Enter' || event.key === ' ') {
			event.preventDefault();
			activate();
		}
	};
}
