// SPDX-License-Identifier: MIT
#include "CameraSignals.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace larder::camera::signalling {

namespace {
const char *kindName(Kind kind)
{
    switch (kind) {
    case Kind::Offer:
        return "offer";
    case Kind::Answer:
        return "answer";
    case Kind::Candidate:
        return "candidate";
    case Kind::Bye:
        return "bye";
    case Kind::Refused:
        return "refused";
    case Kind::Alive:
        return "alive";
    }
    return "";
}

/// Whether @p kind is one @p side sends.
bool sends(Side side, Kind kind)
{
    switch (kind) {
    case Kind::Offer:
    case Kind::Alive:
        return side == Side::Viewer;
    case Kind::Answer:
    case Kind::Refused:
        return side == Side::Fridge;
    case Kind::Candidate:
    case Kind::Bye:
        return true;
    }
    return false;
}

/// Printable ASCII (what SDP and ICE are written in) and, where @p lines, CR and LF.
bool printable(const QString &text, bool lines)
{
    for (const QChar c : text)
        if ((c.unicode() < 0x20 || c.unicode() > 0x7e) && !(lines && (c == u'\r' || c == u'\n')))
            return false;
    return true;
}

/// A sentence for people: no control or formatting character (bidi overrides, zero widths).
bool sentence(const QString &text)
{
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    return true;
}

std::optional<QString> reasonProblem(const QJsonObject &message, bool required)
{
    const QJsonValue reason = message.value(u"reason");
    if (reason.isUndefined() && !required)
        return std::nullopt;
    if (!reason.isString() || reason.toString().size() > 200 || !sentence(reason.toString()))
        return QStringLiteral("reason is a sentence of at most 200 characters.");
    static const QRegularExpression codeShape(QStringLiteral("^[a-zA-Z]{1,32}$"));
    if (const QJsonValue code = message.value(u"code");
        !code.isUndefined() && !codeShape.match(code.toString()).hasMatch())
        return QStringLiteral("code is a word of at most 32 letters.");
    return std::nullopt;
}
} // namespace

QString topic(const QString &thing, const QString &session, Side side, Kind kind)
{
    return QStringLiteral("larder/things/%1/camera/%2/%3/%4")
        .arg(thing, session,
             side == Side::Viewer ? QStringLiteral("viewer") : QStringLiteral("fridge"),
             QLatin1String(kindName(kind)));
}

QString readFilter(const QString &thing, const QString &session, Side reader)
{
    return QStringLiteral("larder/things/%1/camera/%2/%3/+")
        .arg(thing, session,
             reader == Side::Viewer ? QStringLiteral("fridge") : QStringLiteral("viewer"));
}

bool isCamera(const QString &camera)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z]{1,16}$"));
    return shape.match(camera).hasMatch();
}

bool isSession(const QString &session)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9a-f]{32}$"));
    return shape.match(session).hasMatch();
}

std::optional<Topic> parseReadFilter(const QString &filter)
{
    static const QRegularExpression shape(
        QStringLiteral("^larder/things/([a-zA-Z0-9:_-]{1,128})/camera/([0-9a-f]{32})/"
                       "(viewer|fridge)/\\+$"));
    const auto match = shape.match(filter);
    if (!match.hasMatch())
        return std::nullopt;
    // The topic names the side written; the reader is the other one.
    return Topic{match.captured(1), match.captured(2),
                 match.captured(3) == u"viewer" ? Side::Fridge : Side::Viewer, Kind::Offer};
}

std::optional<Topic> parse(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^larder/things/([a-zA-Z0-9:_-]{1,128})/camera/([0-9a-f]{32})/"
                       "(viewer|fridge)/(offer|answer|candidate|bye|refused|alive)$"));
    const auto match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    Topic topic{match.captured(1), match.captured(2),
                match.captured(3) == u"viewer" ? Side::Viewer : Side::Fridge, Kind::Offer};
    for (Kind kind :
         {Kind::Offer, Kind::Answer, Kind::Candidate, Kind::Bye, Kind::Refused, Kind::Alive})
        if (match.captured(4) == QLatin1String(kindName(kind)))
            topic.kind = kind;
    if (!sends(topic.side, topic.kind))
        return std::nullopt;
    return topic;
}

std::optional<QString> problem(Kind kind, const QJsonObject &message)
{
    switch (kind) {
    case Kind::Offer:
    case Kind::Answer: {
        const QString type =
            kind == Kind::Offer ? QStringLiteral("offer") : QStringLiteral("answer");
        if (message.value(u"type").toString() != type)
            return QStringLiteral("type is \"%1\".").arg(type);
        const QJsonValue sdp = message.value(u"sdp");
        if (!sdp.isString() || sdp.toString().isEmpty() || sdp.toString().size() > maxSdp)
            return QStringLiteral("sdp is a session description of 1 to %1 characters.")
                .arg(maxSdp);
        const QString text = sdp.toString();
        if (!text.startsWith(u"v=0") || !text.contains(QStringLiteral("m=video ")) ||
            !printable(text, true))
            return QStringLiteral("sdp is not a session description with a video line.");
        // One video, and a data channel at most: each media line costs the fridge a transport.
        if (text.count(QStringLiteral("\nm=")) > maxMediaLines)
            return QStringLiteral("sdp has more than %1 media lines.").arg(maxMediaLines);
        if (text.count(QStringLiteral("\na=candidate:")) > maxSdpCandidates)
            return QStringLiteral("sdp has more than %1 candidates.").arg(maxSdpCandidates);
        if (const QJsonValue camera = message.value(u"camera");
            kind == Kind::Offer && !camera.isUndefined() && !isCamera(camera.toString()))
            return QStringLiteral("camera names one of the fridge's cameras (a to z, 1 to 16 "
                                  "letters).");
        return std::nullopt;
    }
    case Kind::Candidate: {
        const QJsonValue candidate = message.value(u"candidate");
        const QJsonValue index = message.value(u"sdpMLineIndex");
        if (!candidate.isString() || candidate.toString().size() > maxCandidate ||
            !printable(candidate.toString(), false) ||
            !(candidate.toString().isEmpty() || candidate.toString().startsWith(u"candidate:")))
            return QStringLiteral("candidate is a \"candidate:\" line of at most %1 characters, "
                                  "or \"\" for the end of candidates.")
                .arg(maxCandidate);
        if (!index.isDouble() || index.toDouble() < 0 || index.toDouble() > maxMLineIndex ||
            index.toDouble() != double(int(index.toDouble())))
            return QStringLiteral("sdpMLineIndex is a whole number from 0 to %1.")
                .arg(maxMLineIndex);
        return std::nullopt;
    }
    case Kind::Bye:
        return reasonProblem(message, false);
    case Kind::Refused:
        return reasonProblem(message, true);
    case Kind::Alive:
        if (!message.isEmpty())
            return QStringLiteral("alive is an empty object.");
        return std::nullopt;
    }
    return QStringLiteral("unknown message");
}

std::optional<QString> problem(Kind kind, const QByteArray &payload)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return QStringLiteral("The message is not one JSON object.");
    return problem(kind, document.object());
}

} // namespace larder::camera::signalling
