// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace larder::camera {

/// The live camera's signalling over MQTT (camera issue), free of I/O: the topics of one viewing
/// session and what each message may hold. Shared by the viewer (the owner app, the door
/// tablet), the fridge (larder-fridge) and the broker plugin, so all three judge a message the
/// same way before WebRTC ever sees it.
///
/// A session is 32 lowercase hex digits the viewer makes. Each side writes only its own half:
/// - `larder/things/{thing}/camera/{session}/viewer/{offer|candidate|bye|alive}`: the viewer's;
/// - `larder/things/{thing}/camera/{session}/fridge/{answer|candidate|bye|refused}`: the
///   fridge's.
namespace signalling {

enum class Side { Viewer, Fridge };
enum class Kind {
    Offer,
    Answer,
    Candidate,
    Bye,
    Refused,
    Alive, ///< the viewer's keep-alive: a session not heard from ends (its viewer may be gone)
};

/// How often a viewer says it is still there, and how long the fridge waits without it: a member
/// removed from the family (or whose token expired) can no longer write through the broker, so
/// their stream ends within the broker's 5 s plus this wait.
constexpr int aliveEveryMs = 1'500;
constexpr int silentAfterMs = 6'000;

struct Topic
{
    QString thing;
    QString session;
    Side side = Side::Viewer;
    Kind kind = Kind::Offer;
};

/// Largest SDP and ICE candidate accepted (a camera's offer is a few KB; a candidate line is
/// about 100 characters).
constexpr qsizetype maxSdp = 16 * 1024;
constexpr qsizetype maxCandidate = 1024;
/// The media lines a session may have (one video, one data channel at most: 0 and 1; a margin).
constexpr int maxMLineIndex = 7;
/// Media lines in an offer or answer (one video, one data channel), and candidates inlined.
constexpr int maxMediaLines = 2;
constexpr int maxSdpCandidates = 20;

QString topic(const QString &thing, const QString &session, Side side, Kind kind);
/// The session's topics one side reads: `…/camera/{session}/{other side}/+`.
QString readFilter(const QString &thing, const QString &session, Side reader);
/// @p filter when it is exactly a session's read filter (readFilter): what it reads.
std::optional<Topic> parseReadFilter(const QString &filter);
/// @p topic as a session's signalling topic; nullopt for anything else (a kind a side does not
/// send included: a viewer never answers, a fridge never offers).
std::optional<Topic> parse(const QString &topic);
bool isSession(const QString &session);
/// A camera's name in an offer: the shelf it looks at ("top", "door"…).
bool isCamera(const QString &camera);

/// What is wrong with @p message as a @p kind message, as a sentence; nullopt when it may go
/// on. Offer and answer: `{"type":"offer"|"answer","sdp"}` (an offer may name its `camera`), an SDP
/// of at most `maxSdp` characters that starts with `v=0`, has a video line, and holds no control
/// character but CR and LF. Candidate: `{"candidate","sdpMLineIndex"}`, a `candidate:` line of at
/// most `maxCandidate` printable characters (or "" for the end of candidates), index 0 to
/// `maxMLineIndex`. Bye: `{}` or `{"reason"}` (at most 200 characters). Refused: `{"reason"}`.
/// Bye and refused may carry a `code` (a word: `busy`, `noCamera`, `silent`…) for the viewer to
/// say it in its reader's language.
/// Alive: `{}`.
std::optional<QString> problem(Kind kind, const QJsonObject &message);
/// The same for a message as it travels: @p payload must be one JSON object.
std::optional<QString> problem(Kind kind, const QByteArray &payload);

} // namespace signalling
} // namespace larder::camera
