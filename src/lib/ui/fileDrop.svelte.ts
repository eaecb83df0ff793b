/**
 * An element that takes files dropped on it (the SDP inspector, the stats import, a call's file
 * transfer): spread `zone` on it (the handlers, and `data-dragging`, true while files are held
 * over it and it accepts them, for its style). The browser would otherwise open a dropped file in place of the page,
 * so both dragover and drop are taken (preventDefault).
 */
export class FileDrop {
	dragging = $state(false);
	readonly #accept: (files: FileList | undefined) => void;
	readonly #enabled: () => boolean;

	/**
	 * @param accept gets the dropped files (none where something else was dropped)
	 * @param enabled whether the element takes files now
	 */
	constructor(accept: (files: FileList | undefined) => void, enabled: () => boolean = () => true) {
		this.#accept = accept;
		this.#enabled = enabled;
	}

	readonly handlers = {
		ondragover: (event: DragEvent) => {
			event.preventDefault();
			this.dragging = this.#enabled();
		},
		ondragleave: () => {
			this.dragging = false;
		},
		ondrop: (event: DragEvent) => {
			event.preventDefault();
			this.dragging = false;
			this.#accept(event.dataTransfer?.files);
		}
	};

	/** what the element spreads: the handlers, and whether files are held over it now */
	get zone() {
		return { ...this.handlers, 'data-dragging': this.dragging };
	}
}
