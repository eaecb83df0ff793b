import type { FaultsMessageKey } from './en';

/** 장애 실습의 한국어 카탈로그. 용어는 glossary.ts를 따른다(피어, 후보, 쌍, 시그널링, 트랙, 코덱, 데이터 채널, 중계, 자격 증명, 오류). API 이름, 상태 값, 오류 이름은 코드대로 둔다. */
export const faultsKo = {
	'fault.label': '장애',
	'fault.none': '장애 없음: 정상 통화',
	'fault.choose': '일부러 통화를 망가뜨리기',
	'fault.intro':
		'단계를 진행하거나 모두 실행하기 전에 장애를 고르세요. 브라우저가 실제로 실패하고, 상태, 타임라인, SDP가 어디서 실패했는지 보여 줍니다.',
	'fault.link': '이 장애로 가는 링크',
	'fault.unknown':
		'주소가 요청한 장애 "{name}": Peerscope가 모르는 장애이므로 단계별 실습은 장애 없이 실행됩니다. 알려진 장애: {known}.',
	'fault.unknownSuggest': '{suggestion:을} 뜻했나요?',
	'fault.several':
		'주소에 장애가 {count}개 있습니다. 단계별 실습은 한 번에 하나만 망가뜨리므로 장애 없이 실행됩니다.',
	'fault.empty': '주소의 장애가 비어 있습니다("?fault="). 단계별 실습은 장애 없이 실행됩니다.',
	'fault.strategyUnknown':
		'주소가 요청한 전략 "{name}": Peerscope가 모르는 전략이므로 장애는 전략 없이 실행됩니다. 알려진 전략(글레어용): {known}.',
	'fault.strategySeveral':
		'주소에 전략이 {count}개 있습니다. 장애는 전략을 하나까지만 쓰므로 전략 없이 실행됩니다.',
	'fault.strategyEmpty': '주소의 전략이 비어 있습니다("?strategy="). 장애는 전략 없이 실행됩니다.',
	'fault.strategyNotGlare':
		'주소가 요청한 전략 "{name}"은 {fault} 장애에만 있으므로 쓰지 않습니다.',
	'fault.broken': '무엇이 망가졌나',
	'fault.outcome': '브라우저가 하는 일',
	'fault.cause': '가능한 원인',
	'fault.remedy': '실제 앱이 해야 할 일',
	'fault.references': '명세',
	'fault.appliedAt': '적용 단계: {step}',
	'fault.active': '장애: {title}',
	'fault.failedTitle': '장애 "{title}" 때문에 통화가 실패했습니다',
	'fault.degradedTitle': '장애 "{title}" 때문에 통화 품질이 떨어졌습니다',
	'fault.degradedText':
		'통화는 계속되지만 눈에 띄게 망가져 있습니다. 브라우저가 오류로 알리는 실패가 아니라 품질이 떨어진 상태입니다.',
	'fault.apply': '지금 장애 적용',
	'fault.applied': '장애를 적용함',
	'fault.diffTitle': '장애가 {which}에서 바꾼 것',
	'fault.compare': '정상 통화와 비교',
	'fault.compareTitle': '장애 없이 같은 단계',
	'fault.compareStep': '단계',
	'fault.compareFaulted': '장애 있음',
	'fault.compareGood': '정상 통화',
	'fault.compareRunning': '정상 통화를 실행하는 중…',
	'fault.compareNotReached': '도달하지 않음',
	'fault.compareLost': '잃어버림',
	'fault.compareDiffers': '두 통화가 여기서 갈라집니다',
	'fault.diagramTitle': '시그널링 상태(WebRTC 1.0, RTCSignalingState)',
	'fault.diagramIntro':
		'각 상태는 일부 description만 받아들입니다. 그 밖의 것은 InvalidStateError로 거부되고 상태는 그대로 남습니다.',
	'fault.diagramFrom': '출발',
	'fault.diagramCall': '호출',
	'fault.diagramTo': '도착',
	'fault.diagramCurrent': '피어 {peer}의 위치',
	'fault.diagramRefused':
		'거부됨: "{state}"에서 {call}({type}). "{state}"에서 그 호출로 나가는 간선이 없으므로 브라우저가 InvalidStateError로 거부합니다.',
	'fault.diagramImplicit':
		'"have-local-offer"에서 setRemoteDescription(offer)은 먼저 로컬 offer를 되돌리고(암묵적 rollback) "have-remote-offer"로 갑니다.',
	'fault.inspect': '두 버전 살펴보기',
	'fault.original': '보낸 그대로',
	'fault.delivered': '전달된 그대로',
	'fault.lost': '시그널링 채널이 잃어버림: {message}',
	'fault.changed': '가는 길에 바뀜: {message}({lines}줄)',
	'fault.needsTurn':
		'이 장애에는 이 앱의 TURN 서버(coturn)가 필요한데 실행 중인 것이 없습니다. coturn(Debian 패키지 coturn)을 설치하고 앱을 다시 시작하세요.',
	'fault.outcomeObserved': '이 통화에서 관찰한 것',

	'fault.permission-denied.title': '권한 거부',
	'fault.permission-denied.broken':
		'getUserMedia를 권한 정책(permissions policy)이 카메라와 마이크를 거부하는 frame 안에서 호출하므로, 브라우저는 사용자가 차단을 누른 것처럼 응답합니다.',
	'fault.permission-denied.outcome':
		'getUserMedia가 NotAllowedError("Permission denied")로 거부됩니다. 트랙이 없으니 보낼 것도 없습니다.',
	'fault.permission-denied.cause':
		'사용자, 브라우저 설정, 관리자 정책 또는 페이지의 권한 정책이 카메라와 마이크를 거부했습니다. 오류는 그중 무엇인지 알려 주지 않습니다.',
	'fault.permission-denied.remedy':
		'카메라를 허용하는 방법(주소 표시줄의 아이콘)을 알려 주고, 카메라 없이 계속할 수 있게 하세요: 오디오만, 합성 소스, 또는 받기만. 반복해서 다시 묻지 마세요. 차단된 권한 요청은 다시 나타나지 않습니다.',

	'fault.no-device.title': '없는 장치',
	'fault.no-device.broken':
		'getUserMedia가 어떤 장치에도 없는 deviceId를 exact로 요구합니다. 다른 컴퓨터에서 저장한 id나 그 뒤에 뽑힌 카메라처럼요.',
	'fault.no-device.outcome':
		'Chromium은 NotFoundError가 아니라 OverconstrainedError(constraint "deviceId")로 거부합니다. 어떤 장치도 만족하지 못하는 필수 제약은 그 제약을 이름으로 밝히는 OverconstrainedError이고, NotFoundError는 그 종류의 장치가 아예 없을 때입니다.',
	'fault.no-device.cause':
		'deviceId가 다른 기기나 이전 세션에서 왔거나, 장치가 뽑혔습니다. 장치 id는 출처(origin)마다 따로 저장되고 사용자가 사이트 데이터를 지우면 바뀝니다.',
	'fault.no-device.remedy':
		'기억해 둔 장치는 { exact } 대신 deviceId: { ideal }로 요청하세요. 이 오류가 나면 enumerateDevices()를 다시 호출해 사용자가 고르게 하고, NotFoundError(카메라가 아예 없음)면 오디오만 제안하세요.',

	'fault.overconstrained.title': '불가능한 제약',
	'fault.overconstrained.broken':
		'getUserMedia가 영상 너비를 정확히 100000픽셀로 요구합니다. 어떤 카메라도 낼 수 없는 값입니다.',
	'fault.overconstrained.outcome':
		'getUserMedia가 OverconstrainedError로 거부되고, 그 constraint 속성이 만족할 수 없었던 제약을 밝힙니다: "width".',
	'fault.overconstrained.cause':
		'모든 장치의 능력을 벗어난 필수 값(exact, min, max)입니다. 필수 값만 호출을 실패시키고, ideal 값은 장치가 허용하는 만큼 가깝게 맞춰집니다.',
	'fault.overconstrained.remedy':
		'ideal 값으로 요청하고, 무언가를 필수로 요구하기 전에 트랙의 getCapabilities()를 읽고, OverconstrainedError가 나면 밝혀진 제약을 빼고 다시 시도하세요.',

	'fault.track-ended.title': '통화 중에 로컬 트랙이 끝남',
	'fault.track-ended.broken':
		'통화가 연결되면 피어 A가 track.stop()으로 자기 영상 트랙을 멈춥니다. 사용자가 카메라를 끌 때 앱이 하는 일입니다.',
	'fault.track-ended.outcome':
		'트랙의 readyState는 곧바로 "ended"가 되지만 ended 이벤트는 오지 않습니다. 그 이벤트는 stop()이 아닌 다른 이유(뽑힌 카메라, 취소된 권한)로 끝난 트랙에만 옵니다. A에서 영상 패킷이 더 나가지 않고, 피어 B의 수신 영상 카운터(packetsReceived, framesDecoded)가 멈춥니다. 연결은 "connected"로 남은 채 화면이 마지막 프레임에서 멈춥니다.',
	'fault.track-ended.cause':
		'캡처가 멈췄습니다: 앱이 트랙을 멈췄거나, 사용자가 권한을 취소했거나, 카메라가 뽑혔거나 다른 프로그램이 가져갔습니다. 멈춘 것은 미디어뿐이고 피어 연결은 그대로입니다.',
	'fault.track-ended.remedy':
		'로컬 트랙의 ended를 들으세요. 새 트랙을 얻어 sender.replaceTrack()에 주면 새 offer가 필요 없습니다. 일부러 카메라를 껐다면 상대에게 알리세요. 상대의 통계에는 침묵만 보입니다.',

	'fault.answer-lost.title': 'answer가 오지 않음',
	'fault.answer-lost.broken':
		'시그널링 채널이 피어 B의 answer를 잃어버립니다. B는 보냈지만 A에 닿지 않습니다.',
	'fault.answer-lost.outcome':
		'피어 A는 "have-local-offer"에 머뭅니다. WebRTC에는 answer를 기다리는 시간 제한이 없습니다. 단계별 실습의 시그널링 시간 제한이 10초 뒤 TimeoutError로 기다림을 끝냅니다.',
	'fault.answer-lost.cause':
		'시그널링 서버나 네트워크가 메시지를 잃었거나, 상대가 answer를 보낸 뒤 죽었습니다. WebRTC는 시그널링을 앱에 맡기므로(RFC 8829 §3) 앱만 알아챌 수 있습니다.',
	'fault.answer-lost.remedy':
		'answer를 기다릴 때마다 시간 제한을 두세요. 시간이 지나면 offer를 다시 보내거나 setLocalDescription({ type: "rollback" })으로 되돌리고, 상대가 응답하지 않는다고 사용자에게 알리세요. 시그널링 메시지에는 수신 확인을 두세요.',

	'fault.wrong-order.title': '잘못된 순서의 호출',
	'fault.wrong-order.broken':
		'피어 A가 setLocalDescription(offer)을 먼저 호출하지 않고 offer를 보내므로, answer가 돌아올 때 A는 아직 "stable"입니다.',
	'fault.wrong-order.outcome':
		'setRemoteDescription(answer)이 InvalidStateError("Called in wrong state: stable")로 거부됩니다. answer는 "have-local-offer"나 "have-local-pranswer"에서만 유효합니다. 피어 B는 그래도 answer를 만들었습니다. B에게는 offer 텍스트만 있으면 됐습니다.',
	'fault.wrong-order.cause':
		'자기 offer가 로컬 description인 쪽만 answer를 적용할 수 있습니다. setLocalDescription을 건너뛰거나, 같은 answer를 두 번 적용하거나, rollback 뒤에 적용하면 호출한 쪽은 모두 "stable"에 있습니다.',
	'fault.wrong-order.remedy':
		'createOffer → setLocalDescription → 전송 순서를 지키세요. signalingState가 "have-local-offer"일 때만 answer를 적용하고, 중복된 answer(시그널링 재전송)는 다시 적용하지 말고 버리세요.',

	'fault.glare.title': '글레어(glare): 두 피어가 동시에 offer',
	'fault.glare.broken':
		'피어 A의 offer가 도착하는 바로 그때 피어 B도 자기 offer를 만듭니다. 두 피어 모두 offer를 보내 놓고 answer를 기다립니다.',
	'fault.glare.outcome':
		'"have-local-offer"에서 상대의 offer를 적용해도 실패하지 않습니다. 브라우저가 먼저 자기 offer를 되돌립니다(setRemoteDescription의 암묵적 rollback). 그래서 두 피어가 서로의 offer에 answer하고 answer가 엇갈립니다. 다시 "stable"이 된 피어 A가 B의 answer를 받으면 setRemoteDescription이 InvalidStateError("Called in wrong state: stable")로 거부됩니다.',
	'fault.glare.cause':
		'양쪽이 같은 순간에 협상을 시작했는데(둘 다 트랙을 추가했거나 둘 다 ICE를 재시작함) 누구의 offer가 유효한지 정할 방법이 없었습니다.',
	'fault.glare.remedy':
		'완벽한 협상("perfect negotiation", WebRTC 1.0 §10.7)을 쓰세요. 한 피어는 polite, 다른 피어는 impolite입니다. 충돌하면 impolite 피어는 들어온 offer를 무시하고, polite 피어는 setRemoteDescription이 자기 offer를 되돌리게 둔 뒤 answer합니다. 다시 "stable"이 되었을 때 자기 변경에 아직 협상이 필요하면 "negotiationneeded" 이벤트가 다시 발생합니다. 전략 "완벽한 협상"으로 실행해 보세요.',
	'fault.strategy.legend': '두 피어가 충돌을 다루는 방법',
	'fault.strategy.none':
		'전략 없음: 누가 이기는지 정하는 규칙이 어느 피어에도 없어 answer가 엇갈립니다',
	'fault.strategy.perfect-negotiation':
		'완벽한 협상(WebRTC 1.0 §10.7): 피어 B는 polite, 피어 A는 impolite',
	'fault.strategy.link': '이 전략의 글레어로 가는 링크',
	'fault.strategy.roles':
		'어느 피어가 polite인지는 예제가 애플리케이션에 맡깁니다. 여기서는 수신자인 B가 polite입니다. 그래서 A의 offer가 이기고, 단계별 실습의 answer 단계가 그대로 이어집니다.',
	'fault.pn.tryIt': '같은 글레어를 완벽한 협상으로 실행',
	'fault.pn.tryItHint':
		'같은 두 offer가 다시 충돌합니다. 이번에는 각 피어가 완벽한 협상의 규칙을 따르고 통화가 연결됩니다.',
	'fault.pn.failed':
		'이 실행은 완벽한 협상을 썼으므로 충돌이 해결되었어야 합니다. 위의 오류는 브라우저가 대신 한 일입니다.',
	'fault.pn.title': '완벽한 협상으로 해결한 글레어, 단계별로',
	'fault.pn.intro':
		'각 단계는 이 실행의 실제 호출이나 결정이며 순서대로 놓여 있습니다. WebRTC 1.0 예제(§10.7)의 변수와 브라우저가 알린 시그널링 상태가 함께 나옵니다. 단계를 고르거나 이전과 다음으로 차례로 보세요.',
	'fault.pn.roles':
		'피어 {polite:는} polite입니다. 충돌하면 자기 offer가 되돌려지게 둡니다. 피어 {impolite:는} impolite입니다. 자기 offer와 충돌하는 offer를 무시합니다.',
	'fault.pn.rollbackKind':
		'여기의 rollback은 예제처럼 암묵적 rollback입니다("SRD rolls back as needed"). "have-local-offer"에서 setRemoteDescription(offer)이 로컬 offer를 스스로 되돌립니다. 명시적 형태인 setLocalDescription({ type: "rollback" }) 다음 setRemoteDescription(offer)은 호출이 두 번이라, 그 사이에 다른 시그널링 메시지가 처리될 수 있습니다.',
	'fault.pn.stepOf': '{total}단계 중 {n}단계',
	'fault.pn.steps': '단계',
	'fault.pn.previous': '이전',
	'fault.pn.next': '다음',
	'fault.pn.peer': '피어',
	'fault.pn.after': '단계 뒤 signalingState',
	'fault.pn.observed': '단계 중 signalingstatechange',
	'fault.pn.none': '없음',
	'fault.pn.during': '호출이 도는 동안 {value}',
	'fault.pn.entry': '타임라인 항목 #{id}',
	'fault.pn.path': '지금까지 피어 {peer}의 경로',
	'fault.pn.implicit': 'setRemoteDescription(offer) 안의 암묵적 rollback',
	'fault.pn.error': '호출이 실패했습니다: {error}',
	'fault.pn.resolved':
		'두 피어가 모두 "connected"입니다. 글레어가 해결되었고 InvalidStateError로 실패한 호출은 없습니다.',
	'fault.pn.waiting':
		'실행이 진행되면 단계가 늘어납니다. answer와 연결은 단계별 실습의 다음 단계에서 옵니다.',
	'fault.pn.step.offerA.title': 'A가 offer를 만듦',
	'fault.pn.step.offerA.what':
		'피어 A가 offer를 만들어 setLocalDescription으로 설정하고(단계별 실습의 단계) 보냈습니다. A는 "have-local-offer"에 있습니다. 예제에서는 "negotiationneeded" 핸들러가 이 일을 하고, setLocalDescription이 도는 동안 makingOffer가 true입니다.',
	'fault.pn.step.offerB.title': 'B도 같은 때에 자기 offer를 만듦',
	'fault.pn.step.offerB.what':
		'피어 B가 예제의 "negotiationneeded" 핸들러처럼 합니다. makingOffer를 켜고, description 없이 setLocalDescription()을 부른 뒤(브라우저가 offer를 만들고 한 번에 설정함) makingOffer를 끕니다. B도 "have-local-offer"에 있습니다. B는 아직 트랙을 추가하지 않았으므로 그 offer에는 m= 섹션도 후보도 없습니다. 이 페이지는 그것을 시그널링 채널을 거치지 않고 A에게 바로 건넵니다.',
	'fault.pn.step.ignoreOffer.title': 'A가 B의 offer를 무시함',
	'fault.pn.step.ignoreOffer.what':
		'B의 offer가 "have-local-offer"에 있는 A에 도착합니다. readyForOffer가 false이므로 offer가 충돌합니다(offerCollision). A는 impolite이므로 ignoreOffer가 true가 되고 핸들러는 아무것도 부르지 않고 돌아갑니다. A는 "have-local-offer"에 남아 자기 offer의 answer를 기다립니다. 무시한 offer는 브라우저에 전혀 알려지지 않습니다. 그래서 예제는 ignoreOffer를 두고, 무시한 offer에 속한 후보의 addIceCandidate 오류를 가라앉힙니다(B의 offer에는 후보가 없었음).',
	'fault.pn.step.rollback.title': 'B가 자기 offer를 되돌리고 A의 offer를 받음',
	'fault.pn.step.rollback.what':
		'A의 offer가 "have-local-offer"에 있는 B에 도착합니다. 이쪽에서도 충돌입니다. B는 polite이므로 ignoreOffer는 false로 남고 B는 setRemoteDescription(offer)을 부릅니다. "have-local-offer"에서 offer는 유효하지 않으므로 브라우저는 먼저 로컬 description { type: "rollback" }을 설정하고 그다음 offer를 적용합니다. signalingstatechange가 두 번, "stable"(rollback) 다음 "have-remote-offer"로 발생합니다.',
	'fault.pn.step.answer.title': 'B가 answer함',
	'fault.pn.step.answer.what':
		'B가 단계별 실습의 단계(createAnswer, 다음 setLocalDescription(answer))로 A의 offer에 answer하고 보냅니다. 예제는 description 없이 setLocalDescription()을 불러 answer를 그 안에서 만듭니다. B는 다시 "stable"입니다. 이 answer에 실리지 않은 변경이 B에게 남아 있었다면 "stable"이 된 지금 "negotiationneeded" 이벤트가 발생하고, B는 새 라운드에서 그 변경을 offer했을 것입니다.',
	'fault.pn.step.applyAnswer.title': 'A가 answer를 적용함',
	'fault.pn.step.applyAnswer.what':
		'answer가 A에 도착합니다. answer는 충돌하지 않으므로 ignoreOffer가 다시 false가 됩니다. 예제는 setRemoteDescription(answer)이 도는 동안 isSettingRemoteAnswerPending을 켭니다. 그때 도착한 offer는 작업 체인에서 answer 뒤로 이어지고 "stable"인 A를 만나므로 충돌로 여겨지지 않습니다. A는 "have-local-offer"에서 "stable"로 갑니다.',
	'fault.pn.step.connected.title': '두 피어가 연결됨',
	'fault.pn.step.connected.what':
		'ICE와 DTLS가 끝납니다. 두 피어 모두 connectionState가 "connected"입니다. A의 offer와 B의 answer가 통과했고, 충돌한 offer는 impolite 피어가 무시하고 polite 피어가 되돌렸으며, InvalidStateError로 실패한 호출은 없습니다.',

	'fault.no-common-codec.title': '공통 영상 코덱 없음',
	'fault.no-common-codec.broken':
		'offer가 피어 B로 가는 길에 바뀝니다. 그 안의 모든 영상 코덱 이름이 B가 지원하지 않는 이름(X-PEERSCOPE-VP8, …)으로 바뀌므로 두 피어에게 공통 영상 코덱이 없습니다.',
	'fault.no-common-codec.outcome':
		'setRemoteDescription은 그래도 성공합니다. B의 answer는 영상 m-section을 거부하고(m=video 0: 포트 0, RFC 3264 §6), 영상 transceiver는 양쪽에서 멈춥니다. 오디오와 데이터 채널은 연결되지만 영상은 끝내 재생되지 않습니다.',
	'fault.no-common-codec.cause':
		'두 쪽이 이 미디어에 공통 코덱이 없습니다: 하드웨어 코덱 하나뿐인 기기, 정책으로 꺼진 코덱, 코덱 하나만 쓰는 게이트웨이, 또는 도중에 고쳐진 SDP.',
	'fault.no-common-codec.remedy':
		'answer에서 거부된 m-section을 확인하고 영상이 불가능하다고 사용자에게 알리세요. 모든 offer에 필수 코덱(VP8과 H.264 Constrained Baseline, RFC 7742 §5)을 남기고, SDP를 고치는 대신 setCodecPreferences()로 코덱을 고르세요.',

	'fault.candidate-too-early.title': 'remote description보다 먼저 온 후보',
	'fault.candidate-too-early.broken':
		'레인이 피어 A의 첫 ICE 후보를 붙잡아 두지 않고, B가 A의 offer를 적용하기 전에 곧바로 피어 B에 넘깁니다.',
	'fault.candidate-too-early.outcome':
		'addIceCandidate가 InvalidStateError("The remote description was null")로 거부됩니다. 후보는 remote description의 m-section에 속하는데 B에게는 아직 그것이 없습니다.',
	'fault.candidate-too-early.cause':
		'trickle ICE는 후보를 모으자마자 보내므로(RFC 8838) 후보가 offer를 앞지르거나 setRemoteDescription이 아직 실행 중일 때 도착할 수 있습니다.',
	'fault.candidate-too-early.remedy':
		'setRemoteDescription이 끝나기 전에 온 후보는 큐에 넣었다가 그 뒤에 추가하세요. 장애가 없을 때 레인이 하는 일이 바로 이것입니다.',

	'fault.no-candidates.title': '전달된 후보 없음',
	'fault.no-candidates.broken':
		'시그널링 채널이 양방향의 모든 ICE 후보를 잃고, offer와 answer에도 후보가 없습니다(후보를 모으기 전에 만들어지므로).',
	'fault.no-candidates.outcome':
		'원격 후보가 없으면 확인할 후보 쌍도 없습니다. Chromium은 iceConnectionState를 "new"에 두고 "checking"으로도 가지 않으며, end-of-candidates를 받아도 스스로 실패하지 않습니다. 단계별 실습의 연결 시간 제한(모두 실행에서 30초)이 TimeoutError로 끝냅니다.',
	'fault.no-candidates.cause':
		'시그널링 채널이 잃어버렸거나, 상대가 듣기 전에 보냈거나, 필터가 지운 후보입니다.',
	'fault.no-candidates.remedy':
		'앱에서 연결 시도에 시간 제한을 두고 이유를 알리세요. 양쪽이 보내고 받은 후보 수를 세세요. 시그널링 채널이 메시지를 잃을 수 있다면 후보 모으기가 끝날 때까지 기다렸다가 trickle 대신 완성된 description 하나를 보내세요.',

	'fault.relay-without-turn.title': 'TURN 서버 없는 relay 정책',
	'fault.relay-without-turn.broken':
		'피어를 iceTransportPolicy "relay"로, TURN 서버 없이 만듭니다.',
	'fault.relay-without-turn.outcome':
		'"relay"는 relay 후보만 허용하고, 그것은 TURN 서버만 줄 수 있습니다. 후보 모으기는 후보 하나 없이 곧바로 "complete"가 되고, ICE는 단계별 실습의 연결 시간 제한까지 "new"에 머뭅니다.',
	'fault.relay-without-turn.cause':
		'중계를 강제하는 개인정보 설정이나 구성인데, TURN 서버가 빠졌거나 철자가 틀렸거나 iceServers에서 지워졌습니다.',
	'fault.relay-without-turn.remedy':
		'통화 전에 구성을 확인하세요. relay 정책에는 자격 증명이 있는 turn: 또는 turns: URL이 적어도 하나 필요합니다. 후보 없이 모으기가 끝나면 경고하세요.',

	'fault.turn-bad-credential.title': '잘못된 자격 증명의 TURN',
	'fault.turn-bad-credential.broken':
		'피어가 이 서버의 TURN을 relay 전용으로 쓰되, 올바르지 않은 자격 증명을 씁니다.',
	'fault.turn-bad-credential.outcome':
		'TURN 서버가 Allocate 요청에 401(Unauthorized)로 답하고, 브라우저는 errorCode 401인 icecandidateerror를 냅니다. relay 후보가 모이지 않으므로 통화는 연결될 수 없습니다.',
	'fault.turn-bad-credential.cause':
		'틀렸거나 만료된 자격 증명입니다. 시간 제한이 있는 TURN 자격 증명(만료 시각이 든 사용자 이름과 서버 비밀값으로 만든 그 HMAC)은 그 시각에 더는 통하지 않습니다.',
	'fault.turn-bad-credential.remedy':
		'통화마다, 그리고 긴 통화에서 ICE를 재시작하기 전에 새 TURN 자격 증명을 받으세요. 만료 뒤까지 보관하지 말고, 401은 네트워크 문제가 아니라 구성 문제로 알리세요.',

	'fault.turn-unreachable.title': '닿지 않는 TURN 서버',
	'fault.turn-unreachable.broken':
		'피어가 relay 전용으로, 아무것도 응답하지 않는 loopback 포트의 TURN 서버(turn:127.0.0.1:49151)를 씁니다.',
	'fault.turn-unreachable.outcome':
		'브라우저는 요청이 시간 초과될 때까지 거듭 보낸 뒤(약 39.5초: 500ms부터 7번 전송, RFC 8489 §6.2.1) errorCode 701인 icecandidateerror를 냅니다. Chromium은 같은 서버로 보낸 STUN binding 요청도 알립니다. relay 전용이라 다른 어떤 것도 연결될 수 없습니다.',
	'fault.turn-unreachable.cause':
		'틀린 호스트나 포트, UDP를 버리는 방화벽, 또는 꺼진 TURN 서버입니다. 701은 서버의 코드가 아니라 브라우저 자신의 코드로, 응답이 전혀 없었다는 뜻입니다.',
	'fault.turn-unreachable.remedy':
		'TURN을 여러 전송 방식(UDP, TCP, 443 포트의 TLS)으로 제공하고, 통화 전에 닿는지 시험하고, 701은 자격 증명 문제가 아니라 "중계 서버에 닿을 수 없음"으로 보여 주세요.',

	'fault.dtls-fingerprint.title': '맞지 않는 DTLS 지문',
	'fault.dtls-fingerprint.broken':
		'answer가 피어 A로 가는 길에 바뀝니다. B의 a=fingerprint 첫 바이트가 바뀌어 더는 B의 인증서와 맞지 않습니다.',
	'fault.dtls-fingerprint.outcome':
		'setRemoteDescription은 성공하고 ICE도 연결됩니다: iceConnectionState "connected". 그 뒤 A가 B의 인증서를 지문과 대조할 때 DTLS 핸드셰이크가 실패합니다: 두 피어 모두 dtlsState "failed", connectionState "failed". ICE는 경로가 된다고 하고, connectionState는 통화가 안 된다고 합니다.',
	'fault.dtls-fingerprint.cause':
		'피어 사이에서 SDP가 바뀌었거나(고장 난 프록시, 또는 중간의 누군가), 새 description 없이 인증서가 바뀌었습니다. 지문은 DTLS 인증서를 시그널링된 SDP에 묶는 값입니다(RFC 8122 §5, RFC 8827 §6.5).',
	'fault.dtls-fingerprint.remedy':
		'a=fingerprint를 절대 고치지 말고, SDP는 인증된 시그널링 채널(TLS)로 나르고, DTLS 실패는 보안 실패로 다루세요. 조용히 다시 시도하지 말고 사용자에게 알리고 기록하세요.',

	'fault.peer-vanishes.title': '상대 피어가 사라짐(경로가 끊김)',
	'fault.peer-vanishes.broken':
		'두 피어의 패킷은 이 앱 서버의 UDP 파이프를 지나갑니다. 통화가 연결되면 파이프가 끊깁니다. 두 피어는 그대로이고, 사이의 경로만 사라집니다. 휴대폰이 Wi-Fi를 벗어날 때처럼요.',
	'fault.peer-vanishes.outcome':
		'어느 피어에게도 알림이 가지 않습니다. consent 확인(RFC 7675)에 아무도 답하지 않습니다. Chromium은 끊긴 지 5~6초 뒤에 "disconnected", 15~16초 뒤에 connectionState "failed"를 알리며, iceConnectionState는 "disconnected"에 머뭅니다. 작동하는 경로로 ICE를 재시작하면 두 피어가 다시 "connected"가 되고 미디어가 다시 흐릅니다.',
	'fault.peer-vanishes.cause':
		'경로가 사라졌습니다: 네트워크 변경(Wi-Fi에서 모바일로), 만료된 NAT 바인딩, 방화벽이나 VPN. 상대 쪽의 닫힌 탭이나 죽은 브라우저도 여기서는 똑같이 침묵으로 보입니다.',
	'fault.peer-vanishes.remedy':
		'connectionstatechange(와 iceconnectionstatechange)를 들으세요. "disconnected"에서는 몇 초 기다리세요: 저절로 나을 수 있습니다. "failed"가 되면 한쪽에서 ICE를 재시작하세요(restartIce()와 새 offer, 또는 createOffer({ iceRestart: true })). 새 ICE 자격 증명과 새 후보가 작동하는 경로를 찾습니다(RFC 8445 §9). 상대가 시그널링으로 새 offer에 답하지 않으면 떠난 것입니다: 통화를 끝내고 사용자에게 알리세요.',

	'fault.message-too-big.title': 'max-message-size를 넘는 메시지',
	'fault.message-too-big.broken':
		'데이터 채널이 열리면 피어 A가 채널의 한도(pc.sctp.maxMessageSize)보다 1바이트 큰 메시지 하나를 보냅니다.',
	'fault.message-too-big.outcome':
		'send()가 TypeError("Trying to send message larger than max-message-size")를 던지고 아무것도 보내지 않습니다. 채널은 열린 채로 남습니다. 한도는 B의 description에 있는 a=max-message-size입니다(Chromium에서는 262144바이트).',
	'fault.message-too-big.cause':
		'앱이 파일 전체나 큰 객체를 메시지 하나로 보냅니다. 상대의 a=max-message-size가 받을 수 있는 가장 큰 메시지를 말하고, 이 속성이 없으면 한도는 64KB입니다(RFC 8841 §6).',
	'fault.message-too-big.remedy':
		'pc.sctp.maxMessageSize를 읽고 큰 데이터는 조각으로 나눠 보내면서 bufferedAmount와 bufferedamountlow 이벤트를 지켜보세요. 두 기기 통화의 파일 전송이 그렇게 합니다.',

	'fault.send-before-open.title': '채널이 열리기 전에 보내기',
	'fault.send-before-open.broken':
		'피어 A가 createDataChannel 바로 뒤, 아무 연결도 없을 때 channel.send()를 호출합니다.',
	'fault.send-before-open.outcome':
		'send()가 InvalidStateError("RTCDataChannel.readyState is not \'open\'")를 던집니다. 새 채널은 SCTP 연결이 서고 open 이벤트가 올 때까지 "connecting"입니다.',
	'fault.send-before-open.cause': '채널을 만들자마자, 또는 닫힌 뒤에 보냈습니다.',
	'fault.send-before-open.remedy':
		'보내기 전에 open 이벤트를 기다리거나 readyState === "open"을 확인하고, 그때까지는 메시지를 큐에 넣으세요.',

	'fault.bandwidth-cap.title': '대역폭 상한',
	'fault.bandwidth-cap.broken':
		'통화가 연결되면 피어 A의 영상 sender를 setParameters(encodings[0].maxBitrate)로 30kb/s로 묶습니다. 640×360 영상에 필요한 양보다 훨씬 적습니다.',
	'fault.bandwidth-cap.outcome':
		'인코더는 곧바로 상한을 지킵니다. 먼저 프레임 속도가 떨어지고, 몇 초 뒤 qualityLimitationReason이 "bandwidth"가 되며 해상도도 떨어집니다(Chromium에서 640×360에서 480×270으로). 통화는 연결된 채로 남습니다. 실패가 아니라 품질 저하입니다.',
	'fault.bandwidth-cap.cause':
		'여기서는 앱이 상한을 정했습니다. 실제 통화에서는 같은 제한이 혼잡 제어기의 네트워크 추정(느린 업링크, 붐비는 Wi-Fi)에서 옵니다.',
	'fault.bandwidth-cap.remedy':
		'qualityLimitationReason과 availableOutgoingBitrate를 지켜보세요. 내용에 맞는 degradationPreference를 고르고(움직임에는 프레임 속도, 글자에는 해상도), 추정이 낮게 머무는 동안 해상도를 낮추거나 영상을 끄세요.'
} satisfies Record<FaultsMessageKey, string>;
