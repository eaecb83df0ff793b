/** The props of a control that picks something for the next run (a fault, glare's strategy). */
export interface NextRunChoice<Value> {
	/** the choice; none is a choice too */
	value: Value | null;
	onchange: (value: Value | null) => void;
	disabled?: boolean;
}
