import { describe, expect, it } from 'vitest';
import { StatsHistory } from '$lib/stats/history';
import {
	CHART_GROUPS,
	pointsFrom,
	qualityBands,
	selectedPairIds,
	seriesOf,
	unreportedMetrics
} from '$lib/stats/chartModel';
import { historyOfOneReport } from '../helpers/statsHistory';

const pair = (id: string, extra: Record<string, unknown>) => ({
	id,
	type: 'candidate-pair',
	timestamp: 0,
	currentRoundTripTime: 0.01,
	...extra
});

describe('chart model', () => {
	it('draws only the selected candidate pair: transport first, then Firefox `selected`, then nominated', () => {
		const withTransport = new StatsHistory(5);
		withTransport.addSnapshot({
			takenAt: 0,
			reports: {
				P1: pair('P1', { nominated: true, state: 'succeeded' }),
				P2: pair('P2', { nominated: true, state: 'succeeded' }),
				T: { id: 'T', type: 'transport', timestamp: 0, selectedCandidatePairId: 'P2' }
			}
		});
		expect([...selectedPairIds(withTransport)]).toEqual(['P2']);
		const rtt = CHART_GROUPS.find((g) => g.id === 'rtt')!;
		expect(seriesOf(withTransport, rtt).map((r) => r.report.id)).toEqual(['P2']);

		const firefox = new StatsHistory(5);
		firefox.addSnapshot({
			takenAt: 0,
			reports: { P1: pair('P1', { selected: false }), P2: pair('P2', { selected: true }) }
		});
		expect([...selectedPairIds(firefox)]).toEqual(['P2']);
	});

	it('gives points from a sample on, x in seconds since the origin, with the sample index', () => {
		const history = historyOfOneReport(3, 5, (i) => ({
			id: 'O',
			type: 'outbound-rtp',
			timestamp: 10_000 + 1000 * i,
			bytesSent: 1000 * i
		}));
		const bitrate = seriesOf(
			history,
			CHART_GROUPS.find((g) => g.id === 'bitrate')!
		)[0]!;
		// only the last three samples are kept; the oldest kept one has no rate
		expect(pointsFrom(bitrate, 0, 10_000)).toEqual([
			{ x: 2, y: null, i: 2 },
			{ x: 3, y: 8000, i: 3 },
			{ x: 4, y: 8000, i: 4 }
		]);
		expect(pointsFrom(bitrate, 4, 10_000)).toHaveLength(1);
	});

	it('shades the spans where qualityLimitationReason is not none', () => {
		const history = new StatsHistory(10);
		['none', 'bandwidth', 'bandwidth', 'cpu', 'none'].forEach((reason, i) =>
			history.addSnapshot({
				takenAt: 0,
				reports: {
					O: {
						id: 'O',
						type: 'outbound-rtp',
						kind: 'video',
						timestamp: 1000 * i,
						qualityLimitationReason: reason
					}
				}
			})
		);
		expect(qualityBands(history, 0)).toEqual([
			{ from: 1, to: 2, reason: 'bandwidth' },
			{ from: 3, to: 3, reason: 'cpu' }
		]);
	});
});

describe('markers from the log', () => {
	it('marks descriptions, state changes and sender changes, not call starts or other events', async () => {
		const { markersFromLog } = await import('$lib/stats/chartModel');
		const peers = { A: null, B: null };
		const markers = markersFromLog([
			{
				id: 1,
				t: 100,
				peer: 'A',
				peers,
				kind: 'call',
				name: 'setLocalDescription',
				step: 's',
				status: 'start'
			},
			{
				id: 2,
				t: 120,
				peer: 'A',
				peers,
				kind: 'call',
				name: 'setLocalDescription',
				step: 's',
				status: 'success'
			},
			{
				id: 3,
				t: 900,
				peer: 'B',
				peers,
				kind: 'event',
				name: 'connectionstatechange',
				payload: { connectionState: 'connected' }
			},
			{ id: 4, t: 950, peer: 'B', peers, kind: 'event', name: 'icecandidate', payload: null },
			{
				id: 5,
				t: 5000,
				peer: 'A',
				peers,
				kind: 'call',
				name: 'setParameters',
				step: 'communicate',
				status: 'success',
				payload: { kind: 'video', maxBitrate: 100000, scaleResolutionDownBy: 2 }
			},
			{
				id: 6,
				t: 6000,
				peer: 'A',
				peers,
				kind: 'call',
				name: 'replaceTrack',
				step: 'communicate',
				status: 'error',
				payload: { kind: 'audio', sending: false }
			}
		]);
		expect(markers).toEqual([
			{ x: 0.12, label: 'A setLocalDescription', entryId: 2 },
			{ x: 0.9, label: 'B connectionstatechange: connected', entryId: 3 },
			{ x: 5, label: 'A setParameters video maxBitrate=100000 scale=2', entryId: 5 },
			{ x: 6, label: 'A replaceTrack ✕ audio pause', entryId: 6 }
		]);
	});
});

describe('a raw member as a chart', () => {
	it('draws the member of that report as reported, with the math of a gauge', async () => {
		const { memberGroup } = await import('$lib/stats/chartModel');
		const { metricAt } = await import('$lib/stats/metrics');
		const history = historyOfOneReport(10, 3, (i) => ({
			id: 'X',
			type: 'ssrc',
			timestamp: 1000 * i,
			googRtt: 10 + i
		}));
		const [ref, ...rest] = seriesOf(history, memberGroup('X', 'googRtt'));
		expect(rest).toEqual([]);
		expect(ref!.metric).toMatchObject({ id: 'raw', a: 'googRtt', kind: 'value', spec: '' });
		expect(pointsFrom(ref!, 0, 0).map((p) => p.y)).toEqual([10, 11, 12]);
		expect(metricAt(ref!.report, ref!.metric, 2).samples[0]!.a).toBe(12);
		expect(seriesOf(history, memberGroup('nope', 'googRtt'))).toEqual([]);
	});
});

describe('markers for tracks and ICE restarts', () => {
	const peers = { A: null, B: null };
	const base = { peers, t: 2000 };

	it('marks a remote track added, muted, unmuted and ended with its kind, in en and ko', async () => {
		const { markersFromLog } = await import('$lib/stats/chartModel');
		const { translate } = await import('$lib/i18n/catalog');
		const track = { id: 't1', kind: 'video', label: 'remote video' };
		const markers = markersFromLog(
			(['track', 'mute', 'unmute', 'ended'] as const).map((name, n) => ({
				...base,
				id: n + 1,
				t: 1000 * (n + 1),
				peer: 'B' as const,
				kind: 'event' as const,
				name,
				payload: name === 'track' ? track : { ...track, muted: name === 'mute' }
			}))
		);
		expect(markers.map((m) => [m.x, m.label])).toEqual([
			[1, 'B track video'],
			[2, 'B mute video'],
			[3, 'B unmute video'],
			[4, 'B ended video']
		]);
		expect(markers.map((m) => m.text)).toEqual([
			{ key: 'stats.marker.track', params: { peer: 'B', kind: 'video' } },
			{ key: 'stats.marker.mute', params: { peer: 'B', kind: 'video' } },
			{ key: 'stats.marker.unmute', params: { peer: 'B', kind: 'video' } },
			{ key: 'stats.marker.ended', params: { peer: 'B', kind: 'video' } }
		]);
		const mute = markers[1]!.text!;
		expect(translate('en', mute.key, mute.params)).toBe('B remote video muted (no media arriving)');
		expect(translate('ko', mute.key, mute.params)).toBe('B 원격 video mute (미디어가 오지 않음)');
	});

	it('marks the walkthrough’s ICE restart and a dump’s restartIce(), not a walkthrough call start', async () => {
		const { markersFromLog } = await import('$lib/stats/chartModel');
		const { translate } = await import('$lib/i18n/catalog');
		const markers = markersFromLog([
			{ ...base, id: 1, peer: 'A', kind: 'machine', name: 'ice.restart' },
			{ ...base, id: 2, peer: 'A', kind: 'machine', name: 'mode.run' },
			{
				...base,
				id: 3,
				peer: 'A',
				kind: 'call',
				name: 'restartIce',
				step: 'dump',
				status: 'start'
			},
			{
				...base,
				id: 4,
				peer: 'A',
				kind: 'call',
				name: 'addTrack',
				step: 'addTrack',
				status: 'start'
			},
			{
				...base,
				id: 5,
				peer: 'A',
				kind: 'call',
				name: 'addTrack',
				step: 'addTrack',
				status: 'success'
			}
		]);
		expect(markers.map((m) => [m.entryId, m.label])).toEqual([
			[1, 'A ICE restart'],
			[3, 'A restartIce'],
			[5, 'A addTrack']
		]);
		const restart = markers[0]!.text!;
		expect(markers[1]!.text).toEqual(restart);
		expect(translate('en', restart.key, restart.params)).toBe('A ICE restart');
		expect(translate('ko', restart.key, restart.params)).toBe('A ICE 재시작');
	});
});

describe('a metric the browser does not report', () => {
	const available = CHART_GROUPS.find((g) => g.id === 'availableBitrate')!;

	it('Firefox’s selected pair has no availableOutgoingBitrate: the chart says so', () => {
		const firefox = new StatsHistory(5);
		firefox.addSnapshot({
			takenAt: 0,
			reports: { P1: pair('P1', { selected: true, nominated: true, state: 'succeeded' }) }
		});
		expect(seriesOf(firefox, available)).toEqual([]);
		expect(unreportedMetrics(firefox, available).map((m) => m.a)).toEqual([
			'availableOutgoingBitrate'
		]);
	});

	it('Chromium reports it, and before any report nothing is said yet', () => {
		const chromium = new StatsHistory(5);
		expect(unreportedMetrics(chromium, available)).toEqual([]);
		chromium.addSnapshot({
			takenAt: 0,
			reports: {
				P1: pair('P1', { availableOutgoingBitrate: 300_000 }),
				T: { id: 'T', type: 'transport', timestamp: 0, selectedCandidatePairId: 'P1' }
			}
		});
		expect(unreportedMetrics(chromium, available)).toEqual([]);
		expect(seriesOf(chromium, available)).toHaveLength(1);
	});
});
