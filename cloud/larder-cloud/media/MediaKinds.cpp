// SPDX-License-Identifier: MIT
#include "MediaKinds.h"

#include <QRegularExpression>

namespace larder::cloud::media {

const QList<Kind> &kinds()
{
    constexpr qint64 MiB = 1024 * 1024;
    static const QList<Kind> all{
        {QStringLiteral("photo"),
         {QStringLiteral("image/jpeg"), QStringLiteral("image/png"), QStringLiteral("image/webp")},
         20 * MiB},
        {QStringLiteral("voice"),
         {QStringLiteral("audio/mp4"), QStringLiteral("audio/ogg"), QStringLiteral("audio/webm"),
          QStringLiteral("audio/wav")},
         10 * MiB},
        {QStringLiteral("snapshot"), {QStringLiteral("image/jpeg")}, 5 * MiB},
        {QStringLiteral("video"),
         {QStringLiteral("video/mp4"), QStringLiteral("video/webm")},
         1024 * MiB},
        // A fridge's (or its door tablet's) diagnostic report for support.
        {QStringLiteral("diagnostic"), {QStringLiteral("application/json")}, 4 * MiB},
    };
    return all;
}

std::optional<Kind> kindNamed(const QString &name)
{
    for (const Kind &kind : kinds())
        if (kind.name == name)
            return kind;
    return std::nullopt;
}

QString extensionFor(const QString &contentType)
{
    static const QHash<QString, QString> extensions{
        {QStringLiteral("image/jpeg"), QStringLiteral(".jpg")},
        {QStringLiteral("image/png"), QStringLiteral(".png")},
        {QStringLiteral("image/webp"), QStringLiteral(".webp")},
        {QStringLiteral("audio/mp4"), QStringLiteral(".m4a")},
        {QStringLiteral("audio/ogg"), QStringLiteral(".ogg")},
        {QStringLiteral("audio/webm"), QStringLiteral(".weba")},
        {QStringLiteral("audio/wav"), QStringLiteral(".wav")},
        {QStringLiteral("video/mp4"), QStringLiteral(".mp4")},
        {QStringLiteral("video/webm"), QStringLiteral(".webm")},
        {QStringLiteral("application/json"), QStringLiteral(".json")}};
    return extensions.value(contentType);
}

bool looksLike(const QString &contentType, const QByteArray &head)
{
    const auto riff = [&](const char *form) {
        return head.startsWith("RIFF") && head.mid(8, 4) == form;
    };
    const bool isoMedia = head.mid(4, 4) == "ftyp";            // MP4, M4A
    const bool matroska = head.startsWith("\x1A\x45\xDF\xA3"); // WebM
    if (contentType == u"image/jpeg")
        return head.startsWith("\xFF\xD8\xFF");
    if (contentType == u"image/png")
        return head.startsWith("\x89PNG\r\n\x1A\n");
    if (contentType == u"image/webp")
        return riff("WEBP");
    if (contentType == u"audio/mp4" || contentType == u"video/mp4")
        return isoMedia;
    if (contentType == u"audio/ogg")
        return head.startsWith("OggS");
    if (contentType == u"audio/webm" || contentType == u"video/webm")
        return matroska;
    if (contentType == u"audio/wav")
        return riff("WAVE");
    if (contentType == u"application/json")
        return head.startsWith("{");
    return false;
}

QString ObjectPath::path() const
{
    return QStringLiteral("/media/%1/%2/%3/%4").arg(familyId, owner, kind, objectId);
}

std::optional<ObjectPath> parseObjectPath(const QString &path)
{
    static const QRegularExpression shape(
        QStringLiteral("^/media/([0-9A-Za-z-]{1,64})/([0-9A-Za-z:_-]{1,128})/([a-z]{1,16})/"
                       "([0-9a-f]{32}\\.[a-z0-9]{1,5})$"));
    const auto match = shape.match(path);
    if (!match.hasMatch() || !kindNamed(match.captured(3)))
        return std::nullopt;
    return ObjectPath{match.captured(1), match.captured(2), match.captured(3), match.captured(4)};
}

} // namespace larder::cloud::media
