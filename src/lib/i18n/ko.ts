import type { MessageKey } from './en';

/**
 * 한국어 카탈로그. 용어(SDP, ICE, offer/answer, candidate, track 등)는 현업에서 쓰는 대로
 * 영어로 두고, 설명은 ../shared/seed/webrtc-notes-ko.txt 의 표현을 바탕으로 한다.
 */
export const ko = {
	'app.name': 'Peerscope',
	'app.tagline': '실제 WebRTC 통화를 한 단계씩 보여 주고 설명합니다.',
	'nav.home': '처음으로',
	'nav.walkthrough': '단계별 실습',
	'nav.skip': '본문으로 건너뛰기',
	'lang.label': '언어',
	'inspector.title': 'SDP 인스펙터',
	'inspector.intro':
		'어떤 SDP든 붙여 넣거나, 끌어다 놓거나, 파일로 여세요. 이 실습, 다른 브라우저, SIP 장치, 미디어 서버, 로그 파일 어디서 온 것이든 됩니다. 모든 줄을 보존하고 설명하며, 내용은 이 페이지 밖으로 나가지 않습니다.',
	'inspector.input': 'SDP 텍스트',
	'inspector.inputB': '두 번째 SDP (answer, 또는 비교할 다른 버전)',
	'inspector.open': '파일 열기',
	'inspector.drop': '또는 여기에 파일을 끌어다 놓기',
	'inspector.clear': '지우기',
	'inspector.example': '예제 불러오기',
	'inspector.fileTooLarge':
		'{name} 파일은 {size}바이트입니다. 인스펙터는 최대 {limit}바이트까지 읽습니다.',
	'inspector.fileUnreadable': '{name} 파일을 읽지 못했습니다: {error}',
	'inspector.tabLines': '줄별 설명',
	'inspector.tabStructure': '구조',
	'inspector.tabNegotiation': '협상 결과',
	'inspector.tabDiff': '비교',
	'inspector.views': '보기',
	'inspector.mask': '주소, ICE 인증 정보, fingerprint 가리기',
	'inspector.copySdp': 'SDP 복사',
	'inspector.copyJson': '파싱한 JSON 복사',
	'inspector.copied': '복사했습니다.',
	'inspector.copyFailed': '복사하지 못했습니다: {error}',
	'inspector.lineCount': '{lines}줄, 줄바꿈 {ending}',
	'inspector.problems': '문제',
	'inspector.noProblems': '문제가 없습니다.',
	'inspector.line': '{n}번째 줄',
	'inspector.wholeInput': '입력 전체',
	'inspector.selectLine': '줄을 선택하면 의미가 보입니다.',
	'inspector.reference': '정의',
	'inspector.fields': '필드',
	'inspector.field': '필드',
	'inspector.value': '값',
	'inspector.meaning': '의미',
	'inspector.session': '세션',
	'inspector.media': '미디어 섹션',
	'inspector.codecs': 'codec',
	'inspector.extensions': '헤더 확장',
	'inspector.ssrcs': 'SSRC',
	'inspector.candidates': 'candidate',
	'inspector.rejected': '거절됨 (port 0)',
	'inspector.bundled': 'BUNDLE됨',
	'inspector.notBundled': 'BUNDLE 안 됨',
	'inspector.empty': '위에 SDP를 붙여 넣으면 분석합니다.',
	'inspector.needTwo': '두 번째 SDP를 붙여 넣으면 협상 결과와 비교를 볼 수 있습니다.',
	'inspector.openInspector': '분석',
	'inspector.openLabel': 'Peer {peer}의 {which} 분석',
	'inspector.close': '닫기',
	'inspector.offer': 'offer',
	'inspector.answer': 'answer',
	'inspector.before': '이전',
	'inspector.after': '이후',
	'inspector.kept': '유지',
	'inspector.direction': '방향',
	'inspector.dtls': 'DTLS 역할',
	'inspector.result': '결과',
	'inspector.remoteSource': 'remote description',
	'inspector.remoteReceived': 'signaling으로 받은 그대로',
	'inspector.remoteReported': '이 브라우저가 보고하는 그대로 (pc.remoteDescription)',
	'inspector.remoteSame': '두 사본의 줄이 같습니다.',
	'inspector.remoteDiffers': '브라우저의 사본은 signaling으로 받은 것과 {lines}줄이 다릅니다.',
	'inspector.remoteWhy':
		'브라우저는 받은 텍스트를 그대로 간직하지 않습니다. pc.remoteDescription은 브라우저가 적용한 description을 자기 방식으로 다시 직렬화한 것이며, 나중에 trickle로 도착한 candidate도 더해집니다. Chromium은 Firefox offer의 o= 줄을 자기 것으로 바꿔 쓰고, Firefox는 Chromium의 AV1 a=fmtp 줄을 바꿔 씁니다(level-idx=5;profile=0;tier=0이 profile=5;tier=0이 됩니다). 협상 결과는 실제로 주고받은 것, 즉 signaling으로 받은 사본으로 판단합니다.',
	'inspector.remoteShowDiff': '브라우저가 바꾼 부분 보기',
	'nav.sdp': 'SDP 인스펙터',

	'landing.title': 'WebRTC가 하는 일을 한 단계씩 살펴보기',
	'landing.intro':
		'Peerscope는 이 페이지 안의 두 peer 사이에서 실제 WebRTC 통화를 진행하고, API 호출이 끝날 때마다 멈춰서 무슨 일이 왜 일어났는지 보여 줍니다. 흉내 낸 것은 없습니다. offer, answer, ICE candidate, 영상 모두 여러분의 브라우저가 직접 만든 것입니다.',
	'landing.start': '단계별 실습 시작하기',
	'landing.whatTitle': 'WebRTC란?',
	'landing.what':
		'Web Real-Time Communications는 별도의 소프트웨어 없이 음성, 영상, 텍스트, 파일 등의 데이터를 브라우저끼리 직접 주고받을 수 있게 만든 기술입니다. P2P 통신에 최적화되어 있으며 주요 API는 세 가지입니다.',
	'landing.api.mediaStream': 'MediaStream: 카메라, 마이크 등의 데이터 스트림에 접근합니다.',
	'landing.api.peerConnection':
		'RTCPeerConnection: 연결 자체를 담당합니다. 암호화, 대역폭 관리, 오디오/비디오 전송을 맡습니다.',
	'landing.api.dataChannel':
		'RTCDataChannel: 음성, 영상이 아닌 텍스트나 JSON 같은 데이터를 같은 연결로 주고받습니다.',
	'landing.phasesTitle': '통화의 네 단계',
	'landing.noCamera':
		'교실에 카메라가 없나요? 합성 소스를 고르세요. 페이지에서 만든 움직이는 그림과 소리가 실제 통화를 거쳐 전달됩니다.',
	'landing.keyboard': '키보드: → 다음 단계, R 모두 실행, Esc 초기화',

	'phase.fetching.title': 'Fetching',
	'phase.fetching.summary':
		'peer에게 보낼 나의 음성, 영상 데이터를 수집합니다. getUserMedia로 카메라와 마이크를 요청합니다.',
	'phase.signaling.title': 'Signaling',
	'phase.signaling.summary':
		'peer와 연결하기 위해 서로의 정보를 교환합니다. 두 peer가 합의한 채널로 SDP offer와 answer를 주고받으며 각자 보내고 받을 수 있는 미디어(코덱, 해상도 등)를 알게 됩니다.',
	'phase.connection.title': 'Connection',
	'phase.connection.summary':
		'ICE가 네트워크 주소 쌍(candidate)을 하나씩 시험해 동작하는 쌍을 찾고, 그 위에서 DTLS가 암호화 키를 교환합니다. 이제 채널이 열립니다.',
	'phase.communication.title': 'Communication',
	'phase.communication.summary':
		'열린 연결을 통해 미디어와 데이터를 주고받습니다. 상대 영상이 재생되고 data channel 메시지가 도착합니다.',

	'step.getUserMedia.title': '로컬 미디어 가져오기',
	'step.getUserMedia.what':
		'브라우저에 카메라와 마이크 스트림을 요청합니다. 브라우저가 사용자에게 권한을 물을 수 있으며, promise는 MediaStream으로 resolve되거나 이름이 붙은 에러로 reject됩니다.',
	'step.getUserMedia.done':
		'로컬 스트림이 준비되었습니다. 이 track들이 Peer A에 추가되고, 화면은 Peer A 영역에 나타납니다.',
	'step.createPeerConnections.title': '두 개의 peer connection 만들기',
	'step.createPeerConnections.what':
		'각 peer마다 RTCPeerConnection을 만듭니다. loopback 통화에는 STUN/TURN 서버가 필요 없으므로 설정에 ICE 서버가 없습니다.',
	'step.createPeerConnections.done':
		'두 연결이 만들어졌습니다. 아직 협상한 것이 없어 signalingState는 "stable"입니다.',
	'step.addTrack.title': 'Peer A에 track 추가하기',
	'step.addTrack.what':
		'로컬 track을 하나씩 Peer A에 붙입니다. addTrack마다 transceiver(RTP sender와 receiver 한 쌍)가 생기고, offer는 이를 m= 섹션으로 설명합니다.',
	'step.addTrack.done':
		'Peer A에 track마다 transceiver가 생겼습니다. 아직 합의한 것이 없어 전송은 시작되지 않았습니다.',
	'step.createDataChannel.title': 'data channel 만들기',
	'step.createDataChannel.what':
		'Peer A에 "chat"이라는 data channel을 엽니다. 다음 offer에 application m= 섹션(DTLS 위의 SCTP)이 추가되고, 연결이 맺어지면 채널이 열립니다.',
	'step.createDataChannel.done': '채널이 readyState "connecting" 상태로 만들어졌습니다.',
	'step.createOffer.title': 'offer 만들기',
	'step.createOffer.what':
		'Peer A가 offer를 작성합니다. 미디어 섹션, 코덱, ICE 인증 정보(ufrag와 pwd), DTLS fingerprint가 담긴 SDP 텍스트입니다.',
	'step.createOffer.done':
		'offer가 만들어졌지만 아직 바뀐 것은 없습니다. local description으로 설정해야 효력이 생깁니다.',
	'step.setLocalOffer.title': 'offer를 로컬에 적용하기',
	'step.setLocalOffer.what':
		'Peer A가 자신의 offer를 적용합니다. signalingState가 "have-local-offer"가 되고 ICE candidate 수집이 시작됩니다.',
	'step.setLocalOffer.done':
		'Peer A가 ICE candidate를 수집하고 있습니다. candidate는 찾는 즉시 Peer B에게 보내지고(trickle ICE) signaling 레인에서 기다립니다.',
	'step.sendOffer.title': 'offer 보내기',
	'step.sendOffer.what':
		'offer가 signaling 채널을 통해 전달됩니다. WebRTC는 이 채널을 정하지 않습니다. 여기서는 페이지 안에서 전달하지만, 두 기기라면 WebSocket 서버나 복사-붙여넣기도 쓸 수 있습니다.',
	'step.sendOffer.done': 'offer가 Peer B에 도착해 레인에서 기다립니다.',
	'step.setRemoteOffer.title': 'Peer B가 offer 적용하기',
	'step.setRemoteOffer.what':
		'Peer B가 setRemoteDescription()으로 Peer A의 제안을 받아들입니다. signalingState가 "have-remote-offer"가 되고, 이제 Peer A의 ICE candidate를 받을 수 있습니다.',
	'step.setRemoteOffer.done':
		'Peer B가 Peer A의 미디어, 코덱, ICE 인증 정보를 알게 되었습니다. track 이벤트가 발생해 Peer B가 오디오와 비디오를 받게 됩니다.',
	'step.createAnswer.title': 'answer 만들기',
	'step.createAnswer.what':
		'Peer B가 createAnswer()로 answer SDP를 만듭니다. offer의 m= 섹션마다 양쪽이 지원하는 코덱, 자신의 방향, ICE 인증 정보, DTLS 역할을 고릅니다.',
	'step.createAnswer.done':
		'answer가 만들어졌습니다. Peer B의 local description으로 설정해야 효력이 생깁니다.',
	'step.setLocalAnswer.title': 'Peer B가 자신의 answer 적용하기',
	'step.setLocalAnswer.what':
		'Peer B가 answer를 적용하고 "stable"로 돌아갑니다. 자신의 candidate를 수집하기 시작하고, 이미 받은 candidate와 쌍을 만들어 확인합니다.',
	'step.setLocalAnswer.done':
		'Peer B가 candidate를 수집하고 있으며, 이 candidate는 레인을 거쳐 Peer A로 갑니다.',
	'step.sendAnswer.title': 'answer 보내기',
	'step.sendAnswer.what': 'answer가 signaling 채널을 통해 Peer A에게 돌아갑니다.',
	'step.sendAnswer.done': 'answer가 Peer A에 도착했습니다.',
	'step.setRemoteAnswer.title': 'Peer A가 answer 적용하기',
	'step.setRemoteAnswer.what':
		'Peer A가 Peer B의 선택을 알게 됩니다. 두 peer 모두 "stable"이 되어 offer/answer 교환이 끝납니다.',
	'step.setRemoteAnswer.done':
		'협상이 끝났습니다. 남은 것은 네트워크입니다. ICE가 동작하는 candidate 쌍을 찾아야 합니다.',
	'step.connect.title': '연결: ICE 확인과 DTLS',
	'step.connect.what':
		'각 peer가 자신의 candidate와 상대 candidate로 쌍을 만들고 STUN 연결 확인(connectivity check)을 보냅니다. 동작하는 쌍이 생기면 그 위에서 DTLS가 키를 교환합니다. step 모드에서는 레인에 기다리는 candidate를 전달하세요.',
	'step.connect.done': '두 peer 모두 connectionState "connected"를 알립니다.',
	'step.communicate.title': '통신하기',
	'step.communicate.what':
		'미디어가 흐릅니다. Peer B가 Peer A의 영상을 재생합니다. data channel이 열렸으니 한쪽에서 메시지를 입력하면 다른 쪽에 나타납니다.',
	'step.communicate.done': '통화가 연결되었습니다.',

	'walk.title': '단계별 실습',
	'walk.controls': '실습 조작',
	'walk.next': '다음 단계',
	'walk.runAll': '모두 실행',
	'walk.stepMode': 'step 모드',
	'walk.reset': '초기화',
	'walk.hangUp': '통화 끊기',
	'walk.modeStep': 'step 모드: 클릭 한 번에 호출 하나.',
	'walk.modeRun': 'run 모드: 남은 단계가 알아서 진행됩니다.',
	'walk.nextCall': '다음 호출',
	'walk.inFlight': '실행 중',
	'walk.waiting': '브라우저를 기다리는 중',
	'walk.lastStep': '방금 일어난 일',
	'walk.changed': '바뀐 값',
	'walk.nothingChanged': '바뀐 상태 값이 없습니다.',
	'walk.shortcuts': '키보드: → 다음 단계 · R 모두 실행 · Esc 초기화',
	'walk.phases': '단계',
	'walk.established': '통화가 연결되었습니다.',
	'walk.deliverHint':
		'signaling 레인의 candidate가 전달되어야 ICE가 연결될 수 있습니다. “전달” 또는 “모두 전달”을 누르세요.',

	'peer.A': 'Peer A (발신)',
	'peer.B': 'Peer B (수신)',
	'peer.localVideo': 'Peer A의 로컬 영상',
	'peer.remoteVideo': 'Peer B가 받은 원격 영상',
	'peer.noVideo': '아직 영상이 없습니다',
	'peer.notCreated':
		'아직 만들어지지 않았습니다. new RTCPeerConnection()은 Signaling 단계에서 호출됩니다.',
	'peer.states': '상태 값',
	'peer.localDescription': 'local description',
	'peer.remoteDescription': 'remote description',
	'peer.transceivers': 'transceiver',
	'peer.none': '없음',
	'peer.dataChannel': 'data channel',

	'source.title': '미디어 소스',
	'source.devices': '카메라와 마이크',
	'source.synthetic': '합성 소스 (움직이는 그림과 소리)',
	'source.camera': '카메라',
	'source.microphone': '마이크',
	'source.default': '기본 장치',
	'source.refresh': '장치 목록 새로 고침',
	'source.unnamed': '장치 {n}',
	'source.labelsHidden': '권한을 허용하면 장치 이름이 보입니다.',

	'lane.title': 'signaling 레인',
	'lane.explain':
		'peer 사이를 오가는 메시지입니다. step 모드에서는 ICE candidate가 여기서 전달을 기다립니다. peer는 setRemoteDescription 이후에만 candidate를 받을 수 있습니다.',
	'lane.empty': '전달 중인 메시지가 없습니다.',
	'lane.deliver': '전달',
	'lane.deliverLabel': '메시지 {id}를 Peer {peer}에게 전달',
	'lane.deliverAll': '모두 전달',
	'lane.waitRemote': '대기: Peer {peer}에 아직 remote description이 없습니다',
	'lane.endOfCandidates': 'candidate 수집 끝 (end-of-candidates)',
	'lane.inTransit': '전송 중',
	'lane.arrived': '도착',
	'lane.applying': '적용 중',
	'lane.sdpLines': 'SDP {n}줄',

	'chat.title': 'data channel 채팅',
	'chat.label': 'Peer {peer}의 메시지',
	'chat.send': '보내기',
	'chat.empty': '아직 메시지가 없습니다.',
	'chat.notOpen': 'data channel은 Communication 단계에서 열립니다.',
	'chat.from': 'Peer {peer}',

	'timeline.title': '타임라인',
	'timeline.explain': '모든 호출, 이벤트, signaling 메시지를 시작 후 경과 시간과 함께 기록합니다.',
	'timeline.empty': '아직 기록된 것이 없습니다.',
	'timeline.payload': '내용',
	'timeline.statesAt': '이 순간의 상태 값',
	'timeline.select': '항목을 선택하면 내용이 보입니다.',
	'timeline.noPayload': '내용 없음',

	'sequence.title': '시퀀스 다이어그램',
	'sequence.explain':
		'타임라인으로 그린 그림입니다. 화살표 하나가 signaling 채널로 보내거나 채널에서 전달된 메시지 하나입니다. 화살표를 선택하면 내용이 보입니다.',
	'sequence.signaling': 'Signaling',
	'sequence.empty': '아직 signaling 메시지가 없습니다.',

	'diagram.title': '생명주기 상태 머신',
	'diagram.explain': '이 페이지를 움직이는 상태 머신의 상태들입니다. 현재 상태가 표시됩니다.',
	'diagram.failed': '실패',
	'diagram.closed': '종료',
	'diagram.current': '현재',

	'failure.title': '통화에 실패했습니다',
	'failure.call': '호출',
	'failure.error': '에러',
	'failure.cause': '예상 원인',
	'failure.useSynthetic': '대신 합성 소스 사용하기',
	'closed.title': '통화 종료',
	'closed.text':
		'pc.close()로 두 peer connection을 닫고 track을 멈췄습니다. 다시 시작하려면 초기화하세요.',

	'cause.media.notAllowed':
		'카메라나 마이크 사용 권한이 거부되었습니다(NotAllowedError). 사용자, 브라우저 설정, 사이트 정책 중 하나가 막았습니다. 주소창에서 허용하거나 합성 소스를 사용하세요.',
	'cause.media.notFound':
		'요청에 맞는 카메라나 마이크가 없습니다(NotFoundError). 연결된 장치가 없거나 고른 장치가 분리되었습니다. 합성 소스를 사용하세요.',
	'cause.media.notReadable':
		'장치는 있지만 시작할 수 없습니다(NotReadableError). 다른 프로그램이 사용 중이거나 운영체제가 막고 있을 수 있습니다.',
	'cause.media.overconstrained':
		'조건을 만족하는 장치가 없습니다(OverconstrainedError). 예: 더 이상 없는 deviceId.',
	'cause.media.typeError': '오디오도 비디오도 요청하지 않았습니다(TypeError).',
	'cause.invalidState':
		'잘못된 상태에서 호출했습니다(InvalidStateError). 예: 로컬 offer 없이 setRemoteDescription(answer)을 호출하거나 닫힌 연결에 호출한 경우.',
	'cause.invalidAccess':
		'description이 현재 협상과 맞지 않습니다(InvalidAccessError). 예: m= 섹션이 offer와 다른 answer.',
	'cause.operation':
		'브라우저가 description을 적용하지 못했습니다(OperationError). SDP 형식이 잘못되었거나 이 브라우저가 할 수 없는 것을 요구합니다.',
	'cause.candidate.operation':
		'candidate를 추가하지 못했습니다(OperationError). 형식이 잘못되었거나 다른 세션의 것일 수 있습니다(ufrag 불일치).',
	'cause.typeError': '인자의 타입이 틀렸거나 빠졌습니다(TypeError).',
	'cause.connection.failed':
		'ICE가 동작하는 candidate 쌍을 찾지 못했거나 그 뒤 DTLS가 실패했습니다. candidate가 전달되지 않았거나, 방화벽이 UDP를 막거나, TURN 서버가 필요합니다.',
	'cause.connection.timeout':
		'제한 시간 안에 연결되지 않았습니다. candidate를 모두 전달했나요? 제한된 네트워크에서는 TURN 서버가 필요합니다.',
	'cause.signaling.timeout':
		'signaling 채널로 보낸 메시지가 도착하지 않았습니다. 채널이 끊겼거나 상대가 떠났습니다.',
	'cause.unknown': '알려진 원인이 없는 에러입니다. 이름과 메시지는 위에 표시됩니다.'
} as const satisfies Record<MessageKey, string>;
