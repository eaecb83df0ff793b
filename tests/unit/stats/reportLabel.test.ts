import { describe, expect, it } from 'vitest';
import { StatsHistory } from '$lib/stats/history';
import { reportLabel } from '$lib/stats/reportLabel';

function reportOf(type: string, members: Record<string, unknown> = {}) {
	const history = new StatsHistory(10);
	history.addSnapshot({ takenAt: 0, reports: { R: { id: 'R', type, timestamp: 0, ...members } } });
	return history.report('R')!;
}

describe('reportLabel', () => {
	it('labels a report by kind, type, mid and ssrc', () => {
		expect(reportLabel(reportOf('inbound-rtp', { kind: 'video', mid: '1', ssrc: 99 }))).toBe(
			'video · inbound-rtp · mid 1 · ssrc 99'
		);
	});

	it('names a report with neither kind nor stream by its id', () => {
		expect(reportLabel(reportOf('candidate-pair'))).toBe('candidate-pair · R');
	});
});
