/** What the replay's controls ask of the page: a step on, a step back, the whole run, the start. */
export interface ReplayHandlers {
	onnext: () => void;
	onprevious: () => void;
	onall: () => void;
	onreset: () => void;
}
