import type { StatsMessageKey } from './en';

/** 통계 화면의 한국어 카탈로그. 멤버 이름(bytesSent, jitter 등)과 API 이름은 현업에서 쓰는 대로 둔다. */
export const statsKo = {
	'stats.nav': '통계',
	'stats.landing.title': '기록 열기',
	'stats.landing.text':
		'내보낸 세션이나 chrome://webrtc-internals 덤프를 열어 실시간 통화 없이 타임라인, SDP, 통계 차트를 살펴봅니다.',
	'stats.landing.link': '세션이나 덤프 열기',
	'stats.panel.title': '실시간 통계 (getStats)',
	'stats.panel.intro':
		'두 피어가 고른 간격마다 getStats()를 호출합니다. 차트는 원시 카운터에서 초당 변화율(rate)을 계산합니다. 점을 클릭하면 어떻게 계산했는지 볼 수 있습니다.',
	'stats.panel.introDevice':
		'이 기기의 피어({peer})가 고른 간격마다 getStats()를 호출합니다. 다른 기기는 자기 차트를 그립니다. 차트는 원시 카운터에서 초당 변화율(rate)을 계산합니다. 점을 클릭하면 어떻게 계산했는지 볼 수 있습니다.',
	'stats.interval': '수집 간격',
	'stats.interval.option': '{seconds}초',
	'stats.peer': '피어 {peer}',
	'stats.view.charts': '차트',
	'stats.view.explorer': '원시 리포트',
	'stats.samples': '샘플 {count}개',
	'stats.charts.empty':
		'아직 샘플이 없습니다. getStats()가 두 번 응답하면 차트가 채워집니다(초당 변화율에는 샘플 두 개가 필요합니다).',
	'stats.charts.none': '이 차트에 쓸 멤버가 있는 리포트가 없습니다.',
	'stats.chart.hint':
		'점을 클릭하면 계산 과정을 보여 줍니다. 마우스 휠이나 드래그로 시간 축을 확대하고, Shift + 드래그로 이동합니다. 범례 항목을 클릭하면 그 시리즈를 숨기거나 보입니다.',
	'stats.chart.legend': '{title} 시리즈: 항목을 누르면 그 시리즈를 숨기거나 보입니다',
	'stats.chart.resetZoom': '확대 초기화',
	'stats.chart.time': '시간(초)',
	'stats.chart.at': '{seconds}초 시점',
	'stats.chart.failed': '차트를 그리지 못했습니다: {error}',
	'stats.chart.markers': '이벤트 표시선 보이기',
	'stats.marker.iceRestart': '{peer} ICE 재시작',
	'stats.marker.track': '{peer} 원격 {kind} 트랙 추가',
	'stats.marker.mute': '{peer} 원격 {kind} mute (미디어가 오지 않음)',
	'stats.marker.unmute': '{peer} 원격 {kind} unmute (미디어 도착)',
	'stats.marker.ended': '{peer} 원격 {kind} 트랙 종료',
	'stats.chart.label': '차트: {title}. 시리즈 {series}개, 최근 값: {latest}',
	'stats.chart.unreported':
		'이 브라우저는 getStats()에서 {members:을} 보고하지 않으므로 이 차트는 그리지 않습니다. 통화에 빠진 것은 없습니다.',
	'stats.chart.bands':
		'음영 구간: 인코더가 제한을 받고 있습니다(qualityLimitationReason: {reasons}).',
	'stats.chart.bitrate': '트랙별 비트레이트',
	'stats.chart.packets': '초당 패킷 수',
	'stats.chart.loss': '패킷 손실',
	'stats.chart.jitter': '지터',
	'stats.chart.rtt': '왕복 시간(RTT)',
	'stats.chart.fps': '초당 프레임 수',
	'stats.chart.resolution': '해상도',
	'stats.chart.framesDropped': '버려진 프레임',
	'stats.chart.jitterBuffer': '내보낸 프레임(비디오)이나 샘플(오디오)당 지터 버퍼 지연',
	'stats.chart.availableBitrate': '보낼 수 있는 비트레이트',
	'stats.chart.audioLevel': '오디오 레벨',
	'stats.chart.concealed': '은닉된 샘플',

	'stats.unit.bps': 'bit/s',
	'stats.unit.pps': '패킷/s',
	'stats.unit.percent': '%',
	'stats.unit.ms': 'ms',
	'stats.unit.fps': '프레임/s',
	'stats.unit.px': '픽셀',
	'stats.unit.count': '샘플/s',
	'stats.unit.level': '0~1',
	'stats.unit.text': '텍스트',

	'stats.metric.bitrateOut': '보낸 비트레이트',
	'stats.metric.bitrateIn': '받은 비트레이트',
	'stats.metric.packetsOut': '초당 보낸 패킷',
	'stats.metric.packetsIn': '초당 받은 패킷',
	'stats.metric.packetLoss': '손실(수신 측)',
	'stats.metric.remoteLoss': '손실(상대가 보고)',
	'stats.metric.jitter': '지터',
	'stats.metric.remoteRtt': 'RTT (RTCP, remote-inbound-rtp)',
	'stats.metric.pairRtt': 'RTT (ICE, 선택된 후보 쌍)',
	'stats.metric.availableOutgoingBitrate': '보낼 수 있는 비트레이트',
	'stats.metric.fpsOut': '보낸 fps',
	'stats.metric.fpsIn': '받은 fps',
	'stats.metric.widthOut': '보낸 너비',
	'stats.metric.heightOut': '보낸 높이',
	'stats.metric.widthIn': '받은 너비',
	'stats.metric.heightIn': '받은 높이',
	'stats.metric.framesDropped': '초당 버려진 프레임',
	'stats.metric.jitterBufferDelay': '프레임이나 샘플당 지터 버퍼 지연',
	'stats.metric.audioLevel': '오디오 레벨',
	'stats.metric.concealedSamples': '초당 은닉된 샘플',
	'stats.metric.qualityLimitation': '품질 제한',

	'stats.def.bitrateOut':
		'bytesSent: 이 SSRC로 보낸 RTP 페이로드 바이트의 총합입니다. 헤더와 패딩은 세지 않지만 재전송한 페이로드는 포함합니다(retransmittedBytesSent가 그중 다시 보낸 부분입니다). 그래서 이 값의 초당 변화율은 새 미디어만이 아니라 실제로 내보낸 양입니다(W3C webrtc-stats, RTCSentRtpStreamStats).',
	'stats.def.bitrateIn':
		'bytesReceived: 이 SSRC로 받은 RTP 페이로드 바이트의 총합입니다. 헤더와 패딩은 세지 않습니다.',
	'stats.def.packetsOut': 'packetsSent: 이 SSRC로 보낸 RTP 패킷의 총수입니다. 재전송도 포함합니다.',
	'stats.def.packetsIn': 'packetsReceived: 이 SSRC로 받은 RTP 패킷의 총수입니다.',
	'stats.def.packetLoss':
		'packetsLost: 받아야 했던 패킷 수에서 받은 패킷 수를 뺀 값입니다(RFC 3550 §6.4.1). 중복 패킷이 오면 음수가 될 수도 있습니다.',
	'stats.def.remoteLoss':
		'fractionLost: 상대 수신자가 마지막 RTCP Receiver Report로 알려 준 손실 패킷 비율입니다(RFC 3550 §6.4.1).',
	'stats.def.jitter': 'jitter: 패킷 도착 간격의 지터로, 단위는 초입니다(RFC 3550 §6.4.1).',
	'stats.def.remoteRtt':
		'roundTripTime: RTCP Receiver Report로 잰 가장 최근의 왕복 시간으로, 단위는 초입니다(RFC 3550 §6.4.1).',
	'stats.def.pairRtt':
		'currentRoundTripTime: 이 후보 쌍에서 STUN 연결 확인으로 잰 가장 최근의 왕복 시간으로, 단위는 초입니다.',
	'stats.def.availableOutgoingBitrate':
		'availableOutgoingBitrate: 혼잡 제어기가 이 후보 쌍으로 보낼 수 있다고 추정한 값으로, 모든 RTP 스트림을 합친 초당 비트 수입니다.',
	'stats.def.fpsOut': 'framesPerSecond: 지난 1초 동안 인코딩한 프레임 수입니다.',
	'stats.def.fpsIn': 'framesPerSecond: 지난 1초 동안 디코딩한 프레임 수입니다.',
	'stats.def.widthOut': 'frameWidth: 마지막으로 인코딩한 프레임의 너비(픽셀)입니다.',
	'stats.def.heightOut': 'frameHeight: 마지막으로 인코딩한 프레임의 높이(픽셀)입니다.',
	'stats.def.widthIn': 'frameWidth: 마지막으로 디코딩한 프레임의 너비(픽셀)입니다.',
	'stats.def.heightIn': 'frameHeight: 마지막으로 디코딩한 프레임의 높이(픽셀)입니다.',
	'stats.def.framesDropped':
		'framesDropped: 디코딩 전에 버렸거나, 화면에 그릴 시한을 놓쳐서 버린 프레임의 총수입니다(W3C webrtc-stats, RTCInboundRtpStreamStats).',
	'stats.def.jitterBufferDelay':
		'jitterBufferDelay: 비디오 프레임이나 오디오 샘플 하나하나가 내보내질 때까지 지터 버퍼에 머문 시간(초)을 모두 더한 값이고, jitterBufferEmittedCount는 내보낸 개수입니다. 그래서 오디오에서는 프레임당이 아니라 샘플당 지연입니다(W3C webrtc-stats).',
	'stats.def.audioLevel':
		'audioLevel: 받은 트랙의 오디오 레벨로, 0(무음)부터 1(0 dBov)까지이며 짧은 구간의 평균입니다.',
	'stats.def.concealedSamples':
		'concealedSamples: 패킷이 손실되거나 늦게 와서 은닉(합성)된 오디오 샘플의 총수입니다.',
	'stats.def.qualityLimitation':
		'qualityLimitationReason: 인코더가 해상도나 프레임 수를 낮추는 이유입니다. none, cpu, bandwidth, other 중 하나입니다.',

	'stats.math.title': '계산 과정: {metric}',
	'stats.math.pick': '차트의 점을 클릭하면 그 값의 원시 샘플과 공식을 볼 수 있습니다.',
	'stats.math.formula': '공식',
	'stats.math.samples': '원시 샘플',
	'stats.math.sample': '샘플 #{index}',
	'stats.math.timestamp': 'timestamp (ms)',
	'stats.math.result': '결과',
	'stats.math.definition': 'W3C webrtc-stats',
	'stats.math.specLink': 'webrtc-stats의 정의',
	'stats.math.report': '리포트 {id} ({type})',
	'stats.math.worked': '{formula} = {result}',
	'stats.math.close': '닫기',
	'stats.math.kind.rate':
		'초당 변화율: 두 샘플 사이에 카운터가 늘어난 양을 그 사이 시간(초)으로 나눕니다(timestamp는 밀리초입니다).',
	'stats.math.kind.ratio': '두 샘플 사이에 두 카운터가 늘어난 양의 비율입니다.',
	'stats.math.kind.lossRatio': '그 구간에 와야 했던 패킷(손실 + 수신) 중 손실된 비율입니다.',
	'stats.math.kind.value':
		'게이지: 브라우저가 값을 직접 알려 주고, 여기서는 표시 단위로만 바꿉니다.',
	'stats.math.kind.text': '텍스트 값입니다. "none"이 아닌 동안 음영 띠로 그립니다.',
	'stats.math.gap.first':
		'값 없음: 초당 변화율에는 샘플 두 개가 필요한데, 이것이 남아 있는 첫 샘플입니다.',
	'stats.math.gap.reset':
		'값 없음: 카운터가 줄어들었으므로 스트림이 다시 시작된 것입니다. 음수 변화율은 틀린 값입니다.',
	'stats.math.gap.noTime': '값 없음: 두 샘플의 timestamp가 같습니다.',
	'stats.math.gap.missing': '값 없음: 공식에 필요한 멤버가 한쪽 샘플에 없습니다.',
	'stats.math.gap.zeroDenominator': '값 없음: 그 구간에 센 것이 없습니다(0으로 나누기).',

	'stats.metric.raw': '멤버',
	'stats.def.raw': '브라우저가 알려 준 멤버 값 그대로입니다. 계산한 것이 없습니다.',
	'stats.unit.raw': '보고된 값',
	'stats.chart.member': '{report}의 {member}',
	'stats.explorer.chart': '차트',
	'stats.explorer.chartLabel': '{id}의 {member:를} 시간에 따라 차트로 보기',
	'stats.explorer.closeChart': '차트 닫기',
	'stats.explorer.title': '원시 통계 탐색기',
	'stats.explorer.intro':
		'마지막 getStats() 호출의 모든 리포트를 type별로 묶었습니다. 이전 샘플보다 바뀐 값은 강조하고, id(codecId, transportId, localCandidateId 등)는 그 id의 리포트로 연결합니다.',
	'stats.explorer.filter': 'id, type, 멤버로 거르기',
	'stats.explorer.member': '멤버',
	'stats.explorer.value': '값',
	'stats.explorer.changed': '바뀜',
	'stats.explorer.goto': '리포트 {id:로} 이동',
	'stats.explorer.count': '리포트 {count}개',
	'stats.explorer.empty': '아직 리포트가 없습니다.',

	'stats.controls.title': '그래프를 움직여 보기',
	'stats.controls.intro':
		'피어 A의 video sender를 setParameters로 바꾸거나 트랙 전송을 멈추고 차트가 어떻게 반응하는지 보세요. 바꿀 때마다 표시선이 생깁니다.',
	'stats.controls.maxBitrate': 'Video maxBitrate',
	'stats.controls.unlimited': '제한 없음',
	'stats.controls.scale': 'Video scaleResolutionDownBy',
	'stats.controls.apply': 'setParameters 적용',
	'stats.controls.pause': '{kind} 멈추기',
	'stats.controls.resume': '{kind} 다시 보내기',
	'stats.controls.applied': '적용됨: {detail}',
	'stats.controls.failed': '{call} 실패: {error}',

	'stats.record.title': '기록과 내보내기',
	'stats.record.intro':
		'이 세션을 JSON 파일 하나로 저장합니다. 모든 SDP와 후보가 담긴 이벤트 로그, 두 피어의 모든 통계 샘플이 들어갑니다. 나중에 통계 페이지에서 열 수 있습니다.',
	'stats.record.mask': 'IP 주소, ICE ufrag/pwd, DTLS fingerprint 가리기',
	'stats.record.export': '세션 내보내기',
	'stats.record.summary': '지금까지 로그 항목 {entries}개, 통계 샘플 {samples}개.',

	'stats.page.title': '통계: 세션이나 webrtc-internals 덤프 열기',
	'stats.page.intro':
		'단계별 실습에서 내보낸 세션이나 chrome://webrtc-internals의 덤프("Create a WebRTC-Internals dump", gzip 또는 일반 JSON)를 열어, 실시간 통화 없이도 같은 타임라인, SDP 인스펙터, 차트로 살펴봅니다. 파일은 이 브라우저 밖으로 나가지 않습니다.',
	'stats.page.drop': '여기에 파일을 끌어다 놓으세요',
	'stats.page.or': '또는',
	'stats.page.pick': '파일 선택',
	'stats.page.reading': '{name} 읽는 중…',
	'stats.page.file': '파일: {name} ({size})',
	'stats.page.kindDump': 'webrtc-internals 덤프 · {browser} · 피어 연결 {count}개',
	'stats.page.kindSession': '{date}에 기록한 Peerscope 세션',
	'stats.page.masked': '이 파일의 주소, ICE 자격 증명, fingerprint는 가려져 있습니다.',
	'stats.page.unknownBrowser': '브라우저 알 수 없음',
	'stats.page.legacy':
		'이 덤프는 예전 형식입니다(timestamp 시리즈가 없고, 업데이트 로그 항목에 "time"이 있습니다). 샘플은 각 시리즈의 끝 시각에서 거꾸로 1초 간격으로 놓았습니다. 예전 goog* 통계는 원시 리포트로 보여 주고, 계산된 차트에는 최근 Chrome 덤프에 있는 표준 webrtc-stats 멤버가 필요합니다(Chromium 156으로 확인).',
	'stats.page.problems': '파일에서 {count}곳을 읽지 못해 건너뛰었습니다. 나머지는 보여 줍니다:',
	'stats.page.connections': '피어 연결',
	'stats.page.connection': '{key} · {url}',
	'stats.page.showAs': '피어 {peer:로} 보기',
	'stats.page.hidden': '보이지 않음',
	'stats.page.computed':
		'Chrome이 계산한 시리즈 {count}개([대괄호] 이름)는 뺐습니다. Peerscope는 계산 과정과 함께 직접 계산합니다.',
	'stats.page.timeline': '타임라인',
	'stats.page.descriptions': 'Description (SDP)',
	'stats.page.descriptionLabel': '피어 {peer} · {side} {type}',
	'stats.page.side.local': 'local',
	'stats.page.side.remote': 'remote',
	'stats.page.noDescriptions': '이 기록에는 description이 없습니다.',
	'stats.page.candidates': 'ICE 후보',
	'stats.page.noCandidates': '이 기록에는 후보가 없습니다.',
	'stats.page.candidatePeer': '피어',
	'stats.page.candidateSide': '방법',
	'stats.page.candidateLine': '후보 줄',
	'stats.page.candidateAddress': 'transport, 주소:포트',
	'stats.page.candidatePriority': 'priority (type/local/component, RFC 8445 §5.1.2)',
	'stats.page.priorityParts': 'type 선호도 {type}, local 선호도 {local}, component {component}',
	'stats.page.candidateUnparsed': 'RFC 8839 문법에 맞지 않는 후보 줄입니다',
	'stats.page.gathered': '수집함 (onicecandidate)',
	'stats.page.added': '추가함 (addIceCandidate)',
	'stats.page.charts': '차트',
	'stats.page.another': '다른 파일 열기',

	'stats.problem.malformedValues': 'values가 JSON 배열이 아닌 시리즈',
	'stats.problem.badStatsKey': '"<id>-<멤버>" 형식이 아닌 통계 키',
	'stats.problem.badTimestamps': '값과 맞지 않는 timestamp 시리즈(1초 간격으로 가정)',
	'stats.problem.malformedEntry': 'type이 있는 객체가 아닌 업데이트 로그 항목이나 connection',
	'stats.problem.lengthMismatch': 'timestamp보다 긴 시리즈',

	'stats.error.title': '이 파일을 열 수 없습니다',
	'stats.error.empty': '파일이 비어 있습니다.',
	'stats.error.tooLarge':
		'파일이 너무 큽니다({sizeMb} MB, 한도는 {limitMb} MB). webrtc-internals 덤프는 크기와 상관없이 시리즈마다 마지막 샘플만 남겨서 열지만, 이 파일은 그렇게 해도 남길 것이 한도보다 많거나 통째로 읽는 세션입니다. rtcstats 덤프는 줄 단위로 읽으므로 이런 한도가 없습니다.',
	'stats.error.gzipCorrupt':
		'파일이 gzip처럼 시작하지만 압축을 풀 수 없습니다. 손상되었거나 내려받다가 잘렸습니다. 덤프를 다시 내려받거나 "Compress result"를 끄고 저장하세요.',
	'stats.error.notText': '파일이 텍스트(UTF-8)도 gzip도 아니므로 덤프도 세션도 아닙니다.',
	'stats.error.notJson':
		'파일이 JSON이 아닙니다. webrtc-internals 덤프와 Peerscope 세션은 JSON 파일입니다(덤프는 gzip으로 압축되어 있을 수 있습니다).',
	'stats.error.truncatedJson':
		'JSON이 값 중간에서 끝납니다. 파일이 불완전합니다({length}자 뒤에서 잘림). 다시 내려받거나 내보내세요.',
	'stats.error.notDump':
		'이 JSON은 webrtc-internals 덤프("PeerConnections" 객체가 없음)도 Peerscope 세션도 아닙니다. 최상위에 있는 것: {found}.',
	'stats.error.noPeerConnections':
		'이 덤프에는 피어 연결이 없습니다. 페이지가 연결을 닫으면 Chrome은 그것을 덤프에서 뺍니다. 통화가 이어지는 동안 덤프를 만드세요.',
	'stats.error.unsupportedVersion':
		'이 세션 파일의 형식 버전은 {version}이고, 이 Peerscope는 버전 {supported:을} 읽습니다. 더 새로운 Peerscope로 여세요.',
	'stats.error.badSession': '이 Peerscope 세션 파일은 {path}에서 손상되었습니다: {message}.',
	'stats.error.unreadable': '브라우저가 파일을 읽지 못했습니다: {error}',
	'stats.error.notRtcstats':
		'이 파일은 JSON 줄(JSON lines)이지만 Peerscope가 아는 형식이 아닙니다. {line}번째 줄에 있는 것: {found}. Peerscope는 rtcstats 덤프(첫 줄이 "RTCStatsDump"이거나 ["setLocalDescription", "PC_0", {…}, 시각] 같은 줄), webrtc-internals 덤프, Peerscope 세션을 읽습니다.',
	'stats.error.badMagic':
		'첫 줄이 "{magic}"이 아니라 "{found}"입니다. Peerscope가 읽는 버전(file format 3)의 rtcstats 덤프가 아닙니다.',
	'stats.error.badMetadata':
		'rtcstats 덤프는 "RTCStatsDump" 줄 다음에 메타데이터 JSON 객체("fileFormat" 포함)가 옵니다. 이 파일에 있는 것: {found}.',
	'stats.error.noRtcstatsConnections':
		'이 rtcstats 파일에는 피어 연결(RTCPeerConnection)이 없습니다. {lines}줄에 getUserMedia나 미디어 트랙 호출 {media}개만 있습니다. 페이지가 카메라만 캡처하고 RTCPeerConnection을 만들지 않은 경우입니다. 통화 중에 기록하세요.',
	'stats.error.cancelled': '읽기를 취소했습니다. 이 파일의 내용은 보여 주지 않습니다.',

	'stats.problem.truncatedLine':
		'마지막 줄이 중간에서 끝납니다(파일이 잘림). 그 앞의 내용은 모두 보여 줍니다',
	'stats.problem.malformedLine': 'JSON 배열이 아닌 줄(건너뜀)',
	'stats.problem.unknownMethod': 'rtcstats 표에 없는 메서드 코드(건너뜀)',
	'stats.problem.deltaWithoutBase':
		'전체 리포트가 한 번도 오지 않은 리포트에 대한 getStats 델타(건너뜀)',
	'stats.problem.descriptionWithoutBase':
		'이전 description이 없는 압축된 SDP(바뀌지 않은 섹션을 "m="로 씀, 쓰인 그대로 둠)',
	'stats.problem.eventsDropped':
		'한 connection에 남기는 로그 항목 수(20,000개)를 넘었습니다. 나머지는 세기만 하고 남기지 않았습니다',

	'stats.page.kindRtcstats': 'rtcstats 덤프({generation}) · {browser} · 피어 연결 {count}개',
	'stats.page.generation.rtcstats-dump': 'file format {format}',
	'stats.page.generation.protocol-3': 'protocol 3 기록',
	'stats.page.statsShape.full': 'getStats를 전체 리포트로 기록(Chrome 방식)',
	'stats.page.statsShape.v3': 'getStats를 델타로 기록(rtcstats.js protocol 3)',
	'stats.page.statsShape.v5': 'getStats를 압축된 델타로 기록(현재 rtcstats.js)',
	'stats.page.rtcstatsKept':
		'긴 기록입니다. 차트는 시리즈마다 마지막 샘플 {capacity}개를 남깁니다. getStats 결과 {results}개를 읽었습니다.',
	'stats.page.progress': '{size} 중 {read} 읽음',
	'stats.page.cancel': '취소',

	'stats.diag.title': '진단',
	'stats.diag.intro':
		'이 통화에서 무슨 일이 있었고 무엇이 잘못되었는지 로그, 통계, SDP에서 읽어 냅니다. 각 항목은 근거를 보여 줍니다. 누르면 타임라인, 차트, SDP에서 그 근거를 봅니다.',
	'stats.diag.pending': '기록을 진단하는 중…',
	'stats.diag.none': '아직 알릴 것이 없습니다.',
	'stats.diag.severity.problem': '문제',
	'stats.diag.severity.warning': '주의',
	'stats.diag.severity.info': '사실',
	'stats.diag.peer': '피어 {peer}',
	'stats.diag.action': '할 일:',
	'stats.diag.threshold': '기준: {value} {unit} ({source})',
	'stats.diag.evidence': '근거',
	'stats.diag.evidence.log': '로그 #{id} {name}, {t}',
	'stats.diag.evidence.chart': '{metric} 차트, {from}–{to}: {value}',
	'stats.diag.evidence.sdp': 'SDP {line}번째 줄: {text}',
	'stats.diag.selectedPair.title': '{local} ↔ {remote} 후보로 연결됨, {protocol}',
	'stats.diag.selectedPair.action':
		'relay나 TCP는 지연과 서버 용량을 씁니다. relay라면 피어가 symmetric NAT 뒤에 있는지, 방화벽이 UDP를 막는지 확인하세요. UDP 위의 host나 srflx가 직접 경로입니다.',
	'stats.diag.pairChanged.title': '선택된 후보 쌍이 {count}번 바뀜: {times}',
	'stats.diag.pairChanged.action':
		'ICE restart나 네트워크 변경(Wi-Fi에서 셀룰러로, VPN) 뒤에 바뀝니다. 새 쌍이 지명되는 동안 미디어가 멈출 수 있습니다. 바뀌기 직전의 로그를 보세요.',
	'stats.diag.iceRestart.title': 'ICE를 {count}번 다시 시작함: {times}',
	'stats.diag.iceRestart.action':
		'ICE restart는 후보를 새로 모으고 다시 협상합니다. 자주 일어나면 네트워크가 불안정하거나 앱이 disconnected 상태마다 다시 시작하는 것입니다.',
	'stats.diag.disconnected.title':
		'ICE 연결이 {count}번 끊김, 가장 긴 끊김 {longest}초 (회복 {recovered}번)',
	'stats.diag.disconnected.action':
		'consent 확인이 실패했습니다(RFC 7675). 경로에서 몇 초 동안 패킷이 사라졌습니다. 끊긴 때의 손실과 RTT를 보고, 회복되지 않으면 ICE를 다시 시작하세요(restartIce()).',
	'stats.diag.neverConnected.title': '한 번도 연결되지 않고 실패함',
	'stats.diag.neverConnected.action':
		'성공한 후보 쌍이 없습니다. 후보(relay 후보가 있는지), TURN 자격 증명, UDP 차단 여부를 확인하세요.',
	'stats.diag.timeToConnected.title': '첫 description을 설정하고 {ms} ms 뒤 연결됨',
	'stats.diag.timeToConnected.action':
		'몇 초가 걸린다면 연결 확인 재전송, 늦게 도착한 후보(trickle), 먼 relay 때문입니다.',
	'stats.diag.highRtt.title': '{stream}에서 RTT가 {seconds}초 동안 {limit:을} 넘음 (최고 {peak})',
	'stats.diag.highRtt.action':
		'이 지연을 넘으면 대화가 어려워집니다. 먼 곳에서 relay되는지, 비트레이트에 따라 큐가 커지는지(bufferbloat) 확인하세요.',
	'stats.diag.highJitter.title':
		'{stream}에서 jitter가 {seconds}초 동안 {limit:을} 넘음 (최고 {peak})',
	'stats.diag.highJitter.action':
		'지연이 흔들리면 jitter buffer가 커지거나(지연 증가) 은닉이 일어납니다. 혼잡하거나 무선인 링크를 찾아보고, 비트레이트를 낮추면 나아질 수 있습니다.',
	'stats.diag.highLoss.title':
		'{stream}에서 패킷 손실이 {seconds}초 동안 {limit:을} 넘음 (최고 {peak})',
	'stats.diag.highLoss.action':
		'손실이 이어지면 오디오가 나빠지고 비디오가 멈춥니다. 송신 측이 가용 대역폭을 넘는지, NACK/FEC가 협상되었는지 확인하세요.',
	'stats.diag.qualityLimited.title': '{stream} 비디오 품질 제한: 대역폭 {bandwidth}초, CPU {cpu}초',
	'stats.diag.qualityLimited.action':
		'대역폭: 인코더가 추정치에 맞추려고 품질을 낮췄습니다(maxBitrate와 네트워크 확인). CPU: 기기가 제때 인코딩하지 못했습니다(해상도를 낮추거나 하드웨어 코덱 사용).',
	'stats.diag.resolutionDrop.title':
		'{stream} 해상도가 {seconds}초 동안 높이 {lowest} px로 떨어짐 (최고 {best})',
	'stats.diag.resolutionDrop.action':
		'송신 측이 보통 대역폭이나 CPU 때문에 크기를 줄였습니다. 같은 때 송신 측의 품질 제한을 보세요.',
	'stats.diag.fpsDrop.title':
		'{stream} 프레임 레이트가 {seconds}초 동안 {lowest} fps로 떨어짐 (최고 {best})',
	'stats.diag.fpsDrop.action':
		'인코더가 만드는 프레임이 줄었거나(CPU, 대역폭) 도착하는 프레임이 줄었습니다(손실). 송신 측과 수신 측의 fps를 비교하세요.',
	'stats.diag.freezes.title': '{stream} 비디오가 {count}번, 모두 {seconds}초 멈춤',
	'stats.diag.freezes.action':
		'멈춤은 프레임이 평소보다 훨씬 늦게 온 것입니다. 패킷이 사라지거나 늦었거나, 키 프레임을 기다렸습니다. 그때의 손실과 비트레이트를 보세요.',
	'stats.diag.framesDropped.title': '{stream}에서 프레임 {count}개를 버림 (받은 것의 {share} %)',
	'stats.diag.framesDropped.action':
		'프레임을 받았지만 제때 디코딩하지 못했습니다. 수신 기기가 과부하이거나 디코더가 뒤처졌습니다.',
	'stats.diag.concealment.title': '{stream} 오디오 샘플의 {share} %를 은닉함',
	'stats.diag.concealment.action':
		'패킷이 사라지거나 늦어서 수신 측이 빈 곳을 합성한 소리로 채웠습니다. 손실과 jitter를 확인하세요.',
	'stats.diag.noMedia.title':
		'연결된 동안 {stream}에 {seconds}초 동안 미디어가 없음 ({member:이} 늘지 않음)',
	'stats.diag.noMedia.action':
		'연결은 살아 있었지만 아무것도 흐르지 않았습니다. 트랙을 멈췄거나 null로 바꿨거나, 소스가 음소거·종료되었거나, SDP의 방향이 inactive입니다.',
	'stats.diag.rejectedSection.title':
		'{side} answer가 {kind} m-section을 거절함 (mid {mid}, 포트 0)',
	'stats.diag.rejectedSection.action':
		'RFC 3264 §6: answer의 포트 0은 스트림을 거절합니다. answer 측에 맞는 코덱이나 transceiver가 없었습니다. offer의 코덱과 answer 측이 지원하는 코덱을 비교하세요.',
	'stats.diag.codecMismatch.title':
		'answer의 {kind} 코덱({answered})이 offer({offered})와 하나도 겹치지 않음',
	'stats.diag.codecMismatch.action':
		'answer는 offer에 있는 코덱만 쓸 수 있습니다(RFC 3264 §6.1). SDP가 손으로나 프록시가 바꾸었습니다. 그 수정을 고치거나 setCodecPreferences()를 쓰세요.',
	'stats.diag.turnError.title': '{url}에서 ICE 서버 오류 {code} ({kind}), {count}번',
	'stats.diag.turnError.action':
		'401: TURN 자격 증명이 틀렸거나 만료됨. 701: 어떤 host 후보에서도 서버에 닿지 못함(주소, 포트, 방화벽). ICE 실험실에서 모든 코드를 보세요.'
} satisfies Record<StatsMessageKey, string>;
